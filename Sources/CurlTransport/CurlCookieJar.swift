import CCurl

/// The cookies of one crawl session (a source's warm-up and the requests after it), kept by libcurl in a share
/// handle that every transfer of the session joins.
///
/// `@unchecked Sendable` is safe because the share handle is only read by libcurl, which serialises access through
/// the lock callbacks installed in `ccurl_cookie_share_new`, and it is freed only in `deinit`, when no request holds
/// the jar any more.
public final class CurlCookieJar: @unchecked Sendable {
    let share: UnsafeMutableRawPointer

    public init() throws {
        CurlRuntime.initialize()
        guard let share = ccurl_cookie_share_new() else {
            throw CurlError(kind: .other, code: Int(CURLE_OUT_OF_MEMORY.rawValue), message: "no cookie share", url: "")
        }
        self.share = share
    }

    deinit {
        curl_share_cleanup(share)
    }
}
