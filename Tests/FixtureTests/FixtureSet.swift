import Foundation
import Testing

/// The checked-in fixture set: its folder, its golden records and the pages they describe.
enum FixtureSet {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// A golden file, decoded loosely: the tests check its shape themselves so a malformed record is reported
    /// with its file and field instead of failing to decode.
    struct Golden: CustomTestStringConvertible, Sendable {
        let file: String
        let json: [String: any Sendable]
        var testDescription: String { file }

        var page: String? { json["page"] as? String }
        var url: String? { json["url"] as? String }
        var program: [String: any Sendable]? { json["program"] as? [String: any Sendable] }
    }

    static func goldens(listPages: Bool) -> [Golden] {
        let folder = root.appendingPathComponent("golden")
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var goldens: [Golden] = []
        for case let path as String in enumerator where path.hasSuffix(".json") {
            guard path.hasSuffix(".list.json") == listPages else { continue }
            let url = folder.appendingPathComponent(path)
            let object = (try? Data(contentsOf: url)).flatMap { try? JSONSerialization.jsonObject(with: $0) }
            goldens.append(Golden(file: "golden/" + path, json: (object as? [String: any Sendable]) ?? [:]))
        }
        return goldens.sorted { $0.file < $1.file }
    }
}
