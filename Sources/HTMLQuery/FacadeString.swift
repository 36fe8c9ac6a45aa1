import CXMLFacade

/// Strings crossing the C facade: taking ownership of the ones it allocates, and lending it an error buffer.
enum FacadeString {
    /// Size of the buffer libxml2's last message is copied into.
    static let errorCapacity = 512

    /// Copies a facade-allocated, NUL-terminated UTF-8 string and frees it (libxml2's `xmlFree`, via C).
    static func take(_ pointer: UnsafeMutablePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        defer { cxml_free(pointer) }
        return String(cString: pointer)
    }

    /// Copies a facade-allocated buffer of `length` UTF-8 bytes and frees it.
    static func take(_ pointer: UnsafeMutablePointer<CChar>?, length: Int) -> String? {
        guard let pointer else { return nil }
        defer { cxml_free(pointer) }
        return String(decoding: UnsafeRawBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    /// Runs `body` with an error buffer (an empty string until the facade writes a message, which it always ends
    /// with a NUL) and returns its result with that message. Every XPath evaluation passes one: zeroing the whole
    /// buffer and copying an empty message each time showed in profiles.
    static func withErrorBuffer<Result>(
        _ body: (UnsafeMutablePointer<CChar>, Int) -> Result
    ) -> (result: Result, message: String) {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: errorCapacity) { buffer in
            let base = buffer.baseAddress!
            base.initialize(to: 0)
            let result = body(base, errorCapacity)
            return (result, base.pointee == 0 ? "" : String(cString: base))
        }
    }
}
