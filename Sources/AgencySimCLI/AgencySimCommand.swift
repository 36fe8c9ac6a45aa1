import AgencySim
import ArgumentParser
import Foundation

/// `agency-sim`: serves the fixture sites of every agency on one loopback port until interrupted, so the pipeline,
/// the demo and a person with curl can use them.
@main
struct AgencySimCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agency-sim",
        abstract: "Serve the agencies' fixture sites on 127.0.0.1 under their real host names.",
        discussion: """
            Requests are routed by their Host header. Reach a site with its real URL by mapping the host to this \
            port, e.g. curl --connect-to ezone.iitp.kr:80:127.0.0.1:PORT http://ezone.iitp.kr/common/anno/list \
            (the simulator speaks plain HTTP). Admin: GET /__sim/requests, POST /__sim/scenario?name=N, \
            POST /__sim/clear.
            """)

    @Option(help: "Port on 127.0.0.1 (0 picks a free one).")
    var port = 0

    @Option(help: "The Fixtures folder (default: ./Fixtures).")
    var fixtures = "Fixtures"

    @Option(name: .customLong("scenario"), help: "Apply Fixtures/scenarios/<name>.toml at start (repeatable).")
    var scenarios: [String] = []

    func run() async throws {
        let root = URL(fileURLWithPath: fixtures)
        let simulator: AgencySimulator
        do {
            simulator = try AgencySimulator(fixturesRoot: root)
            for name in scenarios { try simulator.apply(scenarioNamed: name) }
            try simulator.start(port: port)
        } catch {
            FileHandle.standardError.write(Data("agency-sim: \(error)\n".utf8))
            throw ExitCode.failure
        }
        let port = simulator.port
        var lines = ["agency-sim: serving \(simulator.sites.count) hosts from \(root.path) on http://127.0.0.1:\(port)"]
        for host in simulator.sites.keys.sorted(by: { (Self.agency(of: $0), $0) < (Self.agency(of: $1), $1) }) {
            let agency = Self.agency(of: host).padding(toLength: 6, withPad: " ", startingAt: 0)
            lines.append("  \(agency) http://\(host)/  →  --connect-to \(host):80:127.0.0.1:\(port)")
        }
        if !scenarios.isEmpty { lines.append("  scenarios: \(scenarios.joined(separator: ", "))") }
        FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        try? FileHandle.standardOutput.synchronize()
        while !Task.isCancelled {
            try await Task.sleep(for: .seconds(3600))
        }
    }

    /// Which agency a host belongs to, for the listing (IRIS and NTIS carry all four).
    static func agency(of host: String) -> String {
        switch host {
        case let name where name.hasSuffix("iitp.kr"): "IITP"
        case let name where name.hasSuffix("keit.re.kr"): "KEIT"
        case let name where name.hasSuffix("tipa.or.kr") || name.hasSuffix("smtech.go.kr"): "TIPA"
        case let name where name.hasSuffix("kimst.re.kr"): "KIMST"
        case let name where name.hasSuffix("iris.go.kr"): "IRIS"
        case let name where name.hasSuffix("ntis.go.kr"): "NTIS"
        default: "other"
        }
    }
}
