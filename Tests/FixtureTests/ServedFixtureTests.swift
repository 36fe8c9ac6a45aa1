import AgencySim
import Foundation
import Testing

/// The real fixture set served by the simulator: every site loads, every routed page is served, and every golden
/// record's URL serves exactly the page the record was written from.
@Suite("The fixture sites as served")
struct ServedFixtureTests {
    @Test("every site manifest loads and every route answers with its file")
    func everyRoute() throws {
        let simulator = try AgencySimulator(fixturesRoot: FixtureSet.root)
        #expect(simulator.sites.count >= 9, "hosts: \(simulator.sites.keys.sorted())")
        for site in simulator.sites.values {
            for route in site.routes {
                let request = HTTPRequest(
                    method: route.method, path: route.path,
                    rawQuery: route.parameters.map { "\($0.key)=\(Self.encode($0.value[0]))" }.joined(separator: "&"),
                    headers: [
                        "host": site.host, "cookie": site.session.map { "\($0.cookie)=x" } ?? "",
                        "referer": "https://\(site.host)/",
                    ],
                    body: [])
                let response = simulator.fixtureResponse(to: request)
                #expect(
                    response.status == route.status, "\(site.host) \(route.method) \(route.path) \(route.parameters)")
            }
        }
    }

    @Test(
        "each golden record's URL serves the page it was written from",
        arguments: FixtureSet.goldens(listPages: false) + FixtureSet.goldens(listPages: true))
    func goldenURLServesItsPage(golden: FixtureSet.Golden) throws {
        let simulator = try AgencySimulator(fixturesRoot: FixtureSet.root)
        let page = try #require(golden.page)
        let url = try #require(golden.url.flatMap { URLComponents(string: $0) }, "bad url")
        let host = try #require(url.host)
        #expect(simulator.sites[host] != nil, "no site for \(host)")
        let expected = try Data(contentsOf: FixtureSet.root.appendingPathComponent(page))
        // A changed page (scenario) is not routed; its record names the URL it replaces.
        guard !page.contains("/changed/") else { return }
        // A record may say how its page is requested (a form POST); otherwise GET, then POST with the query.
        let form = golden.json["form"] as? [String: String] ?? [:]
        let methods = (golden.json["method"] as? String).map { [$0] } ?? ["GET", "POST"]
        let served = methods.lazy
            .compactMap { simulator.fixtureResponse(url: golden.url ?? "", method: $0, form: form) }
            .first { $0.status == 200 }
        let response = try #require(served, "\(golden.url ?? "") is not served")
        #expect(Data(response.body) == expected, "\(golden.url ?? "") serves another page than \(page)")
    }

    private static func encode(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value
    }
}
