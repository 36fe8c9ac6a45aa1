import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The simulated agency web: one HTTP/1.1 server on 127.0.0.1 that serves every fixture host, chosen by the `Host`
/// header, so each real host stays distinct (cookies, robots.txt, redirects, per-host limits). Tests start it
/// in-process on a free port; `agency-sim` runs it from the command line. Scenarios change its behaviour while it
/// runs, and every request is logged.
public final class AgencySimulator: Sendable {
    private struct State {
        var scenarios: [Scenario] = []
        /// How many times each fault rule has fired, keyed by scenario index and rule index.
        var fired: [String: Int] = [:]
        var log: [LoggedRequest] = []
        var listener: Int32 = -1
        var port: Int = 0
        /// Signalled when the accept loop has ended and closed the listener.
        var acceptLoopEnded: DispatchSemaphore?
    }

    public let fixturesRoot: URL
    /// The hosts served, from `Fixtures/sites/*/site.toml`.
    public let sites: [String: SiteManifest]
    private let router: SiteRouter
    private let state = Mutex(State())

    /// Loads every site manifest under `fixturesRoot/sites`.
    public init(fixturesRoot: URL) throws {
        self.fixturesRoot = fixturesRoot
        let sitesFolder = fixturesRoot.appendingPathComponent("sites")
        let hosts = (try? FileManager.default.contentsOfDirectory(atPath: sitesFolder.path)) ?? []
        var sites: [String: SiteManifest] = [:]
        for host in hosts.sorted() {
            let manifest = sitesFolder.appendingPathComponent(host).appendingPathComponent("site.toml")
            guard FileManager.default.fileExists(atPath: manifest.path) else { continue }
            let site = try SiteManifest.load(manifest, fixturesRoot: fixturesRoot)
            sites[site.host] = site
        }
        guard !sites.isEmpty else { throw SimulatorError("no site.toml found under \(sitesFolder.path)") }
        self.sites = sites
        self.router = SiteRouter(sites: sites, fixturesRoot: fixturesRoot)
    }

    /// The port it listens on (0 before `start`).
    public var port: Int { state.withLock { $0.port } }

    /// Binds 127.0.0.1:`port` (0 picks a free port) and serves on background threads until `stop()`.
    public func start(port requestedPort: Int = 0) throws {
        let listener = try Self.listen(port: requestedPort)
        let ended = DispatchSemaphore(value: 0)
        state.withLock {
            $0.listener = listener.fd
            $0.port = listener.port
            $0.acceptLoopEnded = ended
        }
        // The loop closes the listener itself once `accept` fails: closed by `stop()` while the loop was between two
        // `accept` calls, its descriptor number could go to another server's new socket (tests run many simulators
        // in one process), whose connections this loop would then take.
        Thread.detachNewThread { [self] in
            acceptLoop(listener.fd)
            close(listener.fd)
            ended.signal()
        }
    }

    /// Stops accepting connections and waits for the listener to be closed. Connections already open finish their
    /// current response.
    public func stop() {
        let (fd, ended) = state.withLock { state -> (Int32, DispatchSemaphore?) in
            defer {
                state.listener = -1
                state.acceptLoopEnded = nil
            }
            return (state.listener, state.acceptLoopEnded)
        }
        if fd >= 0 {
            shutdown(fd, Int32(SHUT_RDWR))
            ended?.wait()
        }
    }

    // MARK: Scenarios and the log

    /// Adds a scenario on top of those active; its rules apply from the next request on. A scenario naming a host
    /// or a file the fixtures do not have is refused, so a typo cannot silently change nothing.
    public func apply(_ scenario: Scenario) throws {
        for host in scenario.faults.map(\.match.host) + scenario.changes.map(\.match.host) where sites[host] == nil {
            throw SimulatorError("scenario \(scenario.name): unknown host \(host)")
        }
        for change in scenario.changes
        where !FileManager.default.fileExists(atPath: fixturesRoot.appendingPathComponent(change.file).path) {
            throw SimulatorError("scenario \(scenario.name): file \(change.file) does not exist")
        }
        state.withLock { $0.scenarios.append(scenario) }
    }

    /// Loads `Fixtures/scenarios/<name>.toml` and applies it.
    public func apply(scenarioNamed name: String) throws {
        try apply(try Scenario.load(fixturesRoot.appendingPathComponent("scenarios/\(name).toml")))
    }

    /// Removes every scenario: the sites behave as their fixtures say again.
    public func clearScenarios() {
        state.withLock {
            $0.scenarios.removeAll()
            $0.fired.removeAll()
        }
    }

    /// Every request answered so far, oldest first.
    public var requestLog: [LoggedRequest] { state.withLock { $0.log } }

    public func clearRequestLog() {
        state.withLock { $0.log.removeAll() }
    }

    /// What the fixtures (with the active changes, without faults or transfer encoding) answer to `request`, with
    /// no socket involved: for checking the fixture set itself.
    public func fixtureResponse(to request: HTTPRequest) -> HTTPResponse {
        let parameters = request.parameters
        let changes = state.withLock { state in
            state.scenarios.reversed().flatMap {
                $0.changes.filter { $0.match.matches(request, parameters: parameters) }
            }
        }
        return router.page(for: request, changes: changes)
    }

    /// What the fixtures answer for a full URL (`https://host/path?query`), as `fixtureResponse(to:)`: a session
    /// cookie and a same-host Referer are supplied, so protected pages are served.
    public func fixtureResponse(url: String, method: String = "GET", form: [String: String] = [:]) -> HTTPResponse? {
        guard let components = URLComponents(string: url), let host = components.host else { return nil }
        var headers = ["host": host, "referer": "https://\(host)/"]
        if let session = sites[host]?.session { headers["cookie"] = "\(session.cookie)=fixture" }
        var body: [UInt8] = []
        if !form.isEmpty {
            headers["content-type"] = "application/x-www-form-urlencoded"
            var encoder = URLComponents()
            encoder.queryItems = form.sorted { $0.key < $1.key }.map { URLQueryItem(name: $0.key, value: $0.value) }
            body = Array((encoder.percentEncodedQuery ?? "").utf8)
        }
        let request = HTTPRequest(
            method: method, path: components.percentEncodedPath.removingPercentEncoding ?? components.path,
            rawQuery: components.percentEncodedQuery ?? "", headers: headers, body: body)
        return fixtureResponse(to: request)
    }

    // MARK: Serving

    private func acceptLoop(_ listener: Int32) {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            Thread.detachNewThread { [self] in serve(client) }
        }
    }

    private func serve(_ fd: Int32) {
        let connection = Connection(fd: fd)
        defer { connection.close() }
        while let request = connection.readRequest() {
            let keepOpen = handle(request, on: connection)
            if !keepOpen { return }
        }
    }

    /// Answers one request; returns whether the connection stays open for the next.
    private func handle(_ request: HTTPRequest, on connection: Connection) -> Bool {
        if request.path.hasPrefix("/__sim/") {
            let response = adminResponse(request)
            return connection.write(response, delivery: Delivery(), headOnly: false, keepAlive: false)
        }
        let (changes, faults) = activeRules(for: request)
        let (response, delivery) = router.respond(to: request, changes: changes, faults: faults)
        record(request, response: response, faults: faults)
        let keepAlive = delivery.cut == nil && (request.headers["connection"]?.lowercased() != "close")
        return connection.write(response, delivery: delivery, headOnly: request.method == "HEAD", keepAlive: keepAlive)
            && keepAlive
    }

    /// The changes and faults that apply to `request`, counting each limited fault as used.
    private func activeRules(for request: HTTPRequest) -> ([Scenario.Change], [Scenario.Fault]) {
        let parameters = request.parameters
        return state.withLock { state in
            var changes: [Scenario.Change] = []
            var faults: [Scenario.Fault] = []
            // The newest scenario's change wins when several replace the same page.
            for scenario in state.scenarios.reversed() {
                changes += scenario.changes.filter { $0.match.matches(request, parameters: parameters) }
            }
            for (scenarioIndex, scenario) in state.scenarios.enumerated() {
                for (ruleIndex, rule) in scenario.faults.enumerated()
                where rule.match.matches(request, parameters: parameters) {
                    let key = "\(scenarioIndex).\(ruleIndex)"
                    let fired = state.fired[key, default: 0]
                    if let times = rule.times, fired >= times { continue }
                    state.fired[key] = fired + 1
                    faults.append(rule.fault)
                }
            }
            return (changes, faults)
        }
    }

    private func record(_ request: HTTPRequest, response: HTTPResponse, faults: [Scenario.Fault]) {
        var headers: [String: String] = [:]
        for name in LoggedRequest.headersOfInterest { headers[name] = request.headers[name] }
        let isForm = (request.headers["content-type"] ?? "").hasPrefix("application/x-www-form-urlencoded")
        let entry = LoggedRequest(
            time: Date(), method: request.method, host: request.host, path: request.path, query: request.rawQuery,
            form: isForm ? FormEncoding.decode(String(decoding: request.body, as: UTF8.self)) : [:], headers: headers,
            status: response.status, bodyBytes: response.body.count, faults: faults.map(\.kindName))
        state.withLock { $0.log.append(entry) }
    }
}
