/// RFC 4180 records with the physical line each starts on: quoted fields may hold commas, line breaks and doubled
/// quotes; a UTF-8 BOM is dropped; CRLF, LF and CR all end a record. Works on Unicode scalars, because Swift's
/// `Character` folds `\r\n` into one and would hide the line count.
enum CSVReader {
    /// One record: its fields and the line (1-based) it starts on.
    struct Record: Equatable {
        var line: Int
        var fields: [String]
    }

    /// A syntax error: the line it was found on and what is wrong.
    struct SyntaxError: Error, Equatable {
        var line: Int
        var message: String
    }

    /// Every record of `text`; records that are entirely empty (blank lines) are skipped.
    static func records(in text: String) throws(SyntaxError) -> [Record] {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var index = scalars.startIndex

        func endRecord() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []
        }

        while index < scalars.endIndex {
            let scalar = scalars[index]
            switch scalar {
            case "\"" where field.isEmpty:
                let quoteLine = line
                index = scalars.index(after: index)
                var closed = false
                while index < scalars.endIndex {
                    let inner = scalars[index]
                    if inner == "\"" {
                        let next = scalars.index(after: index)
                        if next < scalars.endIndex, scalars[next] == "\"" {
                            field.append("\"")
                            index = scalars.index(after: next)
                            continue
                        }
                        index = next
                        closed = true
                        break
                    }
                    if inner == "\n" || (inner == "\r" && !Self.isCRLF(scalars, at: index)) { line += 1 }
                    field.append(inner)
                    index = scalars.index(after: index)
                }
                guard closed else {
                    throw SyntaxError(line: quoteLine, message: "a quoted field is never closed")
                }
                if index < scalars.endIndex, !",\r\n".unicodeScalars.contains(scalars[index]) {
                    throw SyntaxError(line: line, message: "text after a closing quote (write a quote as \"\")")
                }
                continue
            case "\"":
                throw SyntaxError(line: line, message: "a quote inside an unquoted field (quote the whole field)")
            case ",":
                fields.append(String(field))
                field = String.UnicodeScalarView()
            case "\r", "\n":
                if scalar == "\r", Self.isCRLF(scalars, at: index) { index = scalars.index(after: index) }
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(scalar)
            }
            index = scalars.index(after: index)
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }

    private static func isCRLF(_ scalars: Substring.UnicodeScalarView, at index: Substring.UnicodeScalarView.Index)
        -> Bool
    {
        let next = scalars.index(after: index)
        return scalars[index] == "\r" && next < scalars.endIndex && scalars[next] == "\n"
    }
}
