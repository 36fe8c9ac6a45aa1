import Foundation

/// URLs as the sites write them, made absolute and canonical: `;jsessionid=…` removed, HTML-escaped `&amp;`
/// undone, paging and empty search parameters dropped, so one page has one URL.
public enum URLText {
    /// `href` resolved against the page URL.
    public static func absolute(_ href: String, base: String) -> String? {
        let cleaned = href.unescapingAmpersands().trimmingSpacesAndNewlines()
        guard !cleaned.isEmpty, !isScript(cleaned), cleaned != "#" else { return nil }
        if let resolved = plainResolution(cleaned, base: base) { return resolved }
        return foundationResolution(cleaned, base: base)
    }

    /// Whether the link starts with `javascript:` in any case (compared byte by byte: no other character lower-cases
    /// to one of its letters, so this is what lower-casing the whole link and comparing would say).
    static func isScript(_ href: String) -> Bool {
        let scheme = "javascript:".utf8
        return href.utf8.count >= scheme.count
            && zip(href.utf8, scheme).allSatisfy { byte, expected in
                (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte) == expected
            }
    }

    /// RFC 3986 resolution by Foundation: relative paths, dot segments, characters that need escaping.
    static func foundationResolution(_ href: String, base: String) -> String? {
        guard let baseURL = URL(string: base), let resolved = URL(string: href, relativeTo: baseURL) else { return nil }
        return resolved.absoluteString
    }

    /// What nearly every link is, resolved without Foundation (whose `URL` costs more than the rest of reading a
    /// list row): an `http(s)://` URL or a root-relative path (`/board/view.do?…`), in characters that need no
    /// escaping and with no dot segment. Such a link resolves to itself, or to the base's origin followed by it.
    /// Anything else is nil and left to Foundation.
    static func plainResolution(_ href: String, base: String) -> String? {
        guard isPlain(href), !href.containsText("/.") else { return nil }
        if href.hasPrefix("https://") || href.hasPrefix("http://") {
            let authority = href.drop { $0 != "/" }.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            return authority.isEmpty ? nil : href
        }
        guard href.hasPrefix("/"), !href.hasPrefix("//"), isPlain(base) else { return nil }
        guard base.hasPrefix("https://") || base.hasPrefix("http://") else { return nil }
        let afterScheme = base.drop { $0 != "/" }.dropFirst(2)
        let authority = afterScheme.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !authority.isEmpty else { return nil }
        return String(base[..<authority.endIndex]) + href
    }

    /// ASCII letters, digits and the URL punctuation that stays as written (`%` only before two hex digits).
    static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for (index, byte) in bytes.enumerated() {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"):
                    continue
                case UInt8(ascii: "%"):
                    guard index + 2 < bytes.count, bytes[index + 1].isHexDigit, bytes[index + 2].isHexDigit else {
                        return false
                    }
                default:
                    guard byte < 0x80, plainPunctuation[Int(byte)] else { return false }
                }
            }
            return true
        }
    }

    /// The punctuation of `isPlain`, as a table by byte: looked up for every such byte of every link.
    private static let plainPunctuation: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for byte in "-._~:/?#@!$&'()*+,;=".utf8 { table[Int(byte)] = true }
        return table
    }()

    /// Without `;jsessionid=…` (a servlet session id in the path).
    public static func strippingSessionID(_ url: String) -> String {
        // Without a `;` there is no `;jsessionid=`: most URLs are answered without Foundation's case-folding search.
        guard url.utf8.contains(UInt8(ascii: ";")), let range = url.range(of: ";jsessionid=", options: .caseInsensitive)
        else { return url }
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
            guard let range = text.rangeOfText(function + "(") else { return nil }
            searchFrom = range.upperBound
        } else {
            guard let open = text.firstIndex(of: "(") else { return nil }
            searchFrom = text.index(after: open)
        }
        let rest = text[searchFrom...]
        // Scalar by scalar where each character is one (nearly every script call is ASCII): the same split, without
        // breaking the text into characters.
        if rest.hasSingleScalarCharacters {
            return split(rest.unicodeScalars) { $0.unicodeScalars.append($1) }
        }
        return split(rest) { $0.append($1) }
    }

    /// The arguments up to the closing parenthesis: quoted strings (with `\` escapes) and bare words, trimmed.
    private static func split<Units: Collection>(
        _ units: Units, append: (inout String, Units.Element) -> Void
    ) -> [String]? where Units.Element: Equatable & ExpressibleByUnicodeScalarLiteral {
        var arguments: [String] = []
        var current = ""
        var quote: Units.Element?
        var index = units.startIndex
        while index < units.endIndex {
            let unit = units[index]
            if let active = quote {
                if unit == "\\" {
                    index = units.index(after: index)
                    if index < units.endIndex { append(&current, units[index]) }
                } else if unit == active {
                    quote = nil
                } else {
                    append(&current, unit)
                }
            } else if unit == "'" || unit == "\"" {
                quote = unit
            } else if unit == "," {
                arguments.append(current.trimmingSpaces())
                current = ""
            } else if unit == ")" {
                arguments.append(current.trimmingSpaces())
                return arguments.count == 1 && arguments[0].isEmpty ? [] : arguments
            } else {
                append(&current, unit)
            }
            index = units.index(after: index)
        }
        return nil
    }
}

extension UInt8 {
    fileprivate var isHexDigit: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
    }
}
