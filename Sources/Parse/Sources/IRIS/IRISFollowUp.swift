/// The detail request for one IRIS row, shared by the JSON list and the list screen so both ask for the same URL.
enum IRISFollowUp {
    /// A GET of the call's canonical detail URL for the source's `detail` source; nil when the source names none.
    static func detail(
        id: String, tab: IRISTab?, context: [String: String], page: FetchedPage, source: SourceConfig
    ) -> FollowUpRequest? {
        guard let detail = source.detailSource else { return nil }
        return FollowUpRequest(
            source: detail, url: IRISLinks.detail(id: id, tab: tab ?? .open, base: page.url), context: context)
    }
}
