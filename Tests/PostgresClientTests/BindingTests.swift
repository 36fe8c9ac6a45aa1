import Foundation
import PostgresClient
import TestSupport
import Testing

/// A test argument whose name in the test log stays short even when its value is a megabyte.
struct SampleText: Sendable, CustomTestStringConvertible {
    let label: String
    let value: String
    var testDescription: String { label }

    static let all: [SampleText] = [
        SampleText(label: "SQL injection", value: "'; DROP TABLE items; --"),
        SampleText(label: "quotes and backslashes", value: "O'Reilly \"quoted\" \\backslash\\"),
        SampleText(label: "placeholders", value: "$1 $2 ? :name"),
        SampleText(label: "empty", value: ""),
        SampleText(label: "Korean", value: "과학기술정보통신부 공고 제2026-0876호"),
        SampleText(label: "emoji", value: "emoji 🚀👩‍🔬 and 한글 mixed"),
        SampleText(label: "control characters", value: "tab\tnew\nline\rreturn"),
        SampleText(label: "1.2 MB of Korean", value: String(repeating: "긴 텍스트 ", count: 200_000)),
    ]
}

@Suite("Binding values round-trip through real PostgreSQL")
struct BindingTests {
    @Test("text values that would break spliced SQL come back unchanged", arguments: SampleText.all)
    func textRoundTrip(sample: SampleText) async throws {
        let value = sample.value
        try await TestDatabase.withSchema { db, _ in
            try await db.query("CREATE TABLE items (id int PRIMARY KEY, body text)")
            try await db.query("INSERT INTO items VALUES (1, \(value))")
            let rows = try await db.query("SELECT body, length(body) AS n FROM items WHERE body = \(value)")
            #expect(rows.count == 1)
            #expect(try rows[0].decode(String.self, "body") == value)
            // PostgreSQL's length() counts code points, not grapheme clusters.
            #expect(try rows[0].decode(Int.self, "n") == value.unicodeScalars.count)
            // The table survived the injection attempt.
            #expect(try await db.query("SELECT count(*) FROM items")[0].decode(Int.self, at: 0) == 1)
        }
    }

    @Test("NULL binds and decodes as nil; reading it as non-optional names the column")
    func nulls() async throws {
        try await TestDatabase.withSchema { db, _ in
            let missing: String? = nil
            let absentNumber: Int? = nil
            let rows = try await db.query("SELECT \(missing)::text AS title, \(absentNumber) AS budget")
            #expect(try rows[0].decode(String?.self, "title") == nil)
            #expect(try rows[0].decode(Int?.self, "budget") == nil)
            let error = try #require(throws: PostgresError.self) { try rows[0].decode(String.self, "title") }
            #expect(error.code == .decoding)
            #expect(error.description.contains("title"))
        }
    }

    @Test("a NUL character in a parameter is refused, not silently truncated")
    func nulCharacter() async throws {
        try await TestDatabase.withSchema { db, _ in
            let value = "before\u{0}after"
            let error = await #expect(throws: PostgresError.self) { try await db.query("SELECT \(value)") }
            #expect(error?.code == .invalidParameter)
            #expect(error?.message.contains("$1") == true)
        }
    }

    @Test("numbers, booleans and UUIDs keep their values")
    func scalars() async throws {
        try await TestDatabase.withSchema { db, _ in
            let id = UUID()
            let big = Int.max
            let rows = try await db.query(
                """
                SELECT \(big) AS big, \(Int32(-7)) AS small, \(true) AS yes, \(2.5e-7) AS ratio,
                       \(Double.infinity) AS inf, \(id) AS id, \(Int16(12)) + 1 AS sum
                """)
            let row = rows[0]
            #expect(try row.decode(Int.self, "big") == Int.max)
            #expect(try row.decode(Int32.self, "small") == -7)
            #expect(try row.decode(Bool.self, "yes"))
            #expect(try row.decode(Double.self, "ratio") == 2.5e-7)
            #expect(try row.decode(Double.self, "inf") == .infinity)
            #expect(try row.decode(UUID.self, "id") == id)
            #expect(try row.decode(Int.self, "sum") == 13)
        }
    }

    @Test("bytea carries every byte value")
    func bytea() async throws {
        try await TestDatabase.withSchema { db, _ in
            let bytes = Data((0...255).map(UInt8.init) + [0, 0, 92, 120])
            try await db.query("CREATE TABLE blobs (data bytea)")
            try await db.query("INSERT INTO blobs VALUES (\(bytes))")
            let rows = try await db.query("SELECT data, octet_length(data) AS n FROM blobs")
            #expect(try rows[0].decode(Data.self, "data") == bytes)
            #expect(try rows[0].decode(Int.self, "n") == 260)
        }
    }

    @Test("timestamptz keeps the instant whatever the session time zone")
    func timestamps() async throws {
        try await TestDatabase.withSchema { db, _ in
            // 2026-03-31 18:00 KST, with microseconds; and a date before 1970.
            let closing = Date(timeIntervalSince1970: 1_774_947_600.123456)
            let old = Date(timeIntervalSince1970: -1_000_000_000.5)
            try await db.transaction { tx in
                try await tx.query("SET LOCAL TIME ZONE 'Asia/Seoul'")
                let rows = try await tx.query(
                    """
                    SELECT \(closing) AS closing, \(old) AS old,
                           to_char(\(closing) AT TIME ZONE 'Asia/Seoul', 'YYYY-MM-DD HH24:MI') AS kst,
                           '2026-03-31 18:00:00+09'::timestamptz AS literal
                    """)
                let row = rows[0]
                let decoded = try row.decode(Date.self, "closing")
                #expect(abs(decoded.timeIntervalSince1970 - closing.timeIntervalSince1970) < 0.000_001)
                #expect(try row.decode(Date.self, "old") == old)
                #expect(try row.decode(String.self, "kst") == "2026-03-31 18:00")
                #expect(try row.decode(Date.self, "literal") == Date(timeIntervalSince1970: 1_774_947_600))
            }
        }
    }

    @Test("arrays of text and integers, including quotes, commas, braces and the word NULL")
    func arrays() async throws {
        try await TestDatabase.withSchema { db, _ in
            let words = ["중소기업", "a,b", "{brace}", "quote\"d", "back\\slash", "NULL", "", " spaced "]
            let numbers = [1, -2, 300_000_000_000]
            try await db.query("CREATE TABLE tagged (tags text[], ids bigint[])")
            try await db.query("INSERT INTO tagged VALUES (\(words), \(numbers))")
            let rows = try await db.query(
                "SELECT tags, ids, cardinality(tags) AS n FROM tagged WHERE \("NULL") = ANY(tags)")
            #expect(try rows[0].decode([String].self, "tags") == words)
            #expect(try rows[0].decode([Int].self, "ids") == numbers)
            #expect(try rows[0].decode(Int.self, "n") == words.count)
            let withNull = try await db.query("SELECT ARRAY['a', NULL]::text[] AS a")
            #expect(throws: PostgresError.self) { try withNull[0].decode([String].self, "a") }
        }
    }

    @Test("JSON binds as jsonb and can be queried on the server")
    func json() async throws {
        struct Contact: Encodable { let name: String; let phone: String }
        try await TestDatabase.withSchema { db, _ in
            let contact = try PostgresJSON(encoding: Contact(name: "홍길동 책임", phone: "042-860-1234"))
            try await db.query("CREATE TABLE contacts (data jsonb)")
            try await db.query("INSERT INTO contacts VALUES (\(contact))")
            let rows = try await db.query("SELECT data->>'name' AS name, data FROM contacts")
            #expect(try rows[0].decode(String.self, "name") == "홍길동 책임")
            #expect(try rows[0].decode(PostgresJSON.self, "data").text.contains("042-860-1234"))
        }
    }

    @Test("identifiers are quoted, so odd names work and cannot inject")
    func identifiers() async throws {
        try await TestDatabase.withSchema { db, _ in
            let table = "weird \"name\"; DROP"
            try await db.query("CREATE TABLE \(identifier: table) (v int)")
            try await db.query("INSERT INTO \(identifier: table) VALUES (\(1))")
            #expect(try await db.query("SELECT v FROM \(identifier: table)")[0].decode(Int.self, "v") == 1)
        }
    }
}
