import ArchiveCodec
import Fetch
import Foundation
import PostgresClient
import Store
import TestSupport
import Testing

@Suite("The page archive and its index")
struct PageArchiveTests {
    static func withArchive<Result>(_ body: (PageArchive) throws -> Result) throws -> Result {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("archive-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        return try body(PageArchive(root: root))
    }

    @Test("a body is stored compressed under its SHA-256 and read back exactly; an identical body is stored once")
    func storeAndLoad() throws {
        try Self.withArchive { archive in
            let page = Array(String(repeating: "<tr><td>2026년도 정보통신방송 기술개발사업 공고</td></tr>\n", count: 200).utf8)
            let first = try archive.store(page)
            #expect(first.isNew && first.digest == SHA256Digest.hex(page) && first.digest.count == 64)
            #expect(try archive.load(first.digest) == page)
            let again = try archive.store(page)
            #expect(!again.isNew && again.digest == first.digest)
            let files = FileManager.default.enumerator(atPath: archive.root.path)?.compactMap { $0 as? String }
                .filter { $0.hasSuffix(".gz") }
            #expect(files?.count == 1)
            let onDisk = try #require(
                files?.first.flatMap {
                    FileManager.default.contents(atPath: archive.root.appendingPathComponent($0).path)
                })
            #expect(onDisk.count < page.count / 5)
        }
    }

    @Test("a corrupt or missing file is an error naming the digest, never a wrong body")
    func corruption() throws {
        try Self.withArchive { archive in
            let stored = try archive.store(Array("공고".utf8))
            let file = try #require(
                FileManager.default.enumerator(atPath: archive.root.path)?.compactMap { $0 as? String }
                    .first { $0.hasSuffix(".gz") })
            try Data(GzipStream.compress(Array("다른 내용".utf8))).write(to: archive.root.appendingPathComponent(file))
            let error = #expect(throws: PageArchive.Failure.self) { try archive.load(stored.digest) }
            #expect(error?.message.contains("does not match") == true)
            #expect(throws: PageArchive.Failure.self) { try archive.load(String(repeating: "0", count: 64)) }
        }
    }

    @Test("SHA-256 matches the published test vectors")
    func digestVectors() {
        #expect(SHA256Digest.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            SHA256Digest.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("the index remembers validators and prunes old fetches, keeping each source's newest run and open failures")
    func indexAndRetention() async throws {
        try await TestDatabase.withSchema { db, _ in
            try await MigrationRunner(connection: db).migrate()
            try await db.query(
                "INSERT INTO sources (code, agency_code, name, kind, host) VALUES ('kimst.notice.list', 'KIMST', 'KIMST 공지사항', 'html_list', 'www.kimst.re.kr')"
            )
            func run() async throws -> Int64 {
                let rows = try await db.query(
                    "INSERT INTO scrape_runs (source_code, trigger) VALUES ('kimst.notice.list', 'manual') RETURNING id"
                )
                return try rows[0].decode(Int64.self, "id")
            }
            let index = FetchedPageIndex(connection: db)
            let old = try await run()
            let newest = try await run()
            func entry(_ run: Int64, _ digest: String, etag: String? = nil) -> FetchedPageIndex.Entry {
                .init(
                    runID: run, source: "kimst.notice.list",
                    url: "https://www.kimst.re.kr/u/news/notice_01/board.do?page=1",
                    method: "GET", requestDigest: "req-1", status: 200, etag: etag, bodyDigest: digest, bodyBytes: 10)
            }
            try await index.record(entry(old, "aaa", etag: "\"v1\""))
            try await index.record(entry(old, "failed-body"))
            try await index.record(entry(old, "shared"))
            try await index.record(entry(newest, "shared", etag: "\"v2\""))
            try await index.record(entry(newest, "bbb"))
            try await db.query(
                "INSERT INTO page_failures (source_code, url, stage, archive_digest, error_code, error_message) VALUES ('kimst.notice.list', 'u', 'parse', 'failed-body', 'layout', 'x')"
            )
            #expect(try await index.validators(requestDigest: "req-1")?.etag == "\"v2\"")
            #expect(try await index.validators(requestDigest: "nope") == nil)
            try await db.query(
                "UPDATE fetched_pages SET fetched_at = now() - interval '100 days' WHERE run_id = \(old)")
            let removable = try await index.prune(before: Date().addingTimeInterval(-30 * 86_400))
            // aaa: old and unreferenced; failed-body: an open failure points at it; shared: the newest run has it.
            #expect(removable == ["aaa"])
            let left = try await db.query("SELECT count(*)::int AS n FROM fetched_pages")
            #expect(try left[0].decode(Int.self, "n") == 3)
        }
    }
}
