/// The detail request for one itech row, shared by the JSON list and the list screen so both ask for the same URL
/// with the same context keys.
enum KEITItechFollowUp {
    /// A GET of the call's canonical detail URL for the source's `detail` source; nil when the source names none.
    /// `context` gets `id` (the source id), `ancm_id` and `year` (the detail source's URL placeholders) and `title`.
    static func detail(
        _ call: KEITCallID, title: String, context: [String: String], page: FetchedPage, source: SourceConfig
    ) -> FollowUpRequest? {
        guard let detail = source.detailSource else { return nil }
        let context = shown(call, title: title, context: context)
        return FollowUpRequest(source: detail, url: KEITLinks.itechDetail(call, base: page.url), context: context)
    }

    /// What the row shows, as the request's context has it: `context` with `id`, `ancm_id`, `year` and `title`;
    /// also a skipped row's fields, so it digests as it would have when followed.
    static func shown(_ call: KEITCallID, title: String, context: [String: String]) -> [String: String] {
        var context = context
        context["id"] = call.sourceID
        context["ancm_id"] = call.ancmID
        context["year"] = call.year
        context["title"] = TitleText.clean(title)
        return context
    }
}

/// A response body as parsers look at it first: without a UTF-8 byte order mark and surrounding whitespace, so that
/// `{` tells JSON and `<` tells HTML whatever the server sent before it.
enum KEITResponseBody {
    static func content(of bytes: [UInt8]) -> ArraySlice<UInt8> {
        var slice = bytes[...]
        if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        while let first = slice.first, isSpace(first) { slice = slice.dropFirst() }
        while let last = slice.last, isSpace(last) { slice = slice.dropLast() }
        return slice
    }
}
