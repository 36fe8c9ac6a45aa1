import Crawl
import Fetch
import Parse

/// Turns a failed page into one sentence an operator can act on: what failed (agency, source, page, URL), why, and
/// what to do, by kind of failure. The worker's error lines and the dead letters carry it, so an alert names the
/// selector and the agency file to fix instead of only "every page failed".
struct FailureAdvice {
    /// The agency file of the crawled source (its code leads every sentence).
    let agency: AgencyConfig
    /// Every agency file: a failed page may belong to another file's source (a KIMST list's IRIS detail page), and
    /// that file is the one to fix and to replay.
    let configs: [AgencyConfig]

    /// What a failed run says, led by the run's reason, with the first failed page explained.
    func runFailed(source: String, reason: String?, failures: [CrawlFailure]) -> String {
        let what = "\(agency.code) \(source): \(reason ?? (failures.isEmpty ? "run failed" : "pages failed"))"
        guard let first = failures.first else { return what + ". " + Self.emptyRunAdvice(source, agency: agency) }
        let which = failures.count > 1 ? "first of \(failures.count) failed pages" : "the failed page"
        return "\(what); \(which): \(explain(first))"
    }

    /// One failed page: what happened, then "What to do: …".
    func explain(_ failure: CrawlFailure) -> String {
        switch failure {
        case .parse(let parse, _): explain(parse)
        case .fetch(let fetch): explain(fetch)
        case .archive(let message):
            "\(agency.code): archiving a page failed: \(message). What to do: check free space and permissions of the "
                + "archive folder (setting paths.archive)."
        case .configuration(let message):
            "\(agency.code): \(message). What to do: run `connect-ingest agencies check` and fix \(agency.file)."
        }
    }

    func explain(_ failure: ParseFailure) -> String {
        let page = "\(agency.code) \(failure.source) \(pageKind(failure.source)) \(failure.url)"
        let owner = file(of: failure.source)
        let selector = failure.selector.map { "selector `\($0)` in \(owner.file)" } ?? "its rules in \(owner.file)"
        let replay = "then `connect-ingest replay --agency \(owner.code) --failed` re-reads the failed pages"
        switch failure.code {
        case .layoutChanged:
            let items = isList(failure.source) ? "parsed 0 items" : "could not be read"
            return "\(page) \(items): \(selector) no longer matches (\(failure.message)). What to do: fix the rule, "
                + "check it with `connect-ingest agencies check` and `connect-ingest parse --source \(failure.source) "
                + "<saved page> --url <url>`; \(replay)."
        case .blocked:
            return "\(page): the site answered its block page (\(selector) matched). What to do: check the source's "
                + "warmup pages and headers (session cookie, Referer) in \(owner.file), and whether the site refuses "
                + "this host's address; \(replay)."
        case .errorPage:
            return "\(page): the site answered an error page instead of the content (\(selector) matched). What to "
                + "do: usually passing, the job is retried; if it lasts, compare the source's url and params in "
                + "\(owner.file) with the site."
        case .wrongContent:
            return "\(page) is not the page expected: \(failure.message). What to do: check the source's url, kind "
                + "and params in \(owner.file)."
        case .malformed:
            return "\(page) could not be read: \(failure.message)\(failure.selector.map { " (\($0))" } ?? ""). What "
                + "to do: check the source's charset and rules in \(owner.file) with `connect-ingest agencies check`."
        default:
            return "\(page): \(failure.code): \(failure.message). What to do: `connect-ingest parse --source "
                + "\(failure.source)` on the archived page shows what the parser sees."
        }
    }

    func explain(_ failure: FetchError) -> String {
        let page = "\(agency.code) \(failure.source) \(pageKind(failure.source)) \(failure.url)"
        let owner = file(of: failure.source)
        let status = failure.status.map { "HTTP \($0)" }
        let what =
            "\(page): \(status ?? failure.kind.rawValue) on attempt \(failure.attempt)"
            + (failure.curlCode.map { ", curl \($0)" } ?? "")
            + (failure.message == status ? "" : ": \(failure.message)") + ". What to do: "
        switch failure.kind {
        case .disallowed:
            return what + "the site's robots.txt forbids it; ask the agency, or disable the source in \(owner.file)."
        case .http where failure.status == 404 || failure.status == 410:
            return what + "the page is gone: a stale link on the list, or the source's url in \(owner.file) moved."
        case .http where (failure.status ?? 0) >= 500:
            return what + "the site is failing; the job is retried, nothing to do unless it lasts."
        case .http:
            return what + "check the request (url, params, headers) of the source in \(owner.file)."
        case .transport:
            return what + "check DNS and the network from this host to the site; the job is retried."
        case .tooLarge:
            return what + "raise the setting fetch.max_body_bytes if the page really is that large."
        case .redirect:
            return what + "if the new host is the agency's own, add it to the source's allowed_hosts in "
                + "\(owner.file)."
        case .throttled:
            return what + "lower the host's rate in [rate_limits] of \(owner.file), or run fewer workers."
        case .unavailable:
            return what + "the rate limit's Redis (redis.queue_url) did not answer; check `connect-ingest health`."
        case .other:
            return what + "see the message (TLS: the source's tls_ciphers in \(owner.file))."
        }
    }

    /// A run that failed without a failed page: it found nothing where the last run found items, or was stopped.
    static func emptyRunAdvice(_ source: String, agency: AgencyConfig) -> String {
        "What to do: fetch the source's first page and read it with `connect-ingest parse --source \(source)`; if "
            + "the site changed, fix the rules in \(agency.file)."
    }

    /// The agency file that holds `source` (the crawled agency's when none does).
    private func file(of source: String) -> AgencyConfig {
        configs.first { $0.sources.contains { $0.id == source } } ?? agency
    }

    private func isList(_ source: String) -> Bool {
        file(of: source).sources.first { $0.id == source }?.kind.isList ?? source.hasSuffix(".list")
    }

    private func pageKind(_ source: String) -> String { isList(source) ? "list page" : "detail page" }
}
