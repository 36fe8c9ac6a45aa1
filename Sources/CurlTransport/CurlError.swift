import CCurl

/// A transfer that did not produce a response: libcurl's result code and message, what kind of failure it is (the
/// fetcher retries timeouts and connection failures, never an oversized body), and the URL it was for.
public struct CurlError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// Connect, total or low-speed timeout.
        case timeout
        /// Refused, reset, DNS failure, or the connection broke mid-transfer.
        case connection
        /// TLS handshake or certificate failure.
        case tls
        /// The body passed the request's size cap.
        case tooLarge
        /// The caller's task was cancelled or the engine shut down.
        case cancelled
        case other
    }

    public let kind: Kind
    /// The `CURLcode` (e.g. 7 = could not connect, 28 = timeout, 23 = write aborted by the size cap).
    public let code: Int
    public let message: String
    public let url: String

    public init(kind: Kind, code: Int, message: String, url: String) {
        self.kind = kind
        self.code = code
        self.message = message
        self.url = url
    }

    init(code: CURLcode, url: String, tooLarge: Bool = false, limit: Int = 0) {
        let message = curl_easy_strerror(code).map { String(cString: $0) } ?? "unknown error"
        if tooLarge {
            self.init(kind: .tooLarge, code: Int(code.rawValue), message: "body larger than \(limit) bytes", url: url)
        } else {
            self.init(kind: Self.kind(of: code), code: Int(code.rawValue), message: message, url: url)
        }
    }

    static func kind(of code: CURLcode) -> Kind {
        switch code {
        case CURLE_OPERATION_TIMEDOUT: .timeout
        case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY, CURLE_RECV_ERROR,
            CURLE_SEND_ERROR, CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE, CURLE_HTTP2, CURLE_HTTP2_STREAM:
            .connection
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
            CURLE_SSL_CACERT_BADFILE:
            .tls
        case CURLE_FILESIZE_EXCEEDED: .tooLarge
        default: .other
        }
    }

    public var description: String { "curl error \(code) (\(kind.rawValue)) for \(url): \(message)" }
}
