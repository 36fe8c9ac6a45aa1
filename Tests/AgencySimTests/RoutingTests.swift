import AgencySim
import Foundation
import Testing

@Suite("Serving sites under their real host names")
struct RoutingTests {
    @Test("the same path on two hosts serves each host's own page; an unknown host is refused")
    func routesByHost() async throws {
        let sim = try SimulatorHarness.start()
        defer { sim.stop() }
        #expect(try await sim.curl("http://alpha.test/board/list.do?page=1").text.contains("alpha 공고 1"))
        #expect(try await sim.curl("http://beta.test/board/list.do").text.contains("beta list"))
        let unknown = try await sim.curl("http://gamma.test/board/list.do")
        #expect(unknown.status == 421)
        #expect(unknown.text.contains("gamma.test"))
    }

    @Test("query parameters pick the page; the route without parameters is the fallback; no route is a 404")
    func queryRouting() async throws {
        let sim = try SimulatorHarness.start()
        defer { sim.stop() }
        // `page = ["1", ""]`: the bare board URL is page 1, as on the real boards.
        #expect(try await sim.curl("http://alpha.test/board/list.do").text.contains("alpha 공고 1"))
        #expect(try await sim.curl("http://alpha.test/board/list.do?page=").text.contains("alpha 공고 1"))
        #expect(try await sim.curl("http://alpha.test/board/list.do?page=2&search=").text.contains("alpha 공고 3"))
        // A `;jsessionid=` path parameter is ignored, as a servlet container does.
        #expect(
            try await sim.curl("http://alpha.test/board/list.do;jsessionid=AB12.node1?page=2").text.contains(
                "alpha 공고 3"))
        let pastEnd = try await sim.curl("http://alpha.test/board/list.do?page=9")
        #expect(pastEnd.status == 200)
        #expect(pastEnd.text.contains("<ul></ul>"))
        let missing = try await sim.curl("http://alpha.test/nowhere")
        #expect(missing.status == 404)
        #expect(missing.text.contains("alpha 없음"))
    }

    @Test("form-encoded POST is routed by its fields, as IRIS and itech list endpoints are")
    func formPost() async throws {
        let sim = try SimulatorHarness.start()
        defer { sim.stop() }
        let list = try await sim.curl(
            "http://alpha.test/api/list.do",
            ["-X", "POST", "-H", "X-Requested-With: XMLHttpRequest", "--data", "pageIndex=1&kind=open&bizSearch="])
        #expect(list.status == 200)
        #expect(list.headers["content-type"] == "application/json;charset=UTF-8")
        #expect(list.text.contains("023617"))
        #expect(try await sim.curl("http://alpha.test/api/list.do", ["--data", "pageIndex=2&kind=open"]).status == 404)
        let logged = try #require(sim.simulator.requestLog.last)
        #expect(logged.method == "POST")
        #expect(logged.form["pageIndex"] == "2")
    }

    @Test("robots.txt is served per host")
    func robots() async throws {
        let sim = try SimulatorHarness.start()
        defer { sim.stop() }
        #expect(try await sim.curl("http://alpha.test/robots.txt").text.contains("Disallow: /admin/"))
        #expect(try await sim.curl("http://beta.test/robots.txt").status == 404)
    }

    @Test("ETag and Last-Modified are sent; a matching If-None-Match or If-Modified-Since gets 304")
    func conditionalRequests() async throws {
        let sim = try SimulatorHarness.start()
        defer { sim.stop() }
        let first = try await sim.curl("http://alpha.test/board/list.do?page=1")
        let etag = try #require(first.headers["etag"])
        let lastModified = try #require(first.headers["last-modified"])
        let byTag = try await sim.curl("http://alpha.test/board/list.do?page=1", ["-H", "If-None-Match: \(etag)"])
        #expect(byTag.status == 304)
        #expect(byTag.body.isEmpty)
        let byDate = try await sim.curl(
            "http://alpha.test/board/list.do?page=1", ["-H", "If-Modified-Since: \(lastModified)"])
        #expect(byDate.status == 304)
        let stale = try await sim.curl("http://alpha.test/board/list.do?page=1", ["-H", "If-None-Match: \"other\""])
        #expect(stale.status == 200)
    }

    @Test("a protected board without session cookie or Referer answers HTTP 200 with the block page")
    func sessionBlock() async throws {
        let sim = try SimulatorHarness.start()
        defer { sim.stop() }
        let cold = try await sim.curl("http://beta.test/notice/list")
        #expect(cold.status == 200)
        #expect(cold.text.contains("not allowed"))
        #expect(cold.headers["set-cookie"]?.hasPrefix("ci_session=") == true)

        let jar = sim.root.appendingPathComponent("cookies.txt").path
        _ = try await sim.curl("http://beta.test/", ["-c", jar, "-b", jar])
        let noReferer = try await sim.curl("http://beta.test/notice/list", ["-c", jar, "-b", jar])
        #expect(noReferer.text.contains("not allowed"))
        let warm = try await sim.curl(
            "http://beta.test/notice/list", ["-c", jar, "-b", jar, "-e", "https://beta.test/"])
        #expect(warm.status == 200)
        #expect(warm.text.contains("10 rows"))
    }

    @Test("a gzip route always compresses (as KIMST does), and the body decodes to the page")
    func gzipRoute() async throws {
        let sim = try SimulatorHarness.start()
        defer { sim.stop() }
        let raw = try await sim.curl("http://alpha.test/gz.html")
        #expect(raw.headers["content-encoding"] == "gzip")
        #expect(raw.body.starts(with: [0x1f, 0x8b]))
        let decoded = try await sim.curl("http://alpha.test/gz.html", ["--compressed"])
        #expect(decoded.text.contains("alpha 공고 2"))
    }

    @Test("a route's charset is announced in the header and the bytes are served untouched")
    func charsetRoute() async throws {
        let sim = try SimulatorHarness.start()
        defer { sim.stop() }
        let page = try await sim.curl("http://alpha.test/euc.html")
        #expect(page.headers["content-type"] == "text/html; charset=EUC-KR")
        #expect(page.body.contains(SimulatorHarness.eucKRBytes[0]))
        #expect(Array(page.body[12..<16]) == SimulatorHarness.eucKRBytes)
    }

    @Test("a manifest naming a missing file is refused with the file named")
    func missingFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("agency-sim-bad-\(UUID().uuidString)")
        let site = root.appendingPathComponent("sites/x.test")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try "host = \"x.test\"\n[[routes]]\npath = \"/\"\nfile = \"pages/nothing.html\"\n"
            .write(to: site.appendingPathComponent("site.toml"), atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: root) }
        let error = #expect(throws: SimulatorError.self) { try AgencySimulator(fixturesRoot: root) }
        #expect(error?.description.contains("pages/nothing.html") == true)
    }
}
