import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One accepted TCP connection, used by one thread: reads HTTP/1.1 requests and writes responses, applying the
/// delivery faults (latency, drip, reset, truncation) on the way out.
final class Connection {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var closed = false

    /// Requests larger than this are refused (the simulator only ever sees small forms).
    private static let maximumRequestBytes = 1 << 20

    init(fd: Int32) {
        self.fd = fd
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
    }

    /// The next request, or nil when the client closed the connection or sent something unreadable.
    func readRequest() -> HTTPRequest? {
        guard let headerEnd = readUntilHeaderEnd() else { return nil }
        let head = String(decoding: buffer[..<headerEnd], as: UTF8.self)
        buffer.removeFirst(headerEnd + 4)
        var lines = head.split(separator: "\r\n", omittingEmptySubsequences: false)
        guard !lines.isEmpty else { return nil }
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers[name] = headers[name].map { $0 + ", " + value } ?? value
        }
        let length = Int(headers["content-length"] ?? "0") ?? 0
        guard length <= Self.maximumRequestBytes, readBody(length) else { return nil }
        let body = Array(buffer.prefix(length))
        buffer.removeFirst(length)
        var target = String(requestLine[1])
        if let schemeEnd = target.range(of: "://"), let pathStart = target[schemeEnd.upperBound...].firstIndex(of: "/")
        {
            target = String(target[pathStart...])
        }
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        // Servlet containers ignore a `;jsessionid=…` path parameter (SMTECH's links carry one); so does the simulator.
        let path = parts[0].split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false)[0]
        return HTTPRequest(
            method: String(requestLine[0]).uppercased(),
            path: FormEncoding.percentDecode(String(path), plusIsSpace: false),
            rawQuery: parts.count > 1 ? String(parts[1]) : "", headers: headers, body: body)
    }

    private func readUntilHeaderEnd() -> Int? {
        while true {
            if let end = Self.find([13, 10, 13, 10], in: buffer) { return end }
            guard buffer.count < Self.maximumRequestBytes, fill() else { return nil }
        }
    }

    private func readBody(_ length: Int) -> Bool {
        while buffer.count < length {
            guard fill() else { return false }
        }
        return true
    }

    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16_384)
        let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return false }
        buffer.append(contentsOf: chunk[..<count])
        return true
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<start + needle.count]) == needle { return start }
        }
        return nil
    }

    /// Writes `response` as `delivery` says; returns false when the connection is gone (or was cut on purpose).
    func write(_ response: HTTPResponse, delivery: Delivery, headOnly: Bool, keepAlive: Bool) -> Bool {
        if let latency = delivery.latency { Thread.sleep(forTimeInterval: Self.seconds(latency)) }
        var head = "HTTP/1.1 \(response.status) \(HTTPResponse.reason(response.status))\r\n"
        head += "Date: \(Self.httpDate())\r\nServer: agency-sim\r\n"
        for (name, value) in response.headers where name.lowercased() != "content-length" {
            head += "\(name): \(value)\r\n"
        }
        let bodyLength = response.status == 304 ? 0 : response.body.count
        head += "Content-Length: \(bodyLength)\r\n"
        head += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n"
        guard send(Array(head.utf8)) else { return false }
        if headOnly || bodyLength == 0 { return true }
        var body = response.body[...]
        if let cut = delivery.cut {
            switch cut {
            case .reset(let afterBytes):
                _ = send(Array(body.prefix(afterBytes)))
                resetConnection()
                return false
            case .truncate(let afterBytes):
                _ = send(Array(body.prefix(min(afterBytes, max(0, body.count - 1)))))
                return false
            }
        }
        if let drip = delivery.drip {
            while !body.isEmpty {
                guard send(Array(body.prefix(drip.chunk))) else { return false }
                body = body.dropFirst(drip.chunk)
                if !body.isEmpty { Thread.sleep(forTimeInterval: Self.seconds(drip.interval)) }
            }
            return true
        }
        return send(Array(body))
    }

    private func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes {
                Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }

    /// Closes with SO_LINGER 0, which makes the kernel send RST: the client sees "connection reset by peer".
    private func resetConnection() {
        var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        close()
    }

    func close() {
        guard !closed else { return }
        closed = true
        Glibc.close(fd)
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    private static func httpDate() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: Date())
    }
}
