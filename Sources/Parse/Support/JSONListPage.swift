import Foundation

/// A JSON list endpoint's answer (IRIS `{"listBsnsAncmBtinSitu": […]}`, itech `{"list": […]}`) read with the source's
/// key-path rules. A JSON object without the list is a failure naming the rule — an error page when it carries an
/// error message under one of `errorKeys`, a layout change otherwise — never an empty list. An empty list that
/// `paginationInfo` says should hold rows is a layout change too (`checkNotWronglyEmpty`).
struct JSONListPage {
    let page: FetchedPage
    let source: SourceConfig
    let root: [String: Any]
    /// The rows under the `rows` key path (none on a page past the last one).
    let rows: [[String: Any]]

    /// `body`: the page's bytes, already trimmed and checked to be JSON-looking by the caller.
    /// `errorKeys`: where the site puts an error message, tried after the source's `error_message` rule.
    init(_ page: FetchedPage, source: SourceConfig, body: ArraySlice<UInt8>, errorKeys: [String] = [])
        throws(ParseFailure)
    {
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
            if let message = Self.errorMessage(in: root, source: source, errorKeys: errorKeys) {
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
        let text: String?
        switch JSONKeyPath.resolve(path, in: row ?? root) {
        case let string as String: text = string
        case let number as NSNumber: text = number.stringValue
        default: text = nil
        }
        return text.map { $0.trimmingSpacesAndNewlines() }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The integer value of rule `name` in the whole answer (`paginationInfo.totalPageCount`).
    func integer(_ name: String) -> Int? {
        text(name).flatMap { Int($0) }
    }

    /// An empty list is the page past the last one — unless `paginationInfo` (rules `current_page`, `page_count`,
    /// `total_count`) says this page should hold rows.
    func checkNotWronglyEmpty() throws(ParseFailure) {
        guard rows.isEmpty, let current = integer("current_page"), let pages = integer("page_count"),
            let total = integer("total_count"), total > 0, current <= pages
        else { return }
        throw ParseFailure(
            code: .layoutChanged, source: source.id, url: page.url, selector: "rows = \(source.rules["rows"] ?? "")",
            message: "no rows although paginationInfo says page \(current) of \(pages) (\(total) announcements)")
    }

    /// The message of an error answer: the text under the `error_message` rule, else under the first of `errorKeys`
    /// that holds text (`"error": true` is a flag, not the message).
    static func errorMessage(in root: [String: Any], source: SourceConfig, errorKeys: [String]) -> String? {
        let paths = (source.rules["error_message"].map { [$0] } ?? []) + errorKeys
        for path in paths {
            let message = (JSONKeyPath.resolve(path, in: root) as? String)?.trimmingCharacters(
                in: .whitespacesAndNewlines)
            if let message, !message.isEmpty { return message }
        }
        return nil
    }
}
