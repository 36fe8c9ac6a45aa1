import Foundation

/// Rendering a source's request from its agency file: the one place that turns `url`, `method` and `params` with
/// their placeholders into what is sent, for list pages (`{page}`) and detail pages (`{id}`, `{ancm_id}` …).
extension SourceConfig {
    /// The request for one page of this source: placeholders in the URL path and in the parameters filled from
    /// `page` (as `{page}`) and `values` (a list row's context for a detail source); for GET the parameters become
    /// the query string (names sorted), for POST the form. It is a `FollowUpRequest` — the type detail requests
    /// already travel in — so the fetcher has one request shape for list pages and detail pages; `context` is
    /// `values`. Headers and warm-up pages stay on the source.
    ///
    /// A source whose file lists several values for a parameter is rendered per entry of `variants()`.
    public func request(page: Int? = nil, values: [String: String] = [:]) throws(SourceRequestError) -> FollowUpRequest
    {
        if let listed = parameterChoices.keys.min() {
            throw SourceRequestError(
                source: id, field: "params.\(listed)",
                message: "lists several values; render each of variants() instead of the source itself")
        }
        var filled = values
        if let page { filled[RequestTemplate.page] = String(page) }
        let address = try render(url, field: "url", filled, encode: RequestEncoding.component)
        var rendered: [(name: String, value: String)] = []
        for (name, template) in parameters.sorted(by: { $0.key < $1.key }) {
            rendered.append((name, try render(template, field: "params.\(name)", filled, encode: { $0 })))
        }
        if method == "POST" {
            let form = Dictionary(rendered.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
            return FollowUpRequest(source: id, url: address, method: method, form: form, context: values)
        }
        guard !rendered.isEmpty else {
            return FollowUpRequest(source: id, url: address, method: method, context: values)
        }
        let query = rendered.map { RequestEncoding.component($0.name) + "=" + RequestEncoding.component($0.value) }
            .joined(separator: "&")
        let separator = address.contains("?") ? "&" : "?"
        return FollowUpRequest(source: id, url: address + separator + query, method: method, context: values)
    }

    /// `template` with each placeholder replaced by its value passed through `encode`; the literal text is kept as
    /// the agency file writes it.
    private func render(
        _ template: String, field: String, _ values: [String: String], encode: (String) -> String
    ) throws(SourceRequestError) -> String {
        guard let pieces = RequestTemplate.pieces(template) else {
            throw SourceRequestError(source: id, field: field, message: "malformed placeholder in '\(template)'")
        }
        var text = ""
        for piece in pieces {
            switch piece {
            case .text(let literal):
                text += literal
            case .placeholder(let name):
                guard let value = values[name] else {
                    let hint = name == RequestTemplate.page ? "a page number" : "a value named '\(name)'"
                    throw SourceRequestError(
                        source: id, field: field, placeholder: name, message: "{\(name)} needs \(hint)")
                }
                text += encode(value)
            }
        }
        return text
    }
}

/// A request that cannot be rendered: a placeholder without a value, or a source that must be rendered per variant.
public struct SourceRequestError: Error, Sendable, Hashable, CustomStringConvertible {
    public var source: String
    /// `url` or `params.<name>`.
    public var field: String
    public var placeholder: String?
    public var message: String

    public init(source: String, field: String, placeholder: String? = nil, message: String) {
        self.source = source
        self.field = field
        self.placeholder = placeholder
        self.message = message
    }

    public var description: String { "source \(source): \(field): \(message)" }
}

/// Percent-encoding of request pieces as a browser encodes a form value: everything but RFC 3986's unreserved
/// characters, so a value with `/`, `&`, `+` or Korean text cannot change the URL's structure.
enum RequestEncoding {
    static func component(_ value: String) -> String {
        PercentEncoding.encode(value, keeping: PercentEncoding.unreserved)
    }
}
