import Foundation
import Testing

@testable import Parse

/// `ParseResult.rows` on an IRIS list answer built from the real capture (`Fixtures/real/iris-list-items-4-agencies
/// .json`: our four agencies' rows, test junk and repeated rows included) with other agencies' rows mixed in, and
/// the digest itself.
@Suite("List rows of IRIS's real rows")
struct ListRowIRISTests {
    /// The capture's rows that have an ancmId, as list API rows, each followed by another agency's row.
    static func answer(title: (String) -> String = { $0 }) throws -> (json: String, others: Set<String>) {
        let url = GoldenCorpus.fixtures.appendingPathComponent("real/iris-list-items-4-agencies.json")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]])
        var rows: [[String: Any]] = []
        var others: Set<String> = []
        for (index, item) in items.enumerated() {
            guard let id = item["ancm_id"] as? String, let itemTitle = item["title"] as? String else { continue }
            rows.append([
                "ancmId": id, "sorgnNm": item["agency"] ?? "", "ancmTl": title(itemTitle),
                "ancmNo": item["ancm_no"] ?? "", "ancmDe": item["ancm_date"] ?? "",
                "rcveSttSeNmLst": item["status"] ?? "", "blngGovdSeNm": item["org"] ?? "",
            ])
            let other = String(format: "9%05d", index)
            others.insert(other)
            rows.append(["ancmId": other, "sorgnNm": "한국연구재단", "ancmTl": title("2027년도 타기관 공고 \(index)")])
        }
        let answer: [String: Any] = [
            "listBsnsAncmBtinSitu": rows,
            "paginationInfo": ["currentPageNo": 1, "totalPageCount": 1, "totalRecordCount": rows.count],
        ]
        let data = try JSONSerialization.data(withJSONObject: answer, options: [.sortedKeys])
        return (String(decoding: data, as: UTF8.self), others)
    }

    @Test("every id is one row; other agencies' rows are the skipped ones and the skipped count")
    func realRows() throws {
        let (json, others) = try Self.answer()
        let result = try IRISPages.list(json: json)
        let ids = result.rows.map(\.id)
        #expect(Set(ids).count == ids.count, "the capture's repeated rows are remembered once")
        #expect(Set(result.rows.filter(\.skipped).map(\.id)) == others)
        #expect(result.skipped == others.count)
        #expect(result.skipped == result.rows.count(where: \.skipped))
        let followed = Set(result.followUps.compactMap { $0.context["id"] })
        #expect(!followed.isEmpty)
        #expect(followed == Set(result.rows.filter { !$0.skipped }.map(\.id)), "junk rows are followed, not skipped")
    }

    @Test("digests repeat on a second parse and all change with the titles, skipped rows' included")
    func realDigests() throws {
        let first = try IRISPages.list(json: try Self.answer().json).rows
        #expect(try IRISPages.list(json: try Self.answer().json).rows == first)
        let retitled = try IRISPages.list(json: try Self.answer { $0 + " (정정)" }.json).rows
        #expect(retitled.map(\.id) == first.map(\.id))
        for (before, after) in zip(first, retitled) {
            #expect(before.digest != after.digest, "\(before.id): same digest under a new title")
        }
    }

    @Test("the tab taken from the requested page is not part of a row's digest")
    func tabNotDigested() throws {
        let json = IRISPages.answer([IRISPages.row("026100", agency: "정보통신기획평가원")])
        let open = try IRISPages.list(json: json, url: IRISPages.api + "?ancmPrg=ancmIng&pageIndex=1")
        let soon = try IRISPages.list(json: json, url: IRISPages.api + "?ancmPrg=ancmPre&pageIndex=2")
        #expect(open.followUps.first?.context["tab"] != soon.followUps.first?.context["tab"])
        #expect(open.rows == soon.rows)
        #expect(open.rows.count == 1)
    }

    @Test("a digest is of the sorted name=value lines, whatever the dictionary order")
    func digestOfFields() {
        let digest = ListRow.digest(of: ["title": "공고", "id": "1", "posted": "2026-11-10"])
        #expect(digest == ContentDigest.hex(Array("id=1\nposted=2026-11-10\ntitle=공고".utf8)))
        #expect(digest != ListRow.digest(of: ["title": "공고 (정정)", "id": "1", "posted": "2026-11-10"]))
        #expect(ListRow(id: "1", shown: ["id": "1"]) == ListRow(id: "1", digest: ListRow.digest(of: ["id": "1"])))
    }
}
