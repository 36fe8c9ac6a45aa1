import Foundation

/// 문의처: 담당부서, 사업담당자 and 연락처 are labels of `ul.head` (only the detail page has them); the e-mail address
/// appears only in the body's 문의처 paragraph.
extension IRISDetailParser {
    static func contact(_ labels: [String: String], body: String?) -> Contact? {
        let contact = Contact(
            department: value(labels["담당부서"]), name: value(labels["사업담당자"]), phone: value(labels["연락처"]),
            email: body.flatMap { inquiryEmail(in: $0) })
        if contact.department == nil, contact.name == nil, contact.phone == nil, contact.email == nil { return nil }
        return contact
    }

    /// The first e-mail address on or after the body's first 문의 line (`Ⅳ. 문의처`, `3. 문의 : …`), so an address
    /// quoted elsewhere in the text (a submission mailbox, a partner) is not taken for the contact's.
    ///
    /// Foundation's search and `emailPattern` bridge the whole body to UTF-16 and cost more than reading the rest of
    /// the page; where every character is one scalar (no composed forms for Foundation to find equivalent), the same
    /// answer is read from the UTF-8 bytes. `byFoundation` forces the Foundation path (tests compare the two).
    static func inquiryEmail(in body: String, byFoundation: Bool = false) -> String? {
        guard !byFoundation, body.hasSingleScalarCharacters else {
            guard let start = body.range(of: "문의") else { return nil }
            let tail = body[lineStart(before: start.lowerBound, in: body)...]
            guard let match = tail.range(of: emailPattern, options: .regularExpression) else { return nil }
            return String(tail[match])
        }
        guard let start = body.rangeOfText("문의") else { return nil }
        let tail = body[lineStart(before: start.lowerBound, in: body)...]
        return firstEmail(in: tail)
    }

    private static func lineStart(before index: String.Index, in body: String) -> String.Index {
        body[..<index].lastIndex(of: "\n").map { body.index(after: $0) } ?? body.startIndex
    }

    static let emailPattern = "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+"

    /// The leftmost match of `emailPattern`, read byte by byte: the local part is the run of its characters right
    /// before an `@` (runs cannot cross an `@`, so the first `@` with a non-empty run and a dotted domain after it
    /// starts the leftmost match); the domain takes labels greedily, as the pattern does.
    static func firstEmail(in text: Substring) -> String? {
        let bytes = Array(text.utf8)
        var runStart = 0
        for index in bytes.indices {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "@") else {
                if !isLocal(byte) { runStart = index + 1 }
                continue
            }
            defer { runStart = index + 1 }
            guard runStart < index, let end = domainEnd(bytes, from: index + 1) else { continue }
            return String(decoding: bytes[runStart..<end], as: UTF8.self)
        }
        return nil
    }

    /// The end of `[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+` starting at `start`, nil when it does not match there.
    private static func domainEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index < bytes.count, isLabel(bytes[index]) { index += 1 }
        guard index > start else { return nil }
        var end: Int?
        while index + 1 < bytes.count, bytes[index] == UInt8(ascii: "."), isLabel(bytes[index + 1]) {
            index += 1
            while index < bytes.count, isLabel(bytes[index]) { index += 1 }
            end = index
        }
        return end
    }

    private static func isLabel(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    private static func isLocal(_ byte: UInt8) -> Bool {
        isLabel(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "%")
            || byte == UInt8(ascii: "+")
    }
}
