import Foundation
import PostgresClient
import TestSupport
import Testing

@Suite("COPY of rows encoded beforehand")
struct CopyEncodedTests {
    @Test("leading values joined to fields encoded earlier load as one row, escapes intact")
    func leadingAndRest() async throws {
        try await TestDatabase.withSchema { db, _ in
            try await db.query("CREATE TABLE items (id bigint PRIMARY KEY, title text, note text, tags text[])")
            let awkward = "탭\t백슬래시\\ 줄\n바꿈\r끝"
            let rest = (1...3).map { index in
                CopyTextFields([
                    "\(awkward) \(index)".postgresBind, (index == 2 ? nil : "메모").postgresBind,
                    ["a,b", "\"q\""].postgresBind,
                ])
            }
            var rows = CopyTextRows()
            for (id, fields) in zip([30, 10, 20] as [Int64], rest) { rows.append([id.postgresBind], fields) }
            #expect(rows.count == 3)
            let copied = try await db.copy(into: "items", columns: ["id", "title", "note", "tags"], encoded: rows)
            #expect(copied == 3)
            let stored = try await db.query("SELECT id, title, note, tags FROM items ORDER BY id")
            #expect(try stored.map { try $0.decode(Int64.self, "id") } == [10, 20, 30])
            #expect(try stored[0].decode(String.self, "title") == "\(awkward) 2")
            #expect(try stored[0].decode(String?.self, "note") == nil)
            #expect(try stored[2].decode(String?.self, "note") == "메모")
            #expect(try stored[1].decode([String].self, "tags") == ["a,b", "\"q\""])
        }
    }

    @Test("an encoded row of the wrong width is refused with its number before anything is sent")
    func wrongWidth() async throws {
        try await TestDatabase.withSchema { db, _ in
            try await db.query("CREATE TABLE pairs (a int, b int)")
            var rows = CopyTextRows()
            rows.append([1.postgresBind, 2.postgresBind])
            rows.append([3.postgresBind], CopyTextFields([4.postgresBind, 5.postgresBind]))
            let error = await #expect(throws: PostgresError.self) {
                try await db.copy(into: "pairs", columns: ["a", "b"], encoded: rows)
            }
            #expect(error?.code == .copyFailed)
            #expect(error?.message.contains("row 2 has 3 values") == true)
            #expect(try await db.query("SELECT count(*) FROM pairs")[0].decode(Int.self, at: 0) == 0)
        }
    }
}
