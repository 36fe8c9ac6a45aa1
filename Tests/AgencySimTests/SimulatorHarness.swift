import AgencySim
import Foundation
import TestSupport

/// A small fixture tree written to a temporary folder (two hosts, lists, a form POST, a session-protected board,
/// gzip and EUC-KR routes), and a running simulator over it. The simulator's behaviour is tested on these pages so
/// the tests do not depend on the content of the real fixtures.
struct SimulatorHarness {
    let root: URL
    let simulator: AgencySimulator

    var port: Int { simulator.port }

    static func start() throws -> SimulatorHarness {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("agency-sim-\(UUID().uuidString)")
        try write(root)
        let simulator = try AgencySimulator(fixturesRoot: root)
        try simulator.start()
        return SimulatorHarness(root: root, simulator: simulator)
    }

    func stop() {
        simulator.stop()
        try? FileManager.default.removeItem(at: root)
    }

    /// `curl` against `url` (a real-looking URL on one of the fixture hosts), connected to the simulator.
    func curl(_ url: String, _ arguments: [String] = []) async throws -> CurlOutcome {
        try await CurlCommand.run(url: url, port: port, arguments: arguments)
    }

    static let eucKRBytes: [UInt8] = [0xB0, 0xF8, 0xB0, 0xED]  // "공고" in EUC-KR

    private static func write(_ root: URL) throws {
        func file(_ path: String, _ text: String) throws {
            try bytes(path, Array(text.utf8))
        }
        func bytes(_ path: String, _ content: [UInt8]) throws {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content).write(to: url)
        }
        try file(
            "sites/alpha.test/site.toml",
            """
            host = "alpha.test"
            robots = "pages/robots.txt"
            not_found = "pages/404.html"

            [[routes]]
            path = "/board/list.do"
            params = { page = ["1", ""] }
            file = "pages/list-1.html"

            [[routes]]
            path = "/board/list.do"
            params = { page = "2" }
            file = "pages/list-2.html"

            [[routes]]
            path = "/board/list.do"
            file = "pages/list-empty.html"

            [[routes]]
            method = "POST"
            path = "/api/list.do"
            params = { kind = "open", pageIndex = "1" }
            file = "pages/api-open-1.json"

            [[routes]]
            path = "/gz.html"
            file = "pages/list-1.html"
            gzip = true

            [[routes]]
            path = "/euc.html"
            file = "pages/euc.html"
            charset = "EUC-KR"

            [[routes]]
            path = "/changed/list-1-new.html"
            file = "pages/list-1-new.html"
            """)
        try file("sites/alpha.test/pages/robots.txt", "User-agent: *\nDisallow: /admin/\n")
        try file("sites/alpha.test/pages/404.html", "<html><body>alpha 없음</body></html>")
        try file(
            "sites/alpha.test/pages/list-1.html",
            "<html><body><ul><li>alpha 공고 1</li><li>alpha 공고 2</li></ul></body></html>")
        try file(
            "sites/alpha.test/pages/list-1-new.html",
            "<html><body><ul><li>alpha 새 공고</li><li>alpha 공고 1</li></ul></body></html>")
        try file("sites/alpha.test/pages/list-2.html", "<html><body><ul><li>alpha 공고 3</li></ul></body></html>")
        try file("sites/alpha.test/pages/list-empty.html", "<html><body><ul></ul></body></html>")
        try file("sites/alpha.test/pages/api-open-1.json", #"{"items":[{"id":"023617","title":"공고"}]}"#)
        try bytes(
            "sites/alpha.test/pages/euc.html", Array("<html><body>".utf8) + eucKRBytes + Array("</body></html>".utf8))
        try file("sites/alpha.test/pages/error.html", "<html><body>시스템 오류가 발생했습니다</body></html>")
        try file(
            "sites/beta.test/site.toml",
            """
            host = "beta.test"

            [[routes]]
            path = "/"
            file = "pages/home.html"

            [[routes]]
            path = "/board/list.do"
            file = "pages/list.html"

            [[routes]]
            path = "/notice/list"
            file = "pages/notice.html"

            [session]
            cookie = "ci_session"
            protect = ["/notice/"]
            blocked = "pages/blocked.html"
            """)
        try file("sites/beta.test/pages/home.html", "<html><body>beta home</body></html>")
        try file("sites/beta.test/pages/list.html", "<html><body>beta list</body></html>")
        try file("sites/beta.test/pages/notice.html", "<html><body>beta notices: 10 rows</body></html>")
        try file("sites/beta.test/pages/blocked.html", "<script>alert('not allowed');history.back();</script>")
        try file(
            "scenarios/throttled.toml",
            """
            [[faults]]
            host = "alpha.test"
            path = "/board/list.do"
            kind = "status"
            status = 429
            retry_after = "3"
            times = 2
            """)
        try file(
            "scenarios/bad.toml",
            """
            [[faults]]
            host = "alpha.test"
            kind = "explode"
            """)
    }
}
