import Foundation

/// URLs as the sites write them, made absolute and canonical: `;jsessionid=…` removed, HTML-escaped `&amp;`
/// undone, paging and empty search parameters dropped, so one page has one URL.
public enum URLText {
    /// `href` resolved against the page URL.
    public static func absolute(_ href: String, base: String) -> String? {
        let cleaned = href.replacingOccurrences(of: "&amp;", with: "&").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !cleaned.isEmpty, !cleaned.lowercased().hasPrefix("javascript:"), cleaned != "#" else { return nil }
        guard let baseURL = URL(string: base), let resolved = URL(string: cleaned, relativeTo: baseURL) else {
            return nil
        }
        return resolved.absoluteString
    }

    /// Without `;jsessionid=…` (a servlet session id in the path).
    public static func strippingSessionID(_ url: String) -> String {
        guard let range = url.range(of: ";jsessionid=", options: .caseInsensitive) else { return url }
        let rest = url[range.upperBound...]
        let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" || $0 == "/" }) ?? rest.endIndex
        return String(url[..<range.lowerBound]) + String(rest[end...])
    }

    /// Canonical: no session id, no empty parameters, none of `dropping` (paging, search state).
    public static func canonical(_ url: String, dropping: Set<String> = ["pageIndex", "cPage", "page"]) -> String {
        let stripped = strippingSessionID(url)
        guard var components = URLComponents(string: stripped) else { return stripped }
        let items = (components.queryItems ?? []).filter { item in
            !(item.value ?? "").isEmpty && !dropping.contains(item.name)
        }
        components.queryItems = items.isEmpty ? nil : items
        return components.string ?? stripped
    }
}

/// Arguments of a JavaScript call in an `onclick` or `href`: `f_detail('I18835','2026')` → ["I18835", "2026"],
/// `post_to_url('/common/anno/02/form.tab?PMS_TSK_PBNC_ID=PBD2026…','post')` → [url, "post"].
public enum ScriptCall {
    public static func arguments(of function: String? = nil, in text: String) -> [String]? {
        var searchFrom = text.startIndex
        if let function {
            guard let range = text.range(of: function + "(") else { return nil }
            searchFrom = range.upperBound
        } else {
            guard let open = text.firstIndex(of: "(") else { return nil }
            searchFrom = text.index(after: open)
        }
        var arguments: [String] = []
        var current = ""
        var quote: Character?
        var index = searchFrom
        while index < text.endIndex {
            let character = text[index]
            if let active = quote {
                if character == "\\" {
                    index = text.index(after: index)
                    if index < text.endIndex { current.append(text[index]) }
                } else if character == active {
                    quote = nil
                } else {
                    current.append(character)
                }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "," {
                arguments.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else if character == ")" {
                arguments.append(current.trimmingCharacters(in: .whitespaces))
                return arguments.count == 1 && arguments[0].isEmpty ? [] : arguments
            } else {
                current.append(character)
            }
            index = text.index(after: index)
        }
        return nil
    }
}
