import Foundation
import TestSupport
import Testing

@Suite("agency-sim as a separate process")
struct AgencySimCommandLineTests {
    @Test("it prints the port and a base URL per host, serves the fixtures, and stops on SIGTERM")
    func runsAndStops() async throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures")
        let process = Process()
        process.executableURL = try BuiltProduct.url("agency-sim")
        process.arguments = ["--port", "0", "--fixtures", fixtures.path, "--scenario", "iris-throttled"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }

        var text = ""
        let deadline = Date().addingTimeInterval(20)
        while !text.contains("scenarios:"), Date() < deadline {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        let portText = try #require(text.split(separator: "\n").first?.split(separator: ":").last)
        let port = try #require(Int(portText.trimmingCharacters(in: .whitespaces)))
        for host in ["ezone.iitp.kr", "www.iris.go.kr", "www.ntis.go.kr", "www.kimst.re.kr", "www.tipa.or.kr"] {
            #expect(text.contains("http://\(host)/"), "no base URL for \(host)")
        }
        #expect(text.contains("IITP") && text.contains("KEIT") && text.contains("TIPA") && text.contains("KIMST"))

        let page = try await CurlCommand.run(
            url: "http://www.ntis.go.kr/rndgate/eg/un/ra/view.do?roRndUid=1243873", port: port, arguments: [])
        #expect(page.status == 200)
        let throttled = try await CurlCommand.run(
            url: "http://www.iris.go.kr/contents/retrieveBsnsAncmBtinSituList.do", port: port,
            arguments: ["--data", "pageIndex=1&ancmPrg=ancmIng"])
        #expect(throttled.status == 429)

        process.terminate()
        let stopBy = Date().addingTimeInterval(10)
        while process.isRunning, Date() < stopBy { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!process.isRunning, "agency-sim ignored SIGTERM")
        guard !process.isRunning else { return }
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGTERM)
    }
}
