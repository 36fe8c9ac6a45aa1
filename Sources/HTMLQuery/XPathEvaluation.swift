import CXMLFacade

/// The one place XPath crosses into C: evaluates, copies the result into Swift values, frees the libxml2 object.
enum XPathEvaluation {
    /// The expression as the facade compiles it, with its equivalent rewrites made (tests check they are made).
    static func rewritten(_ expression: String) -> String? {
        guard let rewritten = cxml_xpath_rewrite(expression) else { return nil }
        defer { cxml_free(rewritten) }
        return String(cString: rewritten)
    }

    /// - Parameter verbatim: compile the expression exactly as written, without the facade's equivalent rewrites;
    ///   for tests that hold those rewrites to the original meaning.
    static func evaluate(
        _ expression: String, in document: HTMLDocument, context: OpaquePointer?, verbatim: Bool = false
    ) throws(XPathError) -> XPathValue {
        let (result, message) = FacadeString.withErrorBuffer { buffer, capacity in
            expression.withCString {
                verbatim
                    ? cxml_xpath_eval_verbatim(document.raw, context, $0, buffer, capacity)
                    : cxml_xpath_eval(document.raw, context, $0, buffer, capacity)
            }
        }
        guard let result else {
            throw XPathError(expression: expression, message: message)
        }
        defer { cxml_xpath_result_free(result) }

        switch cxml_xpath_result_kind(result) {
        case .CXML_XPATH_NODESET:
            let count = cxml_xpath_result_node_count(result)
            var nodes: [HTMLNode] = []
            nodes.reserveCapacity(count)
            for index in 0..<count {
                if let node = cxml_xpath_result_node(result, index) {
                    nodes.append(HTMLNode(document: document, raw: node))
                }
            }
            return .nodes(nodes)
        case .CXML_XPATH_BOOLEAN:
            return .boolean(cxml_xpath_result_boolean(result) != 0)
        case .CXML_XPATH_NUMBER:
            return .number(cxml_xpath_result_number(result))
        case .CXML_XPATH_STRING:
            return .string(String(cString: cxml_xpath_result_string(result)))
        case .CXML_XPATH_UNSUPPORTED:
            throw XPathError(expression: expression, message: "unsupported XPath result type")
        }
    }
}
