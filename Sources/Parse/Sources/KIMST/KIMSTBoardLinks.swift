import Foundation

/// The ids and URLs of KIMST's boards. Rows link with a relative query string (`?type=view&bno=153421765146331&
/// searchDiv=&searchKeyword=`, raw `&`) or, on the 사업공고 board, with an absolute IRIS URL (`…retrieveBsnsAncmView.do
/// ?ancmId=026199&ancmPrg=ancmPre`); a script call (`fnView('…')`) is read too, so a board that moves its links into
/// `onclick` still gives ids.
enum KIMSTBoardLinks {
    /// The value of query parameter `name` in an `href` as written (relative or absolute, `&amp;` or `&`).
    static func queryValue(_ name: String, in href: String) -> String? {
        let cleaned = href.unescapingAmpersands().trimmingSpacesAndNewlines()
        guard let mark = cleaned.firstIndex(of: "?") else { return nil }
        let query = cleaned[cleaned.index(after: mark)...].prefix { $0 != "#" }
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0] == name else { continue }
            let value = String(parts[1]).removingPercentEncoding ?? String(parts[1])
            let trimmed = value.trimmingSpaces()
            return trimmed.isEmpty ? nil : trimmed
        }
        return nil
    }

    /// The id a board link carries: the query parameter `name` of its `href`, else the first argument of a script
    /// call in its `href` or `onclick` that looks like an id (at least 4 digits: `void(0)` and `fnPage(2)` are not).
    static func id(parameter name: String, href: String?, onclick: String?) -> String? {
        if let href, let value = queryValue(name, in: href) { return value }
        for script in [onclick, href].compactMap({ $0 }) {
            let arguments = ScriptCall.arguments(in: script) ?? []
            if let digits = arguments.first(where: { $0.count >= 4 && isDigits($0) }) { return digits }
        }
        return nil
    }

    /// A non-empty run of ASCII digits (a bno or an ancmId).
    static func isDigits(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The canonical article URL of `bno` on the board `pageURL` belongs to: `board.do?type=view&bno=…`, without the
    /// empty search parameters and the page number the board's own links carry.
    static func article(bno: String, pageURL: String) -> String {
        var components =
            URLComponents(string: URLText.strippingSessionID(pageURL))
            ?? URLComponents(string: "https://www.kimst.re.kr/u/news/notice_01/board.do")
        components?.fragment = nil
        components?.queryItems = [URLQueryItem(name: "type", value: "view"), URLQueryItem(name: "bno", value: bno)]
        return components?.string ?? "https://www.kimst.re.kr/u/news/notice_01/board.do?type=view&bno=\(bno)"
    }

    /// The extension of a file name (`….hwp` → `hwp`), lower-cased; empty when it has none.
    static func fileType(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), name.index(after: dot) < name.endIndex else { return "" }
        let type = name[name.index(after: dot)...].lowercased()
        return type.allSatisfy { $0.isLetter || $0.isNumber } ? type : ""
    }
}
