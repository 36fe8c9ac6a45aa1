import Foundation

/// itech's JSON list answer (`{"paginationInfo": {…}, "list": […]}`) read with the source's key-path rules. A JSON
/// object without the list is a failure naming the rule — an error page when it carries a message (eGovFrame
/// controllers answer `{"message": …}`-style objects on a bad request or an expired session), a layout change
/// otherwise — never an empty list.
struct KEITItechJSONList {
    let page: FetchedPage
    let source: SourceConfig
    let root: [String: Any]
    /// The rows under the `rows` key path (none on the page past the last one).
    let rows: [[String: Any]]

    /// Keys an error answer puts its message under, tried after the `error_message` rule.
    static let errorKeys = ["errorMessage", "errorMsg", "errMsg", "message", "resultMsg", "msg", "error"]

    init(_ page: FetchedPage, source: SourceConfig, body: ArraySlice<UInt8>) throws(ParseFailure) {
        self.page = page
        self.source = source
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
        guard let list = JSONKeyPath.resolve(rowsPath, in: root) as? [Any] else {
            if let message = Self.errorMessage(in: root, source: source) {
                throw ParseFailure(
                    code: .errorPage, source: source.id, url: page.url, selector: "rows = \(rowsPath)",
                    message: "the site answered an error instead of the list: \(message)")
            }
            throw ParseFailure(
                code: .layoutChanged, source: source.id, url: page.url, selector: "rows = \(rowsPath)",
                message: "the JSON has no list there (top-level keys: \(root.keys.sorted().joined(separator: ", ")))")
        }
        rows = list.compactMap { $0 as? [String: Any] }
        guard rows.count == list.count else {
            throw ParseFailure(
                code: .layoutChanged, source: source.id, url: page.url, selector: "rows = \(rowsPath)",
                message: "the list holds values that are not objects")
        }
    }

    /// The trimmed text of rule `name` in `row` (in the whole answer when `row` is nil); nil when the rule is absent,
    /// the key missing or null, or the value empty.
    func text(_ name: String, in row: [String: Any]? = nil) -> String? {
        guard let path = source.rules[name] else { return nil }
        return Self.string(JSONKeyPath.resolve(path, in: row ?? root))
    }

    /// The integer value of rule `name` in the whole answer (`paginationInfo.totalPageCount`).
    func integer(_ name: String) -> Int? {
        text(name).flatMap { Int($0) }
    }

    /// The message of an error answer: the text under the `error_message` rule, else under the first of
    /// `errorKeys` that holds text (`"error": true` is a flag, not the message).
    static func errorMessage(in root: [String: Any], source: SourceConfig) -> String? {
        let paths = (source.rules["error_message"].map { [$0] } ?? []) + errorKeys
        for path in paths {
            let message = (JSONKeyPath.resolve(path, in: root) as? String)?
                .trimmingCharacters(in: .whitespacesAndNewlines)
            if let message, !message.isEmpty { return message }
        }
        return nil
    }

    private static func string(_ value: Any?) -> String? {
        let text: String?
        switch value {
        case let string as String: text = string
        case let number as NSNumber: text = number.stringValue
        default: text = nil
        }
        return text.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
    }
}
