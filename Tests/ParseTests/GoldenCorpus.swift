import AgencySim
import Foundation
import Parse
import Testing

/// The fixture set seen by the parsers: agency files, golden records, and pages served by the simulator (so each
/// page arrives with the charset its site declares, as the fetcher would hand it over).
enum GoldenCorpus {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Fixtures")

    static let configs: [AgencyConfig] = {
        (try? AgencyConfigLoader(parsers: ParserRegistry.rules).loadDirectory(
            root.appendingPathComponent("agencies").path))
            ?? []
    }()

    static func source(_ id: String) -> SourceConfig? { configs.flatMap(\.sources).first { $0.id == id } }

    /// `page` parsed by the parser `source` names.
    static func parse(_ page: FetchedPage, with source: SourceConfig) throws -> ParseResult {
        try parser(source.parser).parse(page, source: source)
    }

    /// The failure parsing `page` with `source` throws; nil (and a recorded issue) when it parses.
    static func failure(_ page: FetchedPage, with source: SourceConfig) throws -> ParseFailure? {
        let parser = try parser(source.parser)
        do {
            let result = try parser.parse(page, source: source)
            Issue.record(
                "parsed without failure: \(result.programs.count) programs, \(result.followUps.count) follow-ups")
            return nil
        } catch {
            return error
        }
    }

    /// A registered parser by the name agency files use (parsers are internal to the Parse module).
    static func parser(_ name: String) throws -> any SourceParser {
        let type = try #require(ParserRegistry.parser(named: name), "no parser named \(name)")
        return type.init()
    }

    /// One golden record file.
    struct Golden: CustomTestStringConvertible, Sendable {
        let file: String
        let source: String
        let url: String
        let method: String
        let form: [String: String]
        let asOf: Date
        /// The record's `program` (or, for a list page, its `items`), as JSON.
        let expected: Data
        let bodyContains: [String]
        let isOtherAgency: Bool
        var testDescription: String { file }
    }

    static func goldens(lists: Bool) -> [Golden] {
        let folder = fixtures.appendingPathComponent("golden")
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var result: [Golden] = []
        for case let path as String in enumerator where path.hasSuffix(".json") && path.hasSuffix(".list.json") == lists
        {
            guard !path.contains(".changed."), let data = try? Data(contentsOf: folder.appendingPathComponent(path)),
                let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let source = json["source"] as? String, let url = json["url"] as? String,
                let page = json["page"] as? String, !page.contains("/changed/"),
                Self.source(source) != nil
            else { continue }
            let payload: Any = lists ? (json["items"] ?? []) : (json["program"] ?? [:])
            let program = json["program"] as? [String: Any]
            result.append(
                Golden(
                    file: path, source: source, url: url, method: json["method"] as? String ?? "GET",
                    form: json["form"] as? [String: String] ?? [:],
                    asOf: ISO8601DateFormatter().date(from: json["as_of"] as? String ?? "") ?? Date(),
                    expected: (try? JSONSerialization.data(withJSONObject: payload)) ?? Data(),
                    bodyContains: program?["body_contains"] as? [String] ?? [],
                    isOtherAgency: program.map { $0["agency"] is NSNull } ?? false))
        }
        return result.sorted { $0.file < $1.file }
    }

    static let simulator: AgencySimulator? = try? AgencySimulator(fixturesRoot: fixtures)

    /// The page as the simulator serves it for the golden's URL (GET, or the form POST the record names).
    static func page(for golden: Golden) throws -> FetchedPage {
        let simulator = try #require(simulator, "the fixture sites do not load")
        var response = simulator.fixtureResponse(url: golden.url, method: golden.method, form: golden.form)
        if response?.status != 200, golden.method == "GET" {
            response = simulator.fixtureResponse(url: golden.url, method: "POST")
        }
        let served = try #require(response, "no response for \(golden.url)")
        #expect(served.status == 200, "\(golden.url) answered \(served.status)")
        let charset = FetchedPage.charset(inContentType: served.header("Content-Type"))
        return FetchedPage(url: golden.url, bytes: served.body, declaredCharset: charset)
    }

    /// Field-by-field differences between two JSON objects, as `field: expected … got …` lines.
    static func differences(expected: Data, actual: Data) -> [String] {
        guard let want = try? JSONSerialization.jsonObject(with: expected) as? [String: Any],
            let got = try? JSONSerialization.jsonObject(with: actual) as? [String: Any]
        else { return ["cannot compare"] }
        var lines: [String] = []
        for key in want.keys.sorted() where key != "body_contains" {
            let wanted = canonical(want[key])
            let gotten = canonical(got[key])
            if wanted != gotten { lines.append("\(key): expected \(wanted), got \(gotten)") }
        }
        return lines
    }

    private static func canonical(_ value: Any?) -> String {
        guard let value, !(value is NSNull) else { return "null" }
        if let dictionary = value as? [String: Any] {
            // Absent and null members are the same; compare present values only.
            let present = dictionary.filter { !($0.value is NSNull) }
            return "{" + present.keys.sorted().map { "\($0): \(canonical(present[$0]))" }.joined(separator: ", ") + "}"
        }
        if let array = value as? [Any] { return "[" + array.map { canonical($0) }.joined(separator: ", ") + "]" }
        if let number = value as? NSNumber { return number.stringValue }
        return "\(value)"
    }
}
