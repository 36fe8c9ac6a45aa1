import Foundation

/// 문의처: 담당부서, 사업담당자 and 연락처 are labels of `ul.head` (only the detail page has them); the e-mail address
/// appears only in the body's 문의처 paragraph.
extension IRISDetailParser {
    static func contact(_ labels: [String: String], body: String?) -> Contact? {
        let contact = Contact(
            department: value(labels["담당부서"]), name: value(labels["사업담당자"]), phone: value(labels["연락처"]),
            email: body.flatMap(inquiryEmail))
        if contact.department == nil, contact.name == nil, contact.phone == nil, contact.email == nil { return nil }
        return contact
    }

    /// The first e-mail address on or after the body's first 문의 line (`Ⅳ. 문의처`, `3. 문의 : …`), so an address
    /// quoted elsewhere in the text (a submission mailbox, a partner) is not taken for the contact's.
    static func inquiryEmail(in body: String) -> String? {
        guard let start = body.range(of: "문의") else { return nil }
        let lineStart = body[..<start.lowerBound].lastIndex(of: "\n").map { body.index(after: $0) } ?? body.startIndex
        let tail = body[lineStart...]
        guard let match = tail.range(of: emailPattern, options: .regularExpression) else { return nil }
        return String(tail[match])
    }

    static let emailPattern = "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+"
}
