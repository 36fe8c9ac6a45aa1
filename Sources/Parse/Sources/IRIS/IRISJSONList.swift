import Foundation
import HTMLQuery

/// The IRIS list API's answer (`{"listBsnsAncmBtinSitu": […], "paginationInfo": {…}}`) read with the source's key-path
/// rules. Anything else on that endpoint — an empty body, an HTML error or login page, JSON without the list — is a
/// failure naming the source, the URL and the rule, never an empty list.
struct IRISJSONList {
    let page: FetchedPage
    let source: SourceConfig
    let root: [String: Any]
    /// The rows under the `rows` key path (possibly none: a page past the last one).
    let rows: [[String: Any]]

    init(_ page: FetchedPage, source: SourceConfig) throws(ParseFailure) {
        self.page = page
        self.source = source
        let body = Self.content(of: page.bytes)
        guard !body.isEmpty else {
            throw ParseFailure(
                code: .wrongContent, source: source.id, url: page.url,
                message: "an empty body where the JSON announcement list was expected")
        }
        if body.first == UInt8(ascii: "<") {
            throw ParseFailure(
                code: .wrongContent, source: source.id, url: page.url,
                message: "an HTML page\(Self.htmlTitle(page).map { " (\"\($0)\")" } ?? "") where the JSON "
                    + "announcement list was expected: an error, login or block page")
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(body))
        } catch {
            throw ParseFailure(
                code: .malformed, source: source.id, url: page.url,
                message: "the body is not JSON: \(error.localizedDescription)")
        }
        guard let root = object as? [String: Any] else {
            throw ParseFailure(
                code: .wrongContent, source: source.id, url: page.url,
                message: "the JSON is not an object, so not the announcement list")
        }
        self.root = root
        let rowsPath = source.rules["rows"] ?? ""
        guard let rows = JSONKeyPath.resolve(rowsPath, in: root) as? [Any] else {
            throw ParseFailure(
                code: .layoutChanged, source: source.id, url: page.url, selector: "rows = \(rowsPath)",
                message: "the JSON has no list there (top-level keys: \(root.keys.sorted().joined(separator: ", ")))")
        }
        self.rows = rows.compactMap { $0 as? [String: Any] }
        guard self.rows.count == rows.count else {
            throw ParseFailure(
                code: .layoutChanged, source: source.id, url: page.url, selector: "rows = \(rowsPath)",
                message: "the list holds values that are not objects")
        }
    }

    /// The trimmed text of rule `name` in `row` (or in the whole answer when `row` is nil); nil when the rule is
    /// absent, the key is missing or null, or the value is empty.
    func text(_ name: String, in row: [String: Any]? = nil) -> String? {
        guard let path = source.rules[name] else { return nil }
        let value = JSONKeyPath.resolve(path, in: row ?? root)
        let text: String?
        switch value {
        case let string as String: text = string
        case let number as NSNumber: text = number.stringValue
        default: text = nil
        }
        return text.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The integer value of rule `name` in the whole answer (`paginationInfo.totalPageCount`).
    func integer(_ name: String) -> Int? {
        text(name).flatMap { Int($0) }
    }

    /// The bytes without a UTF-8 byte order mark and surrounding whitespace.
    private static func content(of bytes: [UInt8]) -> ArraySlice<UInt8> {
        var slice = bytes[...]
        if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        while let first = slice.first, isSpace(first) { slice = slice.dropFirst() }
        while let last = slice.last, isSpace(last) { slice = slice.dropLast() }
        return slice
    }

    /// The `<title>` of an HTML page served in place of the JSON, for the failure message.
    private static func htmlTitle(_ page: FetchedPage) -> String? {
        guard let document = try? HTMLDocument(bytes: page.bytes, url: page.url, declaredCharset: page.declaredCharset)
        else { return nil }
        return (try? document.text("//title")).flatMap { $0 }.flatMap { $0.isEmpty ? nil : $0 }
    }
}
