import CCurl

/// Process-wide libcurl state. `curl_global_init` is not thread-safe, so it runs exactly once, through a global
/// `let` (Swift initializes globals once, thread-safely) before any transfer.
public enum CurlRuntime {
    private static let initialized: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

    /// Initializes libcurl; returns false when the library could not start.
    @discardableResult
    public static func initialize() -> Bool { initialized }

    /// libcurl's version line, e.g. `libcurl/7.88.1 OpenSSL/3.0.19 zlib/1.2.13 brotli/1.0.9 …`.
    public static var version: String {
        initialize()
        return curl_version().map { String(cString: $0) } ?? "libcurl (unknown version)"
    }

    /// The protocols this libcurl build speaks (`http`, `https`, `file`, …).
    public static var protocols: [String] {
        initialize()
        guard let info = ccurl_version_info(), var cursor = info.pointee.protocols else { return [] }
        var names: [String] = []
        while let name = cursor.pointee {
            names.append(String(cString: name))
            cursor += 1
        }
        return names
    }

    /// Whether responses compressed with gzip/deflate (libz) and brotli can be decoded.
    public static var decodesCompression: (gzip: Bool, brotli: Bool) {
        initialize()
        guard let info = ccurl_version_info() else { return (false, false) }
        let features = Int32(info.pointee.features)
        return (features & CURL_VERSION_LIBZ != 0, features & CURL_VERSION_BROTLI != 0)
    }
}
