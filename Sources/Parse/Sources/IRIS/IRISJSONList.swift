import Foundation
import HTMLQuery

/// The IRIS list API's answer (`{"listBsnsAncmBtinSitu": […], "paginationInfo": {…}}`): what only IRIS needs checking,
/// then `JSONListPage`. Anything else on that endpoint — an empty body, an HTML error or login page, JSON without the
/// list — is a failure naming the source, the URL and the rule, never an empty list.
enum IRISJSONList {
    /// Checks what only IRIS needs checking (an empty body, an HTML page in place of JSON), then reads the list.
    static func read(_ page: FetchedPage, source: SourceConfig) throws(ParseFailure) -> JSONListPage {
        let body = Self.content(of: page.bytes)
        guard !body.isEmpty else {
            throw ParseFailure(
                code: .wrongContent, source: source.id, url: page.url,
                message: "an empty body where the JSON announcement list was expected")
        }
        if body.first == UInt8(ascii: "<") {
            throw ParseFailure(
                code: .wrongContent, source: source.id, url: page.url,
                message: "an HTML page\(Self.htmlTitle(page).map { " (\"\($0)\")" } ?? "") where the JSON "
                    + "announcement list was expected: an error, login or block page")
        }
        return try JSONListPage(page, source: source, body: body)
    }

    /// The bytes without a UTF-8 byte order mark and surrounding whitespace.
    private static func content(of bytes: [UInt8]) -> ArraySlice<UInt8> {
        var slice = bytes[...]
        if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        while let first = slice.first, isSpace(first) { slice = slice.dropFirst() }
        while let last = slice.last, isSpace(last) { slice = slice.dropLast() }
        return slice
    }

    /// The `<title>` of an HTML page served in place of the JSON, for the failure message.
    private static func htmlTitle(_ page: FetchedPage) -> String? {
        guard let document = try? HTMLDocument(bytes: page.bytes, url: page.url, declaredCharset: page.declaredCharset)
        else { return nil }
        return (try? document.text("//title")).flatMap { $0 }.flatMap { $0.isEmpty ? nil : $0 }
    }
}
