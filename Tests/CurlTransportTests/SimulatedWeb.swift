import AgencySim
import CurlTransport
import Foundation

/// The simulated agency web of `Fixtures/`, running on loopback for one test, and requests that reach it under the
/// real sites' URLs (plain HTTP, connection redirected to the simulator).
struct SimulatedWeb {
    let simulator: AgencySimulator

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func with<Result>(_ body: (SimulatedWeb) async throws -> Result) async throws -> Result {
        let simulator = try AgencySimulator(fixturesRoot: fixtures)
        try simulator.start()
        defer { simulator.stop() }
        return try await body(SimulatedWeb(simulator: simulator))
    }

    /// A request for `url` (its `https://` read as `http://`) connected to the simulator.
    func request(_ url: String, configure: (inout CurlRequest) -> Void = { _ in }) -> CurlRequest {
        let plain = url.replacingOccurrences(of: "https://", with: "http://")
        let host = URL(string: plain)?.host ?? ""
        var request = CurlRequest(url: plain, connectTo: ["\(host):80:127.0.0.1:\(simulator.port)"])
        configure(&request)
        return request
    }
}
