import Foundation
import Parse
import PostgresClient

/// A program as the store compares it: its normalized fields (the golden-record shape, without the clock-derived
/// status), their JSON, the content hash, and the keys it is merged by.
struct StoredRecord {
    let fields: ProgramRecord
    let json: PostgresJSON
    let hash: String
    let matchTitle: String
    let irisID: String?
    let titleKey: MergeKey
    let irisKey: MergeKey?

    init(_ program: Program) throws {
        let fields = program.hashedRecord
        let bytes = fields.canonicalJSON
        self.fields = fields
        self.json = PostgresJSON(text: String(decoding: bytes, as: UTF8.self))
        self.hash = program.contentHash(recordJSON: bytes)
        self.matchTitle = MergeRules.comparableTitle(program.title)
        self.irisID = MergeRules.irisID(program)
        self.titleKey = MergeKey.title(program, matchTitle: matchTitle)
        self.irisKey = irisID.map(MergeKey.iris)
    }

    /// The numbers of the keys it is merged by: the title key's, then the IRIS key's if there is one.
    var mergeKeyNumbers: [Int64] {
        [titleKey.number] + (irisKey.map { [$0.number] } ?? [])
    }

    /// Field by field, what differs from `previous`: `{"application_end": {"from": …, "to": …}, …}`.
    func changes(from previous: PostgresJSON) throws -> PostgresJSON {
        let old = (try JSONSerialization.jsonObject(with: Data(previous.text.utf8)) as? [String: Any]) ?? [:]
        let new = (try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String: Any]) ?? [:]
        var changes: [String: Any] = [:]
        for key in Set(old.keys).union(new.keys).sorted() where key != "status" {
            let before = old[key] ?? NSNull()
            let after = new[key] ?? NSNull()
            if !Self.same(before, after) { changes[key] = ["from": before, "to": after] }
        }
        let data = try JSONSerialization.data(withJSONObject: changes, options: [.sortedKeys, .withoutEscapingSlashes])
        return PostgresJSON(text: String(decoding: data, as: UTF8.self))
    }

    private static func same(_ first: Any, _ second: Any) -> Bool {
        let options: JSONSerialization.WritingOptions = [.sortedKeys, .fragmentsAllowed]
        return (try? JSONSerialization.data(withJSONObject: first, options: options))
            == (try? JSONSerialization.data(withJSONObject: second, options: options))
    }
}
