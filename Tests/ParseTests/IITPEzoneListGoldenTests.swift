import Foundation
import Parse
import Testing

/// The list goldens in page order, including the change-scenario page that the shared golden test leaves out
/// (`changed/list-1-new.html`): the new call heads page 1 and the pushed-off row is gone.
@Suite("IITP ezone: list goldens in page order")
struct IITPEzoneListGoldenTests {
    static let goldens = ["list-1", "list-1-new", "list-2", "list-3", "list-empty", "main"]

    @Test("the follow-ups are the golden items, in order, with their detail URLs", arguments: goldens)
    func inOrder(name: String) throws {
        let golden = GoldenCorpus.fixtures.appendingPathComponent("golden/iitp.ezone.list/\(name).list.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: golden)) as? [String: Any])
        let pagePath = try #require(json["page"] as? String)
        let url = try #require(json["url"] as? String)
        let items = try #require(json["items"] as? [[String: Any]])
        let page = try IITPTestPages.file(pagePath, url: url)
        let result = try IITPTestPages.parse(page, as: "iitp.ezone.list")
        #expect(result.followUps.map { $0.context["id"] ?? "" } == items.map { $0["source_id"] as? String ?? "" })
        #expect(result.followUps.map(\.url) == items.map { $0["detail_url"] as? String ?? "" })
        #expect(result.followUps.map { $0.context["title"] ?? "" } == items.map { $0["title"] as? String ?? "" })
        #expect(result.problems.isEmpty && result.skipped == 0)
    }
}
