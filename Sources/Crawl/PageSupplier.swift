import ArchiveCodec
import Fetch
import Foundation
import Store

/// Where a walk gets its pages: the sites (through `PageFetcher`) or the archive of an earlier run. One walker,
/// `SourceCrawl`, serves the live crawl and the replay alike.
public protocol PageSupplier: Sendable {
    /// The page for `request`; `requestDigest` identifies it across runs (see `Walk.requestDigest`).
    func page(_ request: PageRequest, requestDigest: String) async throws(FetchError) -> FetchedResponse
    /// Whether pages come from the network (and so are archived and indexed as they arrive).
    var isLive: Bool { get }
}

extension PageFetcher: PageSupplier {
    public func page(_ request: PageRequest, requestDigest: String) async throws(FetchError) -> FetchedResponse {
        try await fetch(request)
    }

    public var isLive: Bool { true }
}

/// Pages as an earlier run archived them: for each request, the newest archived body (of one run, or since a date).
public struct ArchivedPages: PageSupplier {
    let index: FetchedPageIndex
    let archive: PageArchive
    let run: Int64?
    let since: Date?

    public init(index: FetchedPageIndex, archive: PageArchive, run: Int64? = nil, since: Date? = nil) {
        self.index = index
        self.archive = archive
        self.run = run
        self.since = since
    }

    public var isLive: Bool { false }

    public func page(_ request: PageRequest, requestDigest: String) async throws(FetchError) -> FetchedResponse {
        func missing(_ message: String) -> FetchError {
            FetchError(
                kind: .other, source: request.source, agency: request.agency, url: request.url, attempt: 1,
                message: message)
        }
        let stored: FetchedPageIndex.StoredBody?
        do {
            stored = try await index.newestBody(requestDigest: requestDigest, run: run, since: since)
        } catch {
            throw missing("the archive index could not be read: \(error)")
        }
        guard let stored else { throw missing("not in the archive (never fetched, or not in the run asked for)") }
        let body: [UInt8]
        do {
            body = try archive.load(stored.digest)
        } catch {
            throw missing("\(error)")
        }
        let headers = stored.contentType.map { [(name: "Content-Type", value: $0)] } ?? []
        return FetchedResponse(
            requestedURL: request.url, url: stored.url, status: 200, headers: headers, body: body, requests: 0)
    }
}
