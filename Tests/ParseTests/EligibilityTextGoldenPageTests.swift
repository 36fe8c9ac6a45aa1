import Foundation
import Parse
import Testing

/// A golden detail record with its page's text: the real-data check for `EligibilityText` and `TRLText`. The text is
/// stripped of tags crudely (scripts, styles and comments dropped, block tags made line breaks, inline tags removed,
/// a few entities decoded), as a parser's clean body would be. Pages whose bytes are not UTF-8 (KIMST's EUC-KR
/// notices) are skipped and listed in `skipped`. Each page is analyzed once, when the corpus is loaded.
struct EligibilityGoldenPage: CustomTestStringConvertible, Sendable {
    let file: String
    let text: String
    let types: [String]
    let consortium: Bool?
    let regions: [String]
    let trlMin: Int?
    let trlMax: Int?
    /// What `EligibilityText.analyze` and `TRLText.range` read from `text`.
    let eligibility: Eligibility
    let trl: ClosedRange<Int>?

    var testDescription: String { file }

    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    private static let loaded = load()
    static var all: [EligibilityGoldenPage] { loaded.pages }
    /// Golden files whose HTML/JSON page is not valid UTF-8.
    static var skipped: [String] { loaded.skipped }

    private static func load() -> (pages: [EligibilityGoldenPage], skipped: [String]) {
        let folder = fixtures.appendingPathComponent("golden")
        let paths = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
        var pages: [EligibilityGoldenPage] = []
        var skipped: [String] = []
        for path in paths where path.hasSuffix(".json") && !path.hasSuffix(".list.json") {
            let file = "golden/" + path
            guard let record = json(folder.appendingPathComponent(path)), let page = record["page"] as? String,
                let program = record["program"] as? [String: Any], page.hasSuffix(".html") || page.hasSuffix(".json")
            else { continue }
            guard let data = try? Data(contentsOf: fixtures.appendingPathComponent(page)),
                let raw = String(validating: data, as: UTF8.self)
            else {
                skipped.append(file)
                continue
            }
            let text = page.hasSuffix(".json") ? jsonText(raw) : plainText(ofHTML: raw)
            pages.append(
                EligibilityGoldenPage(
                    file: file, text: text,
                    types: program["eligible_org_types"] as? [String] ?? [],
                    consortium: program["consortium_required"] as? Bool,
                    regions: program["regions"] as? [String] ?? [],
                    trlMin: program["trl_min"] as? Int, trlMax: program["trl_max"] as? Int,
                    eligibility: EligibilityText.analyze(text), trl: TRLText.range(in: text)))
        }
        return (pages, skipped)
    }

    /// Whether the page of a golden file decodes as UTF-8.
    static func isUTF8(file: String) -> Bool? {
        guard let record = json(fixtures.appendingPathComponent(file)), let page = record["page"] as? String,
            let data = try? Data(contentsOf: fixtures.appendingPathComponent(page))
        else { return nil }
        return String(validating: data, as: UTF8.self) != nil
    }

    private static func json(_ url: URL) -> [String: Any]? {
        (try? Data(contentsOf: url)).flatMap { try? JSONSerialization.jsonObject(with: $0) } as? [String: Any]
    }

    /// The text of an HTML page, crudely.
    static func plainText(ofHTML html: String) -> String {
        var text = html.replacing(#/(?is)<(script|style)\b.*?</\1\s*>/#, with: " ")
        text = text.replacing(#/(?s)<!--.*?-->/#, with: " ")
        let blockTag = #/(?i)<\/?(?:p|div|br|li|ul|ol|tr|td|th|table|h[1-6]|dt|dd|dl|title)\b[^>]*>/#
        text = text.replacing(blockTag, with: "\n")
        text = text.replacing(#/<[^>]*>/#, with: "")
        for (entity, character) in [("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'")] {
            text = text.replacing(entity, with: character)
        }
        text = text.replacing(#/&#(\d+);/#) { match in
            Int(match.output.1).flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? ""
        }
        return text.replacing("&amp;", with: "&")
    }

    /// The strings of a JSON page, one a line, each stripped of tags.
    static func jsonText(_ raw: String) -> String {
        func strings(_ value: Any) -> [String] {
            if let string = value as? String { return [string] }
            if let array = value as? [Any] { return array.flatMap(strings) }
            if let object = value as? [String: Any] {
                return object.keys.sorted().flatMap { strings(object[$0] ?? "") }
            }
            return []
        }
        let object = (try? JSONSerialization.jsonObject(with: Data(raw.utf8))) ?? raw
        return strings(object).map(plainText(ofHTML:)).joined(separator: "\n")
    }
}
