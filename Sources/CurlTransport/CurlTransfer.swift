import CCurl
import Dispatch

/// The status, headers and body of a finished transfer.
public struct CurlResponse: Sendable {
    public let status: Int
    public let contentType: String?
    public let body: [UInt8]
}

/// A single blocking GET on one curl easy handle, run off the cooperative thread pool. It proves the libcurl
/// binding end to end; the fetch stage's multi-handle client (concurrency caps, retries, rate limits) builds on the
/// same module.
public enum CurlTransfer {
    private static let queue = DispatchQueue(label: "connect-ingest.curl", attributes: .concurrent)

    /// Fetches `url`, following no redirects.
    /// - Parameter timeout: the whole transfer's limit.
    public static func get(_ url: String, timeout: Duration = .seconds(30)) async throws -> CurlResponse {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                continuation.resume(with: Result { try perform(url, timeout: timeout) })
            }
        }
    }

    private static func perform(_ url: String, timeout: Duration) throws -> CurlResponse {
        guard CurlRuntime.initialize(), let handle = curl_easy_init() else {
            throw CurlError(code: Int(CURLE_FAILED_INIT.rawValue), message: "libcurl did not initialize", url: url)
        }
        defer { curl_easy_cleanup(handle) }
        let sink = BodySink()
        // `sink` outlives the transfer: curl_easy_perform returns before this scope ends, so an unretained pointer
        // is enough.
        let context = Unmanaged.passUnretained(sink).toOpaque()
        let milliseconds =
            Int(timeout.components.seconds) * 1000
            + Int(timeout.components.attoseconds / 1_000_000_000_000_000)
        var code = ccurl_easy_setopt_string(handle, CURLOPT_URL, url)
        if code == CURLE_OK { code = ccurl_easy_setopt_long(handle, CURLOPT_NOSIGNAL, 1) }
        if code == CURLE_OK { code = ccurl_easy_setopt_long(handle, CURLOPT_TIMEOUT_MS, max(1, milliseconds)) }
        if code == CURLE_OK { code = ccurl_easy_setopt_write_cb(handle, CURLOPT_WRITEFUNCTION, writeBody) }
        if code == CURLE_OK { code = ccurl_easy_setopt_pointer(handle, CURLOPT_WRITEDATA, context) }
        if code == CURLE_OK { code = curl_easy_perform(handle) }
        guard code == CURLE_OK else {
            let message = curl_easy_strerror(code).map { String(cString: $0) } ?? "unknown error"
            throw CurlError(code: Int(code.rawValue), message: message, url: url)
        }
        var status = 0
        _ = ccurl_easy_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        var contentType: UnsafeMutablePointer<CChar>?
        _ = ccurl_easy_getinfo_string(handle, CURLINFO_CONTENT_TYPE, &contentType)
        return CurlResponse(status: status, contentType: contentType.map { String(cString: $0) }, body: sink.bytes)
    }
}

/// Collects a transfer's body; used only by the thread running that transfer.
private final class BodySink {
    var bytes: [UInt8] = []
}

/// libcurl's write callback: appends the chunk to the `BodySink` passed as user data.
private let writeBody: ccurl_write_cb = { data, size, count, context in
    guard let data, let context else { return 0 }
    let sink = Unmanaged<BodySink>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    data.withMemoryRebound(to: UInt8.self, capacity: length) {
        sink.bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: length))
    }
    return length
}
