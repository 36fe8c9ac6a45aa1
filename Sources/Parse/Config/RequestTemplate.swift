/// The `{name}` placeholders of a source's URL and parameters: one grammar for the checker (at load time) and for
/// `SourceConfig.request(page:values:)` (at fetch time), so what `agencies check` accepts is what renders.
enum RequestTemplate {
    /// A piece of a template: literal text or a placeholder's name.
    enum Piece: Equatable {
        case text(String)
        case placeholder(String)
    }

    /// The only placeholder a list request has: the page number, from `[sources.paging]`.
    static let page = "page"

    /// What a list parser puts in a row's context for its detail request, and so what a detail source's URL and
    /// parameters may name. These names are written by parsers (`KEITItechFollowUp`: `ancm_id`, `year`; the SMTECH
    /// list: the link's own `ancmId`, `buclCd`, `dtlAncmSn`), so they are listed in code: a misspelt `{ancmid}` in an
    /// agency file is caught by `agencies check` instead of failing every detail request.
    static let rowValues: Set<String> = ["id", "tab", "year", "ancm_id", "ancmId", "buclCd", "dtlAncmSn"]

    /// The placeholders a source of `kind` may use.
    static func known(for kind: SourceConfig.Kind) -> Set<String> {
        kind.isList ? [page] : rowValues
    }

    /// `…/page/{page}` → [.text("…/page/"), .placeholder("page")]; nil when a brace does not open a well-formed
    /// placeholder (`{`, `{}`, `{a-b}`, a lone `}`), which would otherwise be sent to the site as is.
    static func pieces(_ template: String) -> [Piece]? {
        var pieces: [Piece] = []
        var text = ""
        var rest = Substring(template)
        while let character = rest.first {
            rest = rest.dropFirst()
            if character == "}" { return nil }
            guard character == "{" else {
                text.append(character)
                continue
            }
            guard let close = rest.firstIndex(of: "}") else { return nil }
            let name = String(rest[..<close])
            guard isName(name) else { return nil }
            if !text.isEmpty { pieces.append(.text(text)) }
            text = ""
            pieces.append(.placeholder(name))
            rest = rest[rest.index(after: close)...]
        }
        if !text.isEmpty { pieces.append(.text(text)) }
        return pieces
    }

    /// The placeholder names in `template`, in order; nil when it is malformed.
    static func names(in template: String) -> [String]? {
        pieces(template)?.compactMap { piece in
            if case .placeholder(let name) = piece { name } else { nil }
        }
    }

    /// Whether `text` has any brace at all (placeholders are rendered only in `url` and `params`).
    static func mentionsPlaceholder(_ text: String) -> Bool {
        text.contains("{") || text.contains("}")
    }

    /// A name is ASCII letters, digits and `_`, not starting with a digit.
    private static func isName(_ name: String) -> Bool {
        guard let first = name.first, !first.isNumber else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }
}
