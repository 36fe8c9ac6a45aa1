import CurlTransport
import Foundation
import IngestMetrics

/// Every page the pipeline reads comes through here: robots.txt obeyed, the shared per-host rate limit taken before
/// each request, redirects followed only to allowed hosts (at most `maxRedirects`), retries as `RetryPolicy` says,
/// validators sent for a conditional GET. One fetcher serves one run; its robots.txt cache lives as long as it does.
///
/// One page costs at most `policy.retry.maxRequestsPerPage` requests plus its redirects (see README, "Fetching").
public final class PageFetcher: Sendable {
    let engine: CurlEngine
    let limiter: HostRateLimiter?
    public let policy: FetchPolicy
    let addressing: SiteAddressing
    private let robots = RobotsCache()

    /// - Parameter limiter: nil only in benchmarks that measure the client alone.
    public init(engine: CurlEngine, limiter: HostRateLimiter?, policy: FetchPolicy, addressing: SiteAddressing = .live)
    {
        self.engine = engine
        self.limiter = limiter
        self.policy = policy
        self.addressing = addressing
    }

    public func fetch(_ page: PageRequest) async throws(FetchError) -> FetchedResponse {
        var url = page.url
        var method = page.method
        var body: [UInt8]? = method == .post ? Array(FormEncoding.encode(page.form).utf8) : nil
        var attempt = 1
        var throttledWaits = 0
        var redirects = 0
        var requests = 0
        var visited: Set<String> = [url]
        func failure(_ kind: FetchError.Kind, status: Int? = nil, curl: Int? = nil, _ message: String) -> FetchError {
            FetchError(
                kind: kind, source: page.source, agency: page.agency, url: url, attempt: attempt, status: status,
                curlCode: curl, message: message)
        }
        while true {
            guard let parts = URLParts(url) else { throw failure(.other, "not an http(s) URL") }
            let rules = try await robotsRules(for: parts, page: page)
            let verdict = rules.verdict(forPath: parts.pathAndQuery)
            guard verdict.allowed else {
                throw failure(.disallowed, "robots.txt of \(parts.host) forbids it (\(verdict.rule ?? "Disallow"))")
            }
            try await takeTurn(host: parts.host, crawlDelay: rules.crawlDelay, failure: failure)
            requests += 1
            let outcome: RetryPolicy.Outcome
            var response: CurlResponse?
            let sent = ContinuousClock.now
            do {
                let exchange = try await engine.perform(curlRequest(page, url: url, method: method, body: body))
                PipelineMetrics.requestCompleted(
                    agency: page.agency, source: page.source, status: "\(exchange.status)", since: sent)
                response = exchange
                outcome = .status(exchange.status, retryAfter: exchange.header("Retry-After"))
            } catch let error as CurlError {
                PipelineMetrics.requestCompleted(
                    agency: page.agency, source: page.source, status: error.kind.rawValue, since: sent)
                switch error.kind {
                case .timeout: outcome = .timeout
                case .connection: outcome = .connectionFailure
                case .tooLarge: throw failure(.tooLarge, curl: error.code, error.message)
                case .cancelled, .tls, .other: throw failure(.other, curl: error.code, error.message)
                }
                if case .giveUp(let reason) = policy.retry.decide(
                    outcome, attempt: attempt, throttledWaits: throttledWaits, random: .random(in: 0..<1))
                {
                    throw failure(.transport, curl: error.code, "\(error.message); \(reason)")
                }
            } catch {
                throw failure(.other, "\(error)")
            }
            if let response, [301, 302, 303, 307, 308].contains(response.status) {
                guard let location = response.header("Location") else {
                    throw failure(.redirect, status: response.status, "redirect without a Location")
                }
                let next = parts.resolve(location)
                redirects += 1
                guard redirects <= policy.maxRedirects, !visited.contains(next) else {
                    throw failure(
                        .redirect, status: response.status,
                        visited.contains(next)
                            ? "redirect loop back to \(next)" : "more than \(policy.maxRedirects) redirects")
                }
                guard let nextHost = URLParts(next)?.host, allowed(nextHost, page: page) else {
                    throw failure(
                        .redirect, status: response.status, "redirect to \(next), a host the source does not allow")
                }
                visited.insert(next)
                if response.status == 303 || (method == .post && [301, 302].contains(response.status)) {
                    method = .get
                    body = nil
                }
                url = next
                continue
            }
            switch policy.retry.decide(
                outcome, attempt: attempt, throttledWaits: throttledWaits, random: .random(in: 0..<1))
            {
            case .done:
                guard let response else { throw failure(.other, "no response") }
                return FetchedResponse(
                    requestedURL: page.url, url: url, status: response.status, headers: response.headers,
                    body: response.body, requests: requests)
            case .retry(let delay, let countsAsAttempt):
                if countsAsAttempt { attempt += 1 } else { throttledWaits += 1 }
                try? await Task.sleep(for: delay)
            case .giveUp(let reason):
                let status = response?.status
                let kind: FetchError.Kind =
                    status == 429 || status == 503 ? .throttled : (status == nil ? .transport : .http)
                throw failure(kind, status: status, reason)
            }
        }
    }

    /// The source's own hosts (those of its URLs) and the ones it lists.
    private func allowed(_ host: String, page: PageRequest) -> Bool {
        host == URLParts(page.url)?.host || page.allowedHosts.contains(host)
    }

    /// Waits for this host's next slot in the shared schedule.
    private func takeTurn(
        host: String, crawlDelay: Duration?, failure: (FetchError.Kind, Int?, Int?, String) -> FetchError
    ) async throws(FetchError) {
        guard let limiter else { return }
        let interval = policy.interval(host: host, crawlDelay: crawlDelay)
        let granted: Bool
        do {
            granted = try await limiter.acquire(host: host, interval: interval, maxWait: policy.maxRateWait)
        } catch {
            throw failure(.unavailable, nil, nil, "rate limiter unavailable: \(error)")
        }
        guard granted else {
            throw failure(
                .throttled, nil, nil, "the shared rate limit for \(host) would wait more than \(policy.maxRateWait)")
        }
    }

    private func robotsRules(for parts: URLParts, page: PageRequest) async throws(FetchError) -> RobotsRules {
        guard policy.obeysRobots else { return .allowAll }
        let result = await robots.rules(for: parts, source: page.source) { [self] in
            await self.loadRobots(parts, page: page)
        }
        return try result.get()
    }

    private func loadRobots(_ parts: URLParts, page: PageRequest) async -> Result<RobotsRules, FetchError> {
        let url = parts.origin + "/robots.txt"
        let unreachable = { (message: String, status: Int?) in
            Result<RobotsRules, FetchError>.failure(
                FetchError(
                    kind: .disallowed, source: page.source, agency: page.agency, url: url, attempt: 1, status: status,
                    message: "robots.txt unreachable (\(message)): everything on \(parts.host) is disallowed this run"))
        }
        do {
            if let limiter {
                let interval = policy.interval(host: parts.host, crawlDelay: nil)
                _ = try await limiter.acquire(host: parts.host, interval: interval, maxWait: policy.maxRateWait)
            }
            let sent = ContinuousClock.now
            let response = try await engine.perform(
                curlRequest(PageRequest(source: page.source, url: url), url: url, method: .get, body: nil))
            PipelineMetrics.requestCompleted(
                agency: page.agency, source: page.source, status: "\(response.status)", since: sent)
            switch response.status {
            case 200..<300:
                return .success(
                    RobotsRules(parsing: String(decoding: response.body, as: UTF8.self), agent: policy.robotsAgent))
            case 400..<500: return .success(.allowAll)
            default: return unreachable("HTTP \(response.status)", response.status)
            }
        } catch {
            return unreachable("\(error)", nil)
        }
    }

    func curlRequest(_ page: PageRequest, url: String, method: CurlRequest.Method, body: [UInt8]?) -> CurlRequest {
        let target = addressing.address(url)
        var headers = page.headers
        if url == page.url {
            if let etag = page.etag { headers.append((name: "If-None-Match", value: etag)) }
            if let modified = page.lastModified { headers.append((name: "If-Modified-Since", value: modified)) }
        }
        if method == .post {
            headers.append((name: "Content-Type", value: "application/x-www-form-urlencoded; charset=UTF-8"))
        }
        return CurlRequest(
            url: target.url, method: method, headers: headers, body: body, userAgent: policy.userAgent,
            connectTimeout: policy.connectTimeout, totalTimeout: policy.totalTimeout,
            lowSpeedBytesPerSecond: policy.lowSpeedBytesPerSecond, lowSpeedTime: policy.lowSpeedTime,
            maxBodyBytes: policy.maxBodyBytes, cipherList: page.cipherList, cookies: page.cookies,
            connectTo: target.connectTo)
    }
}

/// `application/x-www-form-urlencoded`, as browsers send forms (UTF-8, space as `+`).
enum FormEncoding {
    static func encode(_ fields: [(name: String, value: String)]) -> String {
        fields.map { component($0.name) + "=" + component($0.value) }.joined(separator: "&")
    }

    static func component(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "*"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " "):
                result += "+"
            default:
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded
            }
        }
        return result
    }
}

extension String {
    fileprivate var leftPadded: String { count == 1 ? "0" + self : self }
}
