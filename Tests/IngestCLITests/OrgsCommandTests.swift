import Foundation
import TestSupport
import Testing

@Suite("connect-ingest orgs")
struct OrgsCommandTests {
    static let fixture = ServiceURLs.checkoutRoot.appendingPathComponent("Fixtures/organizations/organizations.csv")
    static let key = Data((0..<32).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()

    /// The fixture's business numbers in every spelling the output could show: with dashes and as ten digits.
    static func fixtureNumbers() throws -> [String] {
        let text = try String(contentsOf: fixture, encoding: .utf8)
        let dashed = text.split(separator: "\n").compactMap { line -> String? in
            guard let last = line.split(separator: ",", omittingEmptySubsequences: false).last,
                last.wholeMatch(of: /\d{3}-\d{2}-\d{5}/) != nil
            else { return nil }
            return String(last)
        }
        return dashed + dashed.map { $0.replacingOccurrences(of: "-", with: "") }
    }

    @Test("import prints the counts, a re-import changes nothing, list never shows a business number")
    func importAndList() async throws {
        let numbers = try Self.fixtureNumbers()
        #expect(numbers.count >= 50)
        try await TestDatabase.withDatabase { url in
            let environment: [String: String?] = ["DATABASE_URL": url, "CONNECT_BRN_KEY": Self.key]
            let migrate = try await CommandRunner.run(["migrate"], environment: environment)
            #expect(migrate.status == 0, "\(migrate.standardError)")
            let dry = try await CommandRunner.run(
                ["orgs", "import", Self.fixture.path, "--dry-run"], environment: environment)
            #expect(dry.status == 0, "\(dry.standardError)")
            #expect(dry.standardOutput.contains("inserted 41, updated 0, unchanged 0 (dry run"))
            let first = try await CommandRunner.run(["orgs", "import", Self.fixture.path], environment: environment)
            #expect(first.status == 0, "\(first.standardError)")
            #expect(first.standardOutput.contains("inserted 41, updated 0, unchanged 0"))
            let second = try await CommandRunner.run(["orgs", "import", Self.fixture.path], environment: environment)
            #expect(second.standardOutput.contains("inserted 0, updated 0, unchanged 41"))
            var outputs = [dry, first, second].map { $0.standardOutput + $0.standardError }
            for format in ["table", "json", "csv"] {
                let list = try await CommandRunner.run(["orgs", "list", "--format", format], environment: environment)
                #expect(list.status == 0, "\(list.standardError)")
                #expect(list.standardOutput.contains("(주)오션클린텍"))
                outputs.append(list.standardOutput + list.standardError)
            }
            for output in outputs {
                for number in numbers { #expect(!output.contains(number), "a business number was printed") }
            }
            // The CSV listing is an import file: importing it back changes nothing (and needs no key).
            let exported = FileManager.default.temporaryDirectory.appendingPathComponent("orgs-\(UUID()).csv")
            defer { try? FileManager.default.removeItem(at: exported) }
            let csv = try await CommandRunner.run(["orgs", "list", "--format", "csv"], environment: environment)
            try Data(csv.standardOutput.utf8).write(to: exported)
            let back = try await CommandRunner.run(
                ["orgs", "import", exported.path], environment: ["DATABASE_URL": url, "CONNECT_BRN_KEY": nil])
            #expect(back.status == 0, "\(back.standardError)")
            #expect(back.standardOutput.contains("inserted 0, updated 0, unchanged 41"))
        }
    }

    @Test("numbers without a key exit 78 naming CONNECT_BRN_KEY; a bad row exits 65 with its line and field")
    func failures() async throws {
        let missing = try await CommandRunner.run(
            ["orgs", "import", Self.fixture.path], environment: ["CONNECT_BRN_KEY": nil])
        #expect(missing.status == 78)
        #expect(missing.standardError.contains("CONNECT_BRN_KEY"))
        #expect(missing.standardError.contains("openssl rand -base64 32"))
        let bad = FileManager.default.temporaryDirectory.appendingPathComponent("orgs-\(UUID()).csv")
        defer { try? FileManager.default.removeItem(at: bad) }
        try Data("name,type,business_number\n(주)가,company,124-81-35750\n(주)나,company,124-81-35751\n".utf8).write(
            to: bad)
        let outcome = try await CommandRunner.run(
            ["orgs", "import", bad.path], environment: ["CONNECT_BRN_KEY": Self.key])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("\(bad.lastPathComponent):3: business_number"))
        #expect(!outcome.standardError.contains("35751"))
        #expect(!outcome.standardError.contains("35750"))
    }
}
