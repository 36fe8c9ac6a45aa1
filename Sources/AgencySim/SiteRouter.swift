import Foundation

/// How a response is to be written: after a delay, in drips, or cut short.
struct Delivery: Sendable {
    enum Cut: Sendable {
        case reset(afterBytes: Int)
        case truncate(afterBytes: Int)
    }

    var latency: Duration?
    var drip: (chunk: Int, interval: Duration)?
    var cut: Cut?
}

/// Turns a request into a response from the fixtures, the active changes and the faults chosen for it. No sockets
/// and no state: the simulator decides which faults apply (they may be limited to N requests) and writes the result.
struct SiteRouter: Sendable {
    let sites: [String: SiteManifest]
    let fixturesRoot: URL

    /// Last-Modified of every fixture: fixed, so conditional requests are reproducible.
    static let lastModified = "Fri, 20 Nov 2026 00:00:00 GMT"
    private static let lastModifiedEpoch: Double = 1_795_132_800

    func respond(
        to request: HTTPRequest, changes: [Scenario.Change], faults: [Scenario.Fault]
    ) -> (HTTPResponse, Delivery) {
        var response = page(for: request, changes: changes)
        var delivery = Delivery()
        var compress = false
        for fault in faults {
            switch fault {
            case .latency(let delay): delivery.latency = delay
            case .drip(let chunk, let interval): delivery.drip = (max(1, chunk), interval)
            case .reset(let afterBytes): delivery.cut = .reset(afterBytes: afterBytes)
            case .truncate(let afterBytes): delivery.cut = .truncate(afterBytes: afterBytes)
            case .gzip: compress = true
            case .charset(let charset):
                response.setHeader(
                    "Content-Type", Self.replacingCharset(response.header("Content-Type") ?? "text/html", charset))
            case .status(let status, let retryAfter):
                let html =
                    "<html><head><title>\(status)</title></head><body><h1>\(status) \(HTTPResponse.reason(status))</h1></body></html>"
                response = HTTPResponse(
                    status: status, headers: [("Content-Type", "text/html; charset=UTF-8")], body: Array(html.utf8))
                if let retryAfter { response.setHeader("Retry-After", retryAfter) }
            case .redirectLoop:
                // Relative, so the loop stays on the origin the client used (the simulator speaks plain HTTP).
                response = HTTPResponse(status: 302, headers: [("Location", requestTarget(request))])
            case .redirect(let location):
                response = HTTPResponse(status: 302, headers: [("Location", location)])
            case .errorPage(let file):
                response = HTTPResponse(
                    status: 200, headers: [("Content-Type", "text/html; charset=UTF-8")], body: read(file) ?? [])
            case .pdf:
                response = HTTPResponse(status: 200, headers: [("Content-Type", "application/pdf")], body: Self.tinyPDF)
            case .largeBody(let bytes):
                response = HTTPResponse(
                    status: 200, headers: [("Content-Type", "text/html; charset=UTF-8")], body: Self.largePage(bytes))
            case .sizedPage(let bytes):
                response = HTTPResponse(
                    status: 200, headers: [("Content-Type", "text/html; charset=UTF-8")],
                    body: Self.sizedPage(bytes, naming: requestTarget(request)))
            }
        }
        if let route = matchedRoute(request), route.gzip { compress = true }
        if compress, response.status != 304, !response.body.isEmpty {
            response.body = Gzip.encode(response.body)
            response.setHeader("Content-Encoding", "gzip")
        }
        return (response, delivery)
    }

    /// The fixture page (or robots.txt, block page, 404, 304) for a request, before faults.
    func page(for request: HTTPRequest, changes: [Scenario.Change]) -> HTTPResponse {
        guard let site = sites[request.host] else {
            return .text(
                421,
                "agency-sim does not serve host '\(request.host)' (known: \(sites.keys.sorted().joined(separator: ", ")))"
            )
        }
        var response: HTTPResponse
        let parameters = request.parameters
        if request.path == "/robots.txt" {
            response =
                site.robotsFile.flatMap(read).map {
                    HTTPResponse(status: 200, headers: [("Content-Type", "text/plain; charset=UTF-8")], body: $0)
                } ?? notFound(site)
        } else if let session = site.session, isBlocked(request, by: session, site: site) {
            response = HTTPResponse(
                status: 200, headers: [("Content-Type", "text/html; charset=UTF-8")],
                body: read(session.blockedFile) ?? [])
        } else if let route = matchedRoute(request) {
            let file = changes.first { $0.match.matches(request, parameters: parameters) }?.file ?? route.file
            guard let body = read(file) else { return .text(500, "agency-sim: cannot read \(file)") }
            var contentType = route.contentType ?? Self.contentType(forFile: file)
            if let charset = route.charset { contentType = Self.replacingCharset(contentType, charset) }
            response = HTTPResponse(status: route.status, headers: [("Content-Type", contentType)], body: body)
            for (name, value) in route.headers { response.setHeader(name, value) }
            let etag = "\"\(Self.digest(body))\""
            response.setHeader("ETag", etag)
            response.setHeader("Last-Modified", Self.lastModified)
            if isNotModified(request, etag: etag) {
                response = HTTPResponse(status: 304, headers: [("ETag", etag), ("Last-Modified", Self.lastModified)])
            }
        } else {
            response = notFound(site)
        }
        if let session = site.session, request.cookies[session.cookie] == nil {
            response.setHeader("Set-Cookie", "\(session.cookie)=\(Self.sessionValue()); path=/; HttpOnly")
        }
        return response
    }

    func matchedRoute(_ request: HTTPRequest) -> SiteManifest.Route? {
        guard let site = sites[request.host] else { return nil }
        let method = request.method == "HEAD" ? "GET" : request.method
        let parameters = request.parameters
        return site.routes
            .filter { $0.method == method && $0.path == request.path }
            .filter { route in route.parameters.allSatisfy { $0.value.contains(parameters[$0.key] ?? "") } }
            .max { $0.parameters.count < $1.parameters.count }
    }

    private func isBlocked(_ request: HTTPRequest, by session: SiteManifest.SessionRule, site: SiteManifest) -> Bool {
        guard session.protectedPrefixes.contains(where: { request.path.hasPrefix($0) }) else { return false }
        let referer = request.headers["referer"] ?? ""
        let sameHost = ["http://", "https://"].contains {
            referer.hasPrefix($0 + site.host + "/") || referer == $0 + site.host
        }
        return request.cookies[session.cookie] == nil || !sameHost
    }

    private func isNotModified(_ request: HTTPRequest, etag: String) -> Bool {
        if let tags = request.headers["if-none-match"] {
            return tags.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == etag || $0 == "*" }
        }
        if let since = request.headers["if-modified-since"], let date = HTTPDate.parse(since) {
            return date >= Self.lastModifiedEpoch
        }
        return false
    }

    private func notFound(_ site: SiteManifest) -> HTTPResponse {
        let body = site.notFoundFile.flatMap(read) ?? Array("<html><body><h1>404 Not Found</h1></body></html>".utf8)
        return HTTPResponse(status: 404, headers: [("Content-Type", "text/html; charset=UTF-8")], body: body)
    }

    private func requestTarget(_ request: HTTPRequest) -> String {
        request.path + (request.rawQuery.isEmpty ? "" : "?" + request.rawQuery)
    }

    func read(_ file: String) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: fixturesRoot.appendingPathComponent(file).path) else {
            return nil
        }
        return [UInt8](data)
    }

    static func contentType(forFile file: String) -> String {
        switch (file as NSString).pathExtension.lowercased() {
        case "html", "htm": "text/html;charset=UTF-8"
        case "json": "application/json;charset=UTF-8"
        case "txt": "text/plain;charset=UTF-8"
        case "xml": "text/xml;charset=UTF-8"
        case "pdf": "application/pdf"
        case "hwp": "application/x-hwp"
        case "hwpx": "application/hwp+zip"
        case "zip": "application/zip"
        default: "application/octet-stream"
        }
    }

    static func replacingCharset(_ contentType: String, _ charset: String) -> String {
        let base =
            contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? contentType
        return charset.isEmpty ? base : "\(base); charset=\(charset)"
    }

    /// FNV-1a over the body: a stable ETag that changes when the page changes.
    static func digest(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    private static func sessionValue() -> String {
        (0..<32).map { _ in String("0123456789abcdef".randomElement() ?? "0") }.joined()
    }

    static let tinyPDF: [UInt8] = Array(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
            .utf8)

    /// A page of about `bytes` that names `target` at its top: distinct per URL, Korean text like a real board.
    static func sizedPage(_ bytes: Int, naming target: String) -> [UInt8] {
        var page = Array("<html><head><title>\(target)</title></head><body><h1>\(target)</h1>\n".utf8)
        let row = Array("<tr><td>2026년도 정보통신·방송 기술개발사업 신규지원 대상과제 공고</td><td>2026-11-20</td></tr>\n".utf8)
        while page.count + row.count < max(bytes - 16, 0) { page.append(contentsOf: row) }
        page.append(contentsOf: Array("</body></html>\n".utf8))
        return page
    }

    static func largePage(_ bytes: Int) -> [UInt8] {
        var page = Array("<html><head><title>large</title></head><body>\n".utf8)
        let filler = Array("<!-- padding padding padding padding padding padding padding padding padding -->\n".utf8)
        while page.count + filler.count < max(bytes - 16, 0) { page.append(contentsOf: filler) }
        page.append(contentsOf: Array("</body></html>\n".utf8))
        return page
    }
}

/// IMF-fixdate (`Fri, 20 Nov 2026 00:00:00 GMT`), the form HTTP clients send in If-Modified-Since.
enum HTTPDate {
    static func parse(_ text: String) -> Double? {
        let parts = text.split(separator: " ")
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        guard parts.count == 6, let day = Int(parts[1]), let monthIndex = months.firstIndex(of: String(parts[2])),
            let year = Int(parts[3])
        else { return nil }
        let time = parts[4].split(separator: ":").compactMap { Int($0) }
        guard time.count == 3 else { return nil }
        var components = DateComponents()
        components.year = year
        components.month = monthIndex + 1
        components.day = day
        components.hour = time[0]
        components.minute = time[1]
        components.second = time[2]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        return calendar.date(from: components)?.timeIntervalSince1970
    }
}
