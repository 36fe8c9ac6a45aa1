/// The pieces of an absolute http(s) URL the fetcher needs, read without Foundation's `URL` (whose parsing differs
/// between platforms and costs on every request).
struct URLParts: Hashable {
    let scheme: String
    /// Lower-cased, without port or user info.
    let host: String
    let port: Int?
    /// Path and query, `/` at least.
    let pathAndQuery: String

    init?(_ url: String) {
        guard let schemeEnd = url.firstRange(of: "://") else { return nil }
        let scheme = url[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostPort = authority.split(separator: "@").last ?? authority
        let pieces = hostPort.split(separator: ":", maxSplits: 1)
        guard let host = pieces.first, !host.isEmpty else { return nil }
        self.scheme = scheme
        self.host = host.lowercased()
        self.port = pieces.count > 1 ? Int(pieces[1]) : nil
        let tail = rest[authority.endIndex...].prefix { $0 != "#" }
        self.pathAndQuery = tail.isEmpty ? "/" : (tail.hasPrefix("/") ? String(tail) : "/" + tail)
    }

    /// `scheme://host[:port]`.
    var origin: String { "\(scheme)://\(host)\(port.map { ":\($0)" } ?? "")" }

    /// A `Location` resolved against this URL: absolute, root-relative, or relative to the path's folder.
    func resolve(_ location: String) -> String {
        if location.hasPrefix("http://") || location.hasPrefix("https://") { return location }
        if location.hasPrefix("//") { return scheme + ":" + location }
        if location.hasPrefix("/") { return origin + location }
        let path = pathAndQuery.prefix { $0 != "?" }
        let folder = path.lastIndex(of: "/").map { path[...$0] } ?? "/"
        return origin + folder + location
    }
}
