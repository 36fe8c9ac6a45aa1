/// The whole of the endpoint's HTTP: one request head in, one response out. `GET /metrics` (or `HEAD`) is the
/// exposition; any other path is 404, another method 405, a head that is not HTTP/1.x 400. Every response closes
/// the connection, which is all Prometheus needs.
enum MetricsHTTP {
    enum Route: Equatable {
        case metrics(headOnly: Bool)
        case notFound
        case methodNotAllowed
        case badRequest
    }

    /// The route of a request head (its first line is enough).
    static func route(_ head: String) -> Route {
        let line = head.split(separator: "\r\n", maxSplits: 1).first.map(String.init) ?? ""
        let parts = line.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].hasPrefix("HTTP/1."), parts[1].hasPrefix("/") else { return .badRequest }
        let path = parts[1].split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
        guard path == "/metrics" else { return .notFound }
        switch parts[0] {
        case "GET": return .metrics(headOnly: false)
        case "HEAD": return .metrics(headOnly: true)
        default: return .methodNotAllowed
        }
    }

    /// A complete response: status line, headers, body.
    static func response(status: Int, reason: String, contentType: String, body: String, headOnly: Bool = false)
        -> [UInt8]
    {
        let bytes = Array(body.utf8)
        var head = "HTTP/1.1 \(status) \(reason)\r\nContent-Type: \(contentType)\r\n"
        head += "Content-Length: \(bytes.count)\r\nConnection: close\r\n"
        if status == 405 { head += "Allow: GET, HEAD\r\n" }
        head += "\r\n"
        return Array(head.utf8) + (headOnly ? [] : bytes)
    }
}
