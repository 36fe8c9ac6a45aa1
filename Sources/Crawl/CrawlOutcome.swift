import Fetch
import Parse
import Store

/// What one crawl of a source produced and why it stopped.
public struct CrawlOutcome: Sendable {
    /// Programs read from detail pages (and from list pages whose rows carry everything).
    public var programs: [Program] = []
    /// Problems that did not stop a page, with the page they came from.
    public var problems: [(url: String, problem: ParseProblem)] = []
    /// Pages that could not be fetched or read.
    public var failures: [CrawlFailure] = []
    public var listPagesFetched = 0
    public var detailPagesFetched = 0
    public var pagesNotModified = 0
    /// Body bytes received (after transfer decoding).
    public var bytesFetched = 0
    /// List rows left out on purpose (other agencies, test junk).
    public var skippedRows = 0
    /// List rows not followed because they were seen before, unchanged.
    public var unchangedRows = 0
    /// Unchanged rows followed anyway because their open program's detail was due for a re-check.
    public var rechecked = 0
    /// Why the walk ended, per variant (`page 1 brought nothing new`, `last page (3)` …).
    public var stops: [String] = []
    /// Set when repeated block or error pages stopped the source for the rest of the run.
    public var breakerReason: String?
    /// What the walk learnt for the next run (rows seen, pages' validators), held back until the programs it read
    /// are stored: see `SourceCrawl.commit`.
    public var learnt = CrawlMemory()

    public init() {}

    /// Pages that failed, as a run records them: URL, stage, error code and message, archive digest when read.
    public var pageFailures: [PageFailure] {
        failures.compactMap { failure in
            switch failure {
            case .fetch(let error):
                PageFailure(
                    source: error.source, url: error.url, stage: "fetch", code: error.kind.rawValue,
                    message: error.description, digest: nil)
            case .parse(let error, let digest):
                PageFailure(
                    source: error.source, url: error.url, stage: "parse", code: "\(error.code)",
                    message: error.description, digest: digest)
            case .archive, .configuration: nil
            }
        }
    }
}

/// A failed page as a run records it (`page_failures`).
public struct PageFailure: Sendable, Hashable {
    public var source: String
    public var url: String
    public var stage: String
    public var code: String
    public var message: String
    /// The archived body, when there was one to read.
    public var digest: String?
}

/// A page that failed, fetching or reading.
public enum CrawlFailure: Error, Sendable, CustomStringConvertible {
    case fetch(FetchError)
    /// With the digest of the archived body, so the page can be parsed again once its selector is fixed.
    case parse(ParseFailure, digest: String)
    case archive(String)
    case configuration(String)

    public var description: String {
        switch self {
        case .fetch(let error): "fetch: \(error)"
        case .parse(let failure, _): "parse: \(failure)"
        case .archive(let message): "archive: \(message)"
        case .configuration(let message): "configuration: \(message)"
        }
    }
}

/// Rows seen and validators to keep, by a walk, for the next run's "only what is new" and conditional GETs.
public struct CrawlMemory: Sendable {
    public struct Validators: Sendable {
        /// The `fetched_pages` row of the fetch.
        public var entry: Int64
        public var etag: String?
        public var lastModified: String?
    }

    public var rows: [(source: String, rows: [ListRowMemory.Row])] = []
    public var validators: [Validators] = []

    public init() {}
}
