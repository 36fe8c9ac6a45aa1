import Testing

@testable import Organizations

@Suite("RFC 4180 records")
struct CSVReaderTests {
    @Test("quoted fields keep commas, line breaks and doubled quotes; records start on their physical line")
    func quotedFields() throws {
        let text = "a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",z\n3,,\n"
        let records = try CSVReader.records(in: text)
        #expect(records.map(\.line) == [1, 2, 3, 5])
        #expect(records[1].fields == ["1", "x, y", "say \"hi\""])
        #expect(records[2].fields == ["2", "two\nlines", "z"])
        #expect(records[3].fields == ["3", "", ""])
    }

    @Test("a UTF-8 BOM is dropped, CRLF ends records, blank lines are skipped, the last line needs no break")
    func bomAndCRLF() throws {
        let text = "\u{FEFF}name,type\r\n한빛,company\r\n\r\n\"멀티\r\n라인\",university"
        let records = try CSVReader.records(in: text)
        #expect(records.map(\.fields) == [["name", "type"], ["한빛", "company"], ["멀티\r\n라인", "university"]])
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test("an unclosed quote names the line it opened on; a stray quote names its line")
    func syntaxErrors() {
        #expect(throws: CSVReader.SyntaxError(line: 2, message: "a quoted field is never closed")) {
            try CSVReader.records(in: "a,b\n1,\"open\n\n")
        }
        #expect(throws: CSVReader.SyntaxError.self) { try CSVReader.records(in: "a,b\n1,x\"y\n") }
        #expect(throws: CSVReader.SyntaxError.self) { try CSVReader.records(in: "a,b\n\"1\"x,2\n") }
    }
}
