import CXMLFacade

/// One parsed HTML page: decodes the bytes (BOM, HTTP header, `<meta>`, sniffing; EUC-KR read as CP949), parses
/// them with libxml2's recovering HTML parser and answers XPath queries. It owns the libxml2 document, which is
/// freed when the last reference (including every ``HTMLNode`` taken from it) goes away.
///
/// Not `Sendable`: libxml2 documents must not be shared between threads, so parse and query a page within one task.
public final class HTMLDocument {
    /// The URL the page came from, used as the document's base URL and in error messages.
    public let url: String?
    /// The character set the bytes were decoded from, e.g. "UTF-8" or "CP949" (EUC-KR and its aliases are reported
    /// as "CP949", the superset actually used to decode).
    public let encoding: String
    /// How ``encoding`` was decided.
    public let encodingSource: EncodingSource

    let raw: OpaquePointer

    /// Decodes and parses a response body.
    /// - Parameters:
    ///   - bytes: the body exactly as received.
    ///   - url: where it came from (for the base URL and errors).
    ///   - declaredCharset: the `charset` parameter of the HTTP `Content-Type` header, in any spelling
    ///     ("EUC-KR", "ks_c_5601-1987", "utf8"); it is believed only if the bytes decode cleanly in it.
    /// - Throws: ``HTMLParseError`` for an empty body, a charset the system cannot decode, or a libxml2 failure.
    public init(bytes: [UInt8], url: String? = nil, declaredCharset: String? = nil) throws(HTMLParseError) {
        let resolution: CharsetResolver.Resolution
        do throws(CharsetResolver.Failure) {
            resolution = try CharsetResolver.resolve(bytes, declaredCharset: declaredCharset)
        } catch {
            switch error {
            case .empty:
                throw HTMLParseError(code: .emptyDocument, url: url, message: "the document has no content")
            case .unsupported(let charset):
                throw HTMLParseError(
                    code: .unsupportedCharset, url: url, message: "no converter for \(charset) on this system",
                    charset: charset)
            }
        }
        self.raw = try Self.parse(utf8: resolution.utf8, url: url)
        self.url = url
        self.encoding = resolution.encoding
        self.encodingSource = resolution.source
    }

    /// Parses markup that is already text (fixtures, stored HTML). ``encoding`` is "UTF-8" and ``encodingSource``
    /// is `.default`; a `<meta charset>` inside the string is ignored.
    /// - Throws: ``HTMLParseError`` with code ``HTMLParseError/Code/emptyDocument`` for an empty string.
    public convenience init(string: String, url: String? = nil) throws(HTMLParseError) {
        var utf8 = Array(string.utf8)
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) {
            utf8.removeFirst(3)
        }
        try self.init(utf8: utf8, url: url)
    }

    private init(utf8: [UInt8], url: String?) throws(HTMLParseError) {
        guard !utf8.isEmpty else {
            throw HTMLParseError(code: .emptyDocument, url: url, message: "the document has no content")
        }
        self.raw = try Self.parse(utf8: utf8, url: url)
        self.url = url
        self.encoding = CharsetLabel.utf8
        self.encodingSource = .default
    }

    private static func parse(utf8: [UInt8], url: String?) throws(HTMLParseError) -> OpaquePointer {
        let (document, message) = FacadeString.withErrorBuffer { buffer, capacity in
            utf8.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    withOptionalCString(url) { cURL in
                        cxml_html_parse(chars.baseAddress, chars.count, cURL, buffer, capacity)
                    }
                }
            }
        }
        guard let document else {
            throw HTMLParseError(code: .parseFailed, url: url, message: message)
        }
        return document
    }

    deinit {
        cxml_doc_free(self.raw)
    }

    /// The root element (normally `<html>`); nil only for a body without any markup or text.
    public var root: HTMLNode? {
        cxml_doc_root(self.raw).map { HTMLNode(document: self, raw: $0) }
    }
}

extension HTMLDocument: XPathQueryable {
    /// Evaluates an XPath 1.0 expression against the whole document.
    /// - Throws: ``XPathError`` with libxml2's message when the expression is invalid.
    public func evaluate(_ xpath: String) throws(XPathError) -> XPathValue {
        try XPathEvaluation.evaluate(xpath, in: self, context: cxml_doc_node(self.raw))
    }
}

@available(*, unavailable, message: "libxml2 documents must stay in one task; parse one per task instead")
extension HTMLDocument: Sendable {}

private func withOptionalCString<Result>(
    _ string: String?, _ body: (UnsafePointer<CChar>?) -> Result
) -> Result {
    guard let string else { return body(nil) }
    return string.withCString(body)
}
