import Foundation
import Parse
import PostgresClient
import Store
import TestSupport
import Testing

@Suite("Storing programs")
struct ProgramStoreTests {
    static func prepare(_ db: PostgresConnection) async throws {
        try await MigrationRunner(connection: db).migrate()
        try await SourceCatalog(connection: db).sync([
            .init(
                code: "iris.detail", agency: nil, name: "IRIS", kind: "html_detail", host: "www.iris.go.kr",
                shared: true, enabled: true),
            .init(
                code: "ntis.detail", agency: nil, name: "NTIS", kind: "html_detail", host: "www.ntis.go.kr",
                shared: true, enabled: true),
            .init(
                code: "iitp.ezone.detail", agency: "IITP", name: "IITP", kind: "html_detail", host: "ezone.iitp.kr",
                shared: false, enabled: true),
        ])
    }

    static func call(
        _ source: String, _ id: String, title: String, number: String? = nil, closing: (Int, Int) = (12, 15),
        iris: String? = nil
    ) -> Program {
        var program = Program(agency: .iitp, source: source, sourceID: id, title: title)
        program.announcementNumber = number
        let end = LocalDate(year: 2026, month: closing.0, day: closing.1).map { KoreaTime.instant($0, hour: 18) }
        program.period = ApplicationPeriod(end: end, closingTimeGiven: true)
        if let iris { program.crossReferences["iris"] = iris }
        return program
    }

    static func count(_ db: PostgresConnection, _ sql: String) async throws -> Int {
        let rows = try await db.query(PostgresQuery(unsafeSQL: "SELECT (\(sql))::int AS n"))
        return try rows[0].decode(Int.self, "n")
    }

    static let batch = [
        call("iris.detail", "026001", title: "2026년도 정보통신·방송 기술개발사업 신규지원 대상과제 공고"),
        call("iris.detail", "026002", title: "2026년도 ICT 국제공동연구 신규과제 공고"),
    ]

    @Test("storing the same programs twice changes nothing but last seen")
    func idempotent() async throws {
        try await TestDatabase.withSchema { db, _ in
            try await Self.prepare(db)
            let store = ProgramStore(connection: db)
            let first = try await store.store(Self.batch)
            #expect(first.new.count == 2 && first.changed.isEmpty)
            let second = try await store.store(Self.batch)
            #expect(second.unchanged.count == 2 && second.new.isEmpty && second.changed.isEmpty)
            #expect(try await Self.count(db, "SELECT count(*) FROM programs") == 2)
            #expect(try await Self.count(db, "SELECT count(*) FROM program_versions") == 0)
            #expect(try await Self.count(db, "SELECT max(version) FROM programs") == 1)
        }
    }

    @Test("a moved deadline makes one new version whose diff names that field")
    func changeMakesVersion() async throws {
        try await TestDatabase.withSchema { db, _ in
            try await Self.prepare(db)
            let store = ProgramStore(connection: db)
            _ = try await store.store(Self.batch)
            var moved = Self.batch
            moved[0].period.end = LocalDate(year: 2026, month: 12, day: 22).map { KoreaTime.instant($0, hour: 18) }
            let outcome = try await store.store(moved)
            #expect(outcome.changed == [moved[0].title] && outcome.unchanged == [moved[1].title])
            let versions = try await db.query("SELECT version, changes::text AS changes FROM program_versions")
            #expect(versions.count == 1)
            let changes = try versions[0].decode(String.self, "changes")
            #expect(changes.contains("application_end") && changes.contains("2026-12-22T18:00:00+09:00"))
            #expect(!changes.contains("\"title\""))
            #expect(try await Self.count(db, "SELECT version FROM programs WHERE source_item_id = '026001'") == 2)
            // The stored deadline is 18:00 in Korea whatever the session's time zone.
            try await db.query("SET TIME ZONE 'America/Los_Angeles'")
            let end = try await db.query(
                "SELECT to_char(application_end AT TIME ZONE 'Asia/Seoul', 'YYYY-MM-DD HH24:MI') AS t FROM programs WHERE source_item_id = '026001'"
            )
            #expect(try end[0].decode(String.self, "t") == "2026-12-22 18:00")
        }
    }

    @Test("a program absent from a later batch stays")
    func neverDeleteOnAbsence() async throws {
        try await TestDatabase.withSchema { db, _ in
            try await Self.prepare(db)
            let store = ProgramStore(connection: db)
            _ = try await store.store(Self.batch)
            _ = try await store.store([Self.batch[1]])
            _ = try await store.store([])
            #expect(try await Self.count(db, "SELECT count(*) FROM programs") == 2)
        }
    }

    @Test("the same call through IRIS, NTIS and the agency board is one program with three sources; tracks stay apart")
    func mergesAcrossSources() async throws {
        try await TestDatabase.withSchema { db, _ in
            try await Self.prepare(db)
            let store = ProgramStore(connection: db)
            let title = "2026년도 정보통신·방송 기술개발사업 신규지원 대상과제 공고"
            _ = try await store.store([
                Self.call("iris.detail", "026001", title: title, number: "과학기술정보통신부 공고 제2026-0876호")
            ])
            let ntis = Self.call("ntis.detail", "1299001", title: title, iris: "026001")
            let board = Self.call(
                "iitp.ezone.detail", "PBD202600000133", title: "2026년도 정보통신ㆍ방송 기술개발사업 신규지원 대상과제 공고",
                number: "과학기술정보통신부공고제2026-0876호")
            let track = Self.call(
                "iitp.ezone.detail", "PBD202600000134", title: "2026년도 정보통신·방송 기술개발사업 신규지원 대상과제 공고(2차)",
                number: "과학기술정보통신부 공고 제2026-0876호")
            let outcome = try await store.store([ntis, board, track])
            #expect(outcome.merged.count == 2 && outcome.new == [track.title])
            #expect(try await Self.count(db, "SELECT count(*) FROM programs") == 2)
            #expect(try await Self.count(db, "SELECT count(*) FROM program_sources") == 4)
            // Stored again, every sighting is unchanged.
            let again = try await store.store([ntis, board, track])
            #expect(again.unchanged.count == 3)
        }
    }

    @Test("one batch: a call first seen on its board, then on NTIS with its IRIS id, is one program that keeps the id")
    func mergedMemberGivesItsIRISID() async throws {
        try await TestDatabase.withSchema { db, _ in
            try await Self.prepare(db)
            let title = "2026년도 정보통신·방송 기술개발사업 신규지원 대상과제 공고"
            let number = "과학기술정보통신부 공고 제2026-0876호"
            let board = Self.call("iitp.ezone.detail", "PBD202600000133", title: title, number: number)
            let ntis = Self.call("ntis.detail", "1299001", title: title, number: number, iris: "026001")
            let outcome = try await ProgramStore(connection: db).store([board, ntis])
            #expect(outcome.new == [title] && outcome.merged == [title])
            #expect(try await Self.count(db, "SELECT count(*) FROM programs WHERE iris_id = '026001'") == 1)
            // Later, IRIS's own sighting finds it by that id.
            let iris = Self.call("iris.detail", "026001", title: title)
            #expect(try await ProgramStore(connection: db).store([iris]).merged == [iris.title])
            #expect(try await Self.count(db, "SELECT count(*) FROM programs") == 1)
        }
    }

    /// Five calls and their second sightings, in an order that puts a merge and a repeat in later batches than the
    /// programs they meet.
    static let severalBatches: [Program] = {
        let titles = (1...5).map { "2026년도 양자 기술개발사업 신규과제 공고(\($0)차)" }
        let iris = titles.enumerated().map { call("iris.detail", "0262\($0)", title: $1) }
        let ntis = titles.enumerated().map { call("ntis.detail", "12992\($0)", title: $1, iris: "0262\($0)") }
        return iris + [ntis[0], iris[0]] + ntis[1...]
    }()

    @Test("a store larger than one batch commits batch by batch: sightings meet programs of earlier batches")
    func severalBatches() async throws {
        try await TestDatabase.withSchema { db, _ in
            try await Self.prepare(db)
            let outcome = try await ProgramStore(connection: db, batchSize: 2).store(Self.severalBatches)
            #expect(outcome.new.count == 5 && outcome.merged.count == 5 && outcome.unchanged.count == 1)
            #expect(try await Self.count(db, "SELECT count(*) FROM programs") == 5)
            #expect(try await Self.count(db, "SELECT count(*) FROM program_sources") == 10)
            #expect(try await Self.count(db, "SELECT count(*) FROM match_pending_programs") == 5)
            let again = try await ProgramStore(connection: db, batchSize: 3).store(Self.severalBatches)
            #expect(again.unchanged.count == Self.severalBatches.count && again.new.isEmpty && again.merged.isEmpty)
        }
    }

    @Test("batches written on three connections at once store what one connection stores")
    func severalLanes() async throws {
        try await TestDatabase.withDatabase { url in
            let db = try await PostgresConnection.connect(to: url)
            try await Self.prepare(db)
            let lanes = StoreLanes(count: 3) { try await PostgresConnection.connect(to: url) }
            let outcome = try await ProgramStore(connection: db, batchSize: 2, lanes: lanes).store(Self.severalBatches)
            #expect(Set(outcome.new + outcome.merged) == Set(Self.severalBatches.map(\.title)))
            #expect(outcome.new.count + outcome.merged.count + outcome.unchanged.count == Self.severalBatches.count)
            #expect(try await Self.count(db, "SELECT count(*) FROM programs") == 5)
            #expect(try await Self.count(db, "SELECT count(*) FROM program_sources") == 10)
            // The same sighting in two batches on two lanes, the second with a later deadline: one source row and
            // one version (the lanes meet on the sighting's merge lock; the lost race is `lostRaceRunsAgain`).
            var moved = Self.call("iris.detail", "026999", title: "2026년도 양자 통신 기술개발사업 신규과제 공고")
            let first = moved
            moved.period.end = moved.period.end.map { $0.addingTimeInterval(86_400) }
            let raced = try await ProgramStore(connection: db, batchSize: 1, lanes: lanes).store([first, moved])
            #expect(raced.new.count == 1 && raced.changed.count == 1, "\(raced)")
            #expect(
                try await Self.count(db, "SELECT count(*) FROM program_sources WHERE source_item_id = '026999'") == 1)
            #expect(try await Self.count(db, "SELECT count(*) FROM program_versions") == 1)
            let again = try await ProgramStore(connection: db, batchSize: 2, lanes: lanes).store(Self.severalBatches)
            #expect(again.unchanged.count == Self.severalBatches.count)
            await db.close()
        }
    }

    @Test("a batch that finds a sighting new while another transaction inserts its source row is run again")
    func lostRaceRunsAgain() async throws {
        try await TestDatabase.withDatabase { url in
            let other = try await PostgresConnection.connect(to: url)
            try await Self.prepare(other)
            _ = try await ProgramStore(connection: other).store([Self.batch[0]])
            let id = try await Self.count(other, "SELECT id FROM programs")
            // Another store's transaction holds the sighting's source row, not yet committed (under another title,
            // so no merge lock is shared and this store goes ahead): the store's COPY waits on the unique key, then
            // fails once the other commits.
            let sighting = Self.call("iris.detail", "026777", title: "2026년도 양자 센서 기술개발사업 신규과제 공고")
            try await other.query("BEGIN")
            try await other.query(
                """
                INSERT INTO program_sources (program_id, source_code, source_item_id, content_hash)
                VALUES (\(Int64(id)), 'iris.detail', '026777', 'held')
                """)
            let db = try await PostgresConnection.connect(to: url)
            async let stored = ProgramStore(connection: db).store([sighting])
            try await Task.sleep(for: .seconds(1))
            try await other.query("COMMIT")
            // Run again, the batch finds the sighting known, with another content hash: a change, not an error.
            let outcome = try await stored
            #expect(outcome.changed == [sighting.title] && outcome.new.isEmpty, "\(outcome)")
            #expect(try await Self.count(db, "SELECT count(*) FROM programs") == 1)
            #expect(try await Self.count(db, "SELECT count(*) FROM program_versions") == 1)
            await db.close()
            await other.close()
        }
    }

    @Test("a dry run over several batches reports what the store then does, and leaves nothing behind")
    func dryRunOverSeveralBatches() async throws {
        try await TestDatabase.withSchema { db, _ in
            try await Self.prepare(db)
            let store = ProgramStore(connection: db, batchSize: 2)
            let dry = try await store.store(Self.severalBatches, dryRun: true)
            for table in ["programs", "program_sources", "match_pending_programs"] {
                #expect(try await Self.count(db, "SELECT count(*) FROM \(table)") == 0, "\(table)")
            }
            let stored = try await store.store(Self.severalBatches)
            #expect(dry == stored)
            #expect(dry.new.count == 5 && dry.merged.count == 5)
        }
    }

    @Test("a sighting of a source missing from the catalog fails the batch with the source's name, storing nothing")
    func unknownSourceIsNamed() async throws {
        try await TestDatabase.withSchema { db, _ in
            try await Self.prepare(db)
            let batch = [Self.batch[0], Self.call("keit.typo.detail", "X1", title: "공고")]
            do {
                _ = try await ProgramStore(connection: db).store(batch)
                Issue.record("a batch with an unknown source was stored")
            } catch {
                #expect("\(error)".contains("keit.typo.detail"))
            }
            #expect(try await Self.count(db, "SELECT count(*) FROM programs") == 0)
        }
    }

    @Test("two workers storing the same new calls at once make one program each, without deadlock")
    func concurrentStores() async throws {
        try await TestDatabase.withDatabase { url in
            let setup = try await PostgresConnection.connect(to: url)
            try await Self.prepare(setup)
            await setup.close()
            // Eight calls, each stored at once by an IRIS worker and an NTIS worker (batches in opposite orders).
            let titles = (1...8).map { "2026년도 인공지능 반도체 기술개발 신규과제 공고(\($0)차)" }
            func batch(_ source: String) -> [Program] {
                titles.enumerated().map { index, title in
                    Self.call(
                        source, source == "iris.detail" ? "0261\(index)" : "12991\(index)", title: title,
                        iris: source == "ntis.detail" ? "0261\(index)" : nil)
                }
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (source, reversed) in [("iris.detail", false), ("ntis.detail", true)] {
                    group.addTask {
                        let db = try await PostgresConnection.connect(to: url)
                        let programs = batch(source)
                        _ = try await ProgramStore(connection: db).store(reversed ? programs.reversed() : programs)
                        await db.close()
                    }
                }
                try await group.waitForAll()
            }
            let check = try await PostgresConnection.connect(to: url)
            #expect(try await Self.count(check, "SELECT count(*) FROM programs") == 8)
            #expect(try await Self.count(check, "SELECT count(*) FROM program_sources") == 16)
            await check.close()
        }
    }
}
