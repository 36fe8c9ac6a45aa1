import Foundation
import TestSupport
import Testing

@Suite("connect-ingest agencies check and parse")
struct ParseCommandTests {
    private var agencies: String { ServiceURLs.checkoutRoot.appendingPathComponent("agencies").path }
    private func fixture(_ path: String) -> String {
        ServiceURLs.checkoutRoot.appendingPathComponent("Fixtures/\(path)").path
    }

    @Test("agencies check passes on the checked-in files and names each file")
    func checkPasses() async throws {
        let outcome = try await CommandRunner.run(["agencies", "check", "--dir", agencies])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("ntis.toml"))
    }

    @Test("agencies check fails with exit 65 and names file, line, source and field")
    func checkFails() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agencies-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOfFile: agencies + "/ntis.toml", encoding: .utf8)
            .replacingOccurrences(of: "ministry = \"td[@data-title='부처명']\"", with: "ministry = \"td[@data-title=\"")
        try text.write(to: folder.appendingPathComponent("ntis.toml"), atomically: true, encoding: .utf8)
        let outcome = try await CommandRunner.run(["agencies", "check", "--dir", folder.path])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("ntis.toml:"))
        #expect(outcome.standardError.contains("source ntis.list"))
        #expect(outcome.standardError.contains("rule 'ministry'"))
    }

    @Test("parse prints the normalized record of a saved page as JSON")
    func parsePage() async throws {
        let outcome = try await CommandRunner.run([
            "parse", "--dir", agencies, "--source", "ntis.detail", "--as-of", "2026-11-20T10:00:00+09:00", "--url",
            "https://www.ntis.go.kr/rndgate/eg/un/ra/view.do?roRndUid=1243873",
            fixture("real/ntis-detail-1243873.html"),
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let json = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        let program = try #require((json?["programs"] as? [[String: Any]])?.first)
        #expect(program["application_end"] as? String == "2025-08-13T18:00:00+09:00")
        #expect(program["agency"] as? String == "KEIT")
        #expect(program["status"] as? String == "closed")
    }

    @Test("parse reports a page its parser rejects with the reason and exit 65")
    func parseFailure() async throws {
        let outcome = try await CommandRunner.run([
            "parse", "--dir", agencies, "--source", "ntis.list", fixture("real/tipa-blocked.html"),
        ])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("ntis.list"))
        #expect(outcome.standardError.contains("layout changed"))
        let unknown = try await CommandRunner.run([
            "parse", "--dir", agencies, "--source", "nope", fixture("real/tipa-blocked.html"),
        ])
        #expect(unknown.status == 65)
        #expect(unknown.standardError.contains("ntis.detail"))
    }
}
