import ArchiveCodec
import CurlTransport
import Fetch
import Parse
import Store

/// Walks one source as its agency file describes it: warm-up pages first (one cookie session per walk), then the
/// list from its first page by its paging rule up to its page cap, once per parameter variant; follows the detail
/// links of new or changed rows; archives and indexes every page; yields programs and problems. Replay, the worker
/// and the demo all walk sources through here.
///
/// Stops a variant at the list's last page, at an empty page, or (incremental walks) at the first page whose rows
/// were all seen before unchanged. Three block or error pages in a row stop the whole source for the run (the
/// breaker): a site that refuses us is not asked again and again.
public struct SourceCrawl: Sendable {
    /// `incremental` follows only new or changed rows and sends validators (304s cost no parse); `full` reads every
    /// page and row afresh.
    public enum Mode: Sendable { case incremental, full }

    public let source: SourceConfig
    public let agency: AgencyConfig
    /// Every source by id, for the detail sources lists link to (possibly in another agency's file).
    public let sources: [String: SourceConfig]
    /// The sites, or the archive of an earlier run (replay).
    public let pages: any PageSupplier
    public var archive: PageArchive?
    public var index: FetchedPageIndex?
    public var memory: ListRowMemory?
    /// Unchanged rows whose open program's detail was last seen too long ago are followed anyway (incremental mode).
    public var recheck: DetailRecheck?
    public var runID: Int64?
    public var mode: Mode = .incremental
    /// Block or error pages in a row that stop the source.
    public var breakerThreshold = 3

    public init(source: SourceConfig, agency: AgencyConfig, sources: [String: SourceConfig], pages: any PageSupplier) {
        self.source = source
        self.agency = agency
        self.sources = sources
        self.pages = pages
    }

    public func run() async -> CrawlOutcome {
        var walk = Walk(crawl: self)
        await walk.run()
        return walk.outcome
    }

    /// Remembers what the walk saw (rows, validators) once its programs are stored. Before that, a crawl cut short
    /// (a killed worker, a failed store) must leave the next run to read those pages and rows again: remembered
    /// early, they would answer "nothing new" or 304, and the programs would never be stored.
    public func commit(_ outcome: CrawlOutcome) async throws {
        if let memory {
            for (source, rows) in outcome.learnt.rows {
                try await memory.remember(source: source, rows: rows, run: runID)
            }
        }
        if let index {
            for kept in outcome.learnt.validators {
                try await index.keepValidators(entry: kept.entry, etag: kept.etag, lastModified: kept.lastModified)
            }
        }
    }
}

/// The state of one walk.
struct Walk {
    let crawl: SourceCrawl
    var outcome = CrawlOutcome()
    var cookies: CurlCookieJar?
    var blockedInARow = 0
    /// Some details of this source are due for a re-check: list pages are fetched without validators.
    var recheckDue = false
    /// The last list page fetched: its index row and the validators it will get once its rows are followed through.
    var pendingValidators: CrawlMemory.Validators?

    init(crawl: SourceCrawl) {
        self.crawl = crawl
    }

    mutating func run() async {
        cookies = try? CurlCookieJar()
        for url in crawl.source.warmup {
            guard await fetch(url: url, method: "GET", form: [:], source: crawl.source) != nil else { return }
        }
        guard crawl.source.kind.isList else {
            outcome.failures.append(.configuration("\(crawl.source.id) is a detail source: walk its list instead"))
            return
        }
        if let recheck = crawl.recheck, crawl.mode == .incremental, let detail = crawl.source.detailSource {
            recheckDue = (try? await recheck.anyDue(source: detail)) ?? false
        }
        for variant in crawl.source.variants() {
            await walkList(variant)
            if outcome.breakerReason != nil { return }
        }
    }

    private mutating func walkList(_ variant: SourceConfig) async {
        let label = variant.variantLabel.isEmpty ? "" : " (\(variant.variantLabel))"
        let pages: [Int?] =
            variant.paging.map { paging in Array(paging.first..<(paging.first + paging.maxPages)).map { Optional($0) } }
            ?? [nil]
        for page in pages {
            let request: FollowUpRequest
            do {
                request = try variant.request(page: page)
            } catch {
                outcome.failures.append(.configuration("\(variant.id): \(error)"))
                return
            }
            guard
                let fetched = await fetch(url: request.url, method: request.method, form: request.form, source: variant)
            else { return }
            outcome.listPagesFetched += 1
            let listValidators = pendingValidators
            guard let body = fetched.body else {
                outcome.stops.append("page \(page ?? 1)\(label) not modified since the last run")
                return
            }
            guard let result = parse(body, url: fetched.url, charset: fetched.charset, context: [:], source: variant)
            else {
                // A list page that cannot be read says nothing about the next one: paging on would repeat the failure
                // up to the page cap.
                outcome.stops.append("page \(page ?? 1)\(label) could not be read")
                return
            }
            outcome.skippedRows += result.skipped
            outcome.programs += result.programs
            let rows = Self.rows(of: result)
            let changes = await compare(rows, source: variant)
            let due = await dueForRecheck(result.followUps, changes: changes)
            var unread = Set<String>()
            for followUp in result.followUps {
                let id = followUp.context["id"] ?? followUp.url
                if crawl.mode == .incremental, changes[id] == .unchanged {
                    guard due.contains(id) else {
                        outcome.unchangedRows += 1
                        continue
                    }
                    outcome.rechecked += 1
                }
                if await followDetail(followUp) == .retryLater { unread.insert(id) }
                if outcome.breakerReason != nil { break }
            }
            // A row whose detail could not be fetched for a passing reason (a timeout, a 5xx, throttling) is not
            // remembered, and the page keeps no validators: the next run reads it again and follows that row instead
            // of taking it for seen. A 404 or an unreadable page is remembered (its failure is recorded for
            // `replay --failed`).
            await remember(rows.filter { !unread.contains($0.id) }, source: variant)
            if unread.isEmpty, outcome.breakerReason == nil, let listValidators {
                outcome.learnt.validators.append(listValidators)
            }
            if outcome.breakerReason != nil { return }
            if result.followUps.isEmpty && result.programs.isEmpty && result.skipped == 0 {
                outcome.stops.append("page \(page ?? 1)\(label) is empty")
                return
            }
            if crawl.mode == .incremental, variant.paging?.stopWhenNothingNew ?? true, !rows.isEmpty,
                rows.allSatisfy({ changes[$0.id] == .unchanged })
            {
                outcome.stops.append("page \(page ?? 1)\(label) brought nothing new")
                return
            }
            if let count = result.pageCount, let page, page >= count {
                outcome.stops.append("last page (\(count))\(label)")
                return
            }
        }
        outcome.stops.append("page cap (\(pages.count))\(label)")
    }

    enum DetailRead: Equatable {
        /// Read and parsed, not modified since it was, or failed in a way another try would not change.
        case settled
        /// Failed for a passing reason: worth following again next run.
        case retryLater
    }

    /// Fetches and parses a row's detail page (failures are recorded in the outcome).
    private mutating func followDetail(_ followUp: FollowUpRequest) async -> DetailRead {
        guard let detail = crawl.sources[followUp.source] else {
            outcome.failures.append(.configuration("no source \(followUp.source) for \(followUp.url)"))
            return .settled
        }
        guard let fetched = await fetch(url: followUp.url, method: followUp.method, form: followUp.form, source: detail)
        else {
            guard case .fetch(let error) = outcome.failures.last else { return .settled }
            let passing =
                [.transport, .throttled, .unavailable].contains(error.kind) || (error.status ?? 0) >= 500
            return passing ? .retryLater : .settled
        }
        outcome.detailPagesFetched += 1
        // Not modified since it was last read and stored.
        guard let body = fetched.body else { return .settled }
        guard
            let result = parse(
                body, url: fetched.url, charset: fetched.charset, context: followUp.context, source: detail)
        else { return .settled }
        outcome.programs += result.programs
        if let pendingValidators { outcome.learnt.validators.append(pendingValidators) }
        return .settled
    }

    /// A fetched page: its body (nil for a 304), final URL and charset; nil when it failed (recorded).
    private mutating func fetch(
        url: String, method: String, form: [String: String], source: SourceConfig
    ) async -> (body: [UInt8]?, url: String, charset: String?)? {
        let digest = Self.requestDigest(method: method, url: url, form: form, volatile: source.volatileParameters)
        // A full walk reads every page afresh; an incremental one lets the site answer 304 for what did not change.
        let fresh = crawl.mode == .full || !crawl.pages.isLive || (recheckDue && source.kind.isList)
        let validators = fresh ? nil : ((try? await crawl.index?.validators(requestDigest: digest)) ?? nil)
        let request = PageRequest(
            source: source.id, agency: crawl.agency.code, url: url, method: method == "POST" ? .post : .get,
            form: form.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) },
            headers: source.headers.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) },
            allowedHosts: Set(source.allowedHosts), cipherList: source.tlsCiphers, cookies: cookies,
            etag: validators?.etag, lastModified: validators?.lastModified)
        let response: FetchedResponse
        do throws(FetchError) {
            response = try await crawl.pages.page(request, requestDigest: digest)
        } catch {
            outcome.failures.append(.fetch(error))
            if error.kind == .throttled {
                // A host that keeps throttling would make every remaining page spin through its waits: stop.
                outcome.breakerReason = "\(source.id): \(error.message) (\(error.url)); stopped for this run"
            }
            return nil
        }
        var stored: PageArchive.Stored?
        // A replayed page is in the archive and the index already.
        let live = crawl.pages.isLive
        if live, !response.notModified, let archive = crawl.archive {
            do {
                stored = try archive.store(response.body)
            } catch {
                outcome.failures.append(.archive("\(error)"))
            }
        }
        let contentType = response.header("Content-Type")
        let charset = FetchedPage.charset(inContentType: contentType)
        pendingValidators = nil
        if live {
            // Validators are kept only once what the page led to is stored (`commit`): a list page's after its rows
            // were followed through, a detail page's with its program.
            let entry = try? await crawl.index?.record(
                .init(
                    runID: crawl.runID, source: source.id, url: response.url, method: method, requestDigest: digest,
                    status: response.status, contentType: contentType, charset: charset, bodyDigest: stored?.digest,
                    bodyBytes: response.notModified ? nil : response.body.count))
            let etag = response.header("ETag")
            let lastModified = response.header("Last-Modified")
            if let entry, !response.notModified, etag != nil || lastModified != nil {
                pendingValidators = CrawlMemory.Validators(entry: entry, etag: etag, lastModified: lastModified)
            }
        }
        outcome.bytesFetched += response.body.count
        if response.notModified {
            outcome.pagesNotModified += 1
            return (nil, response.url, charset)
        }
        return (response.body, response.url, charset)
    }

    private mutating func parse(
        _ body: [UInt8], url: String, charset: String?, context: [String: String], source: SourceConfig
    ) -> ParseResult? {
        guard let parser = ParserRegistry.parser(named: source.parser) else {
            outcome.failures.append(.configuration("\(source.id) names parser \(source.parser), which is unknown"))
            return nil
        }
        do {
            let result = try parser.init().parse(
                FetchedPage(url: url, bytes: body, declaredCharset: charset, listContext: context), source: source)
            blockedInARow = 0
            outcome.problems += result.problems.map { (url, $0) }
            return result
        } catch {
            outcome.failures.append(.parse(error, digest: SHA256Digest.hex(body)))
            if error.code == .blocked || error.code == .errorPage {
                blockedInARow += 1
                if blockedInARow >= crawl.breakerThreshold {
                    outcome.breakerReason =
                        "\(blockedInARow) \(error.code) answers in a row (last: \(url)): \(source.id) stopped for this run"
                }
            }
            return nil
        }
    }

    private func compare(_ rows: [ListRowMemory.Row], source: SourceConfig) async -> [String: ListRowMemory.Change] {
        guard let memory = crawl.memory else { return [:] }
        return (try? await memory.compare(source: source.id, rows: rows)) ?? [:]
    }

    /// The unchanged rows whose detail is due for a re-check; a failing lookup re-checks nothing (the next run will).
    private func dueForRecheck(
        _ followUps: [FollowUpRequest], changes: [String: ListRowMemory.Change]
    ) async -> Set<String> {
        guard let recheck = crawl.recheck, crawl.mode == .incremental else { return [] }
        var bySource: [String: [String]] = [:]
        for followUp in followUps {
            let id = followUp.context["id"] ?? followUp.url
            if changes[id] == .unchanged { bySource[followUp.source, default: []].append(id) }
        }
        var due = Set<String>()
        for (source, ids) in bySource {
            due.formUnion((try? await recheck.due(source: source, ids: ids)) ?? [])
        }
        return due
    }

    private mutating func remember(_ rows: [ListRowMemory.Row], source: SourceConfig) async {
        guard !rows.isEmpty else { return }
        outcome.learnt.rows.append((source.id, rows))
    }

    /// The rows a list page showed, skipped ones included (other agencies, rows without a detail source), each by
    /// its id and a digest of what the row said, as the list parsers report them.
    static func rows(of result: ParseResult) -> [ListRowMemory.Row] {
        result.rows.map { ListRowMemory.Row(id: $0.id, hash: $0.digest, skipped: $0.skipped) }
    }

    /// What identifies a request across runs: method, URL without its volatile parameters, and the form.
    static func requestDigest(method: String, url: String, form: [String: String], volatile: [String]) -> String {
        var identity = URLText.canonical(url, dropping: Set(volatile))
        identity = method + " " + identity
        for (name, value) in form.sorted(by: { $0.key < $1.key }) where !volatile.contains(name) {
            identity += "\n\(name)=\(value)"
        }
        return SHA256Digest.hex(Array(identity.utf8))
    }
}
