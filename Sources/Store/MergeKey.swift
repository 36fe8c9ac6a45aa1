import Parse

/// The keys a program is merged by (see `MergeRules`): its agency with its comparable title, and its IRIS id. Only
/// programs sharing one can be the same call, so the store locks them, looks candidates up by them, and groups a
/// batch by them.
///
/// As text (`IITP:…`, `iris:…`) they find candidates through the expression indexes of migration 6. As 64-bit
/// numbers they are the advisory lock keys and the batch's grouping keys: hashing and sorting two thousand Korean
/// titles per batch as strings (normalized for comparison) held the database up. The number is FNV-1a over the
/// text's UTF-8, the same in every process and on every host, which locks need; a collision only makes two
/// unrelated calls wait for each other or be compared by the merge rules, which tell them apart.
struct MergeKey: Sendable {
    let text: String
    let number: Int64

    init(_ text: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        self.text = text
        self.number = Int64(bitPattern: hash)
    }

    /// The key of a program's agency with its comparable title.
    static func title(_ program: Program, matchTitle: String) -> MergeKey {
        MergeKey((program.agency?.rawValue ?? "") + ":" + matchTitle)
    }

    /// The key of an IRIS id.
    static func iris(_ id: String) -> MergeKey {
        MergeKey("iris:" + id)
    }
}
