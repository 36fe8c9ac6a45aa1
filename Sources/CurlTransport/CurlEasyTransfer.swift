import CCurl

/// One request on its own easy handle, from configuration to result. Created and used only on the engine's loop
/// thread; libcurl calls its callbacks there too, during `curl_multi_perform`.
final class CurlEasyTransfer {
    let request: CurlRequest
    let host: String
    let continuation: CheckedContinuation<CurlResponse, any Error>
    let handle: UnsafeMutableRawPointer
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private var connectToList: UnsafeMutablePointer<curl_slist>?
    private(set) var body: [UInt8] = []
    private(set) var headers: [(name: String, value: String)] = []
    private(set) var tooLarge = false

    init?(_ request: CurlRequest, continuation: CheckedContinuation<CurlResponse, any Error>) {
        guard let handle = curl_easy_init() else { return nil }
        self.request = request
        self.host = Self.host(of: request.url)
        self.continuation = continuation
        self.handle = handle
    }

    deinit {
        curl_slist_free_all(headerList)
        curl_slist_free_all(connectToList)
        curl_easy_cleanup(handle)
    }

    /// Applies the request's options; the first option libcurl refuses is the error.
    func configure() -> CURLcode {
        let context = Unmanaged.passUnretained(self).toOpaque()
        var steps: [() -> CURLcode] = [
            { ccurl_easy_setopt_string(self.handle, CURLOPT_URL, self.request.url) },
            { ccurl_easy_setopt_long(self.handle, CURLOPT_NOSIGNAL, 1) },
            { ccurl_easy_setopt_long(self.handle, CURLOPT_FOLLOWLOCATION, 0) },
            { ccurl_easy_setopt_string(self.handle, CURLOPT_ACCEPT_ENCODING, "") },
            {
                ccurl_easy_setopt_long(
                    self.handle, CURLOPT_CONNECTTIMEOUT_MS, self.request.connectTimeout.curlMilliseconds)
            },
            { ccurl_easy_setopt_long(self.handle, CURLOPT_TIMEOUT_MS, self.request.totalTimeout.curlMilliseconds) },
            { ccurl_easy_setopt_long(self.handle, CURLOPT_LOW_SPEED_LIMIT, self.request.lowSpeedBytesPerSecond) },
            {
                ccurl_easy_setopt_long(
                    self.handle, CURLOPT_LOW_SPEED_TIME, max(1, self.request.lowSpeedTime.curlMilliseconds / 1000))
            },
            { ccurl_easy_setopt_off_t(self.handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(self.request.maxBodyBytes)) },
            { ccurl_easy_setopt_write_cb(self.handle, CURLOPT_WRITEFUNCTION, writeBody) },
            { ccurl_easy_setopt_pointer(self.handle, CURLOPT_WRITEDATA, context) },
            { ccurl_easy_setopt_write_cb(self.handle, CURLOPT_HEADERFUNCTION, writeHeader) },
            { ccurl_easy_setopt_pointer(self.handle, CURLOPT_HEADERDATA, context) },
        ]
        if let agent = request.userAgent {
            steps.append { ccurl_easy_setopt_string(self.handle, CURLOPT_USERAGENT, agent) }
        }
        if let ciphers = request.cipherList {
            steps.append { ccurl_easy_setopt_string(self.handle, CURLOPT_SSL_CIPHER_LIST, ciphers) }
        }
        if let jar = request.cookies {
            steps.append { ccurl_easy_setopt_string(self.handle, CURLOPT_COOKIEFILE, "") }
            steps.append { ccurl_easy_setopt_pointer(self.handle, CURLOPT_SHARE, jar.share) }
        }
        if request.method == .post {
            let body = request.body ?? []
            steps.append { ccurl_easy_setopt_long(self.handle, CURLOPT_POST, 1) }
            steps.append { ccurl_easy_setopt_long(self.handle, CURLOPT_POSTFIELDSIZE, body.count) }
            // COPYPOSTFIELDS copies the bytes, so they need not outlive this call.
            steps.append {
                var bytes = body + [0]
                return bytes.withUnsafeMutableBytes {
                    ccurl_easy_setopt_pointer(self.handle, CURLOPT_COPYPOSTFIELDS, $0.baseAddress)
                }
            }
        }
        for (name, value) in request.headers {
            headerList = curl_slist_append(headerList, "\(name): \(value)")
        }
        if let headerList {
            steps.append { ccurl_easy_setopt_slist(self.handle, CURLOPT_HTTPHEADER, headerList) }
        }
        for entry in request.connectTo {
            connectToList = curl_slist_append(connectToList, entry)
        }
        if let connectToList {
            steps.append { ccurl_easy_setopt_slist(self.handle, CURLOPT_CONNECT_TO, connectToList) }
        }
        for step in steps {
            let code = step()
            if code != CURLE_OK { return code }
        }
        return CURLE_OK
    }

    /// The outcome once libcurl reports the transfer done with `code`.
    func result(_ code: CURLcode) -> Result<CurlResponse, any Error> {
        guard code == CURLE_OK else {
            return .failure(
                CurlError(code: code, url: request.url, tooLarge: tooLarge, limit: request.maxBodyBytes))
        }
        var status = 0
        _ = ccurl_easy_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        var seconds = 0.0
        _ = ccurl_easy_getinfo_double(handle, CURLINFO_TOTAL_TIME, &seconds)
        return .success(
            CurlResponse(status: status, headers: headers, body: body, url: request.url, totalTime: seconds))
    }

    fileprivate func append(body chunk: UnsafeBufferPointer<UInt8>) -> Bool {
        guard body.count + chunk.count <= request.maxBodyBytes else {
            tooLarge = true
            return false
        }
        body.append(contentsOf: chunk)
        return true
    }

    /// A header line; a new status line starts a new block (after `100 Continue`), so only the last is kept.
    fileprivate func append(headerLine line: String) {
        if line.hasPrefix("HTTP/") {
            headers = []
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        let name = String(line[..<colon])
        let value = line[line.index(after: colon)...].trimmingCharacters(in: [" ", "\t", "\r", "\n", "\r\n"])
        headers.append((name, value))
    }

    /// `host[:port]` of an http(s) URL, lower-cased: the unit of the per-host cap.
    static func host(of url: String) -> String {
        guard let schemeEnd = url.firstRange(of: "://") else { return url.lowercased() }
        let authority = url[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return String(authority.split(separator: "@").last ?? authority).lowercased()
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}

private let writeBody: ccurl_write_cb = { data, size, count, context in
    guard let data, let context else { return 0 }
    let transfer = Unmanaged<CurlEasyTransfer>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    let accepted = data.withMemoryRebound(to: UInt8.self, capacity: length) {
        transfer.append(body: UnsafeBufferPointer(start: $0, count: length))
    }
    return accepted ? length : 0
}

private let writeHeader: ccurl_write_cb = { data, size, count, context in
    guard let data, let context else { return 0 }
    let transfer = Unmanaged<CurlEasyTransfer>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    let line = data.withMemoryRebound(to: UInt8.self, capacity: length) {
        String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
    }
    transfer.append(headerLine: line)
    return length
}
