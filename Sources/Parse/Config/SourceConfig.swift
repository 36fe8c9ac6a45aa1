/// One source of an agency file: an endpoint family of a site (a list or a detail page kind) with how to request
/// it, how to page through it, and the extraction rules its parser reads. Operators fix a site change here, not in
/// Swift.
public struct SourceConfig: Sendable, Hashable {
    /// How the response is read.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case jsonList = "json_list"
        case htmlList = "html_list"
        case htmlDetail = "html_detail"

        /// List kinds are paged and may be crawled once per parameter value; a detail kind is requested once per id.
        public var isList: Bool { self != .htmlDetail }
    }

    public var id: String
    public var kind: Kind
    /// The structural parser for this source (label/value pairs, onclick ids … that rules cannot express).
    public var parser: String
    public var enabled: Bool
    /// The request URL; its path may hold placeholders (`…/index/page/{page}`), filled by `request(page:values:)`.
    public var url: String
    public var method: String
    /// Query (GET) or form (POST) parameters with one value each; `{page}` is replaced by the page number,
    /// `{id}`-style placeholders by the values a list row provides for its detail page. On a source returned by
    /// `variants()` it also holds the variant's chosen values, so parsers read every parameter here.
    public var parameters: [String: String]
    /// Parameters written as arrays (`ancmPrg = ["ancmIng", "ancmPre"]`), values in file order: the list is crawled
    /// once per value (once per combination when several are arrays). Empty on a source returned by `variants()`.
    public var parameterChoices: [String: [String]]
    /// On a source returned by `variants()`: the value this variant crawls for each parameter of
    /// `parameterChoices`; empty on a source as loaded.
    public var variant: [String: String]
    public var headers: [String: String]
    /// Pages fetched first in a session (tipa.or.kr needs its home page for a cookie).
    public var warmup: [String]
    public var paging: Paging?
    /// The source that reads the detail pages this list links to; it may live in another agency file (KIMST's
    /// 사업공고 rows open IRIS detail pages), which `AgencyConfigLoader.loadDirectory` checks.
    public var detailSource: String?
    /// For shared sources (IRIS, NTIS): keep only rows whose announcing agency is one of ours; count the rest as
    /// skipped, not as errors.
    public var filterToOurAgencies: Bool
    /// Field name → XPath (HTML) or key path (JSON).
    public var rules: [String: String]
    /// Where each rule was written, for messages.
    public var ruleLocations: [String: String]
    /// For a JSON list whose endpoint can also answer the site's server-rendered list screen (IRIS, KEIT itech):
    /// name → XPath for reading that screen. Kept apart from `rules`, whose expressions are JSON key paths.
    public var screenRules: [String: String]
    /// Where each screen rule was written, for messages.
    public var screenRuleLocations: [String: String]
    /// Where other keys of the source were written (`url`, `detail`, `params.ancmPrg`, `paging.param` …).
    public var keyLocations: [String: String]
    public var location: String
    /// OpenSSL cipher list for a server that only speaks old TLS (`DEFAULT:@SECLEVEL=1`); for this source only.
    public var tlsCiphers: String? = nil
    /// Hosts besides the source's own that a redirect may lead to.
    public var allowedHosts: [String] = []
    /// Query parameters that change without changing the page (a timestamp, a session token): left out of the
    /// page's identity, so one page has one URL.
    public var volatileParameters: [String] = []

    /// How a list is paged and when to stop.
    public struct Paging: Sendable, Hashable {
        public var parameter: String
        public var first: Int
        public var maxPages: Int
        /// Stop early when a page brings nothing new (incremental crawls).
        public var stopWhenNothingNew: Bool
    }

    /// Where `key` was written, else where the source begins.
    func location(of key: String) -> String { keyLocations[key] ?? location }
}

/// One agency (or shared hub) file in `agencies/`.
public struct AgencyConfig: Sendable, Hashable {
    public var file: String
    public var code: String
    public var name: String
    public var ministry: String?
    public var enabled: Bool
    /// Hosts and their request limits (requests per minute), shared by every worker.
    public var rateLimits: [String: Int]
    public var scheduleHints: [String]
    public var sources: [SourceConfig]
    /// true for IRIS and NTIS, which carry every agency's calls.
    public var shared: Bool
}
