import Foundation
import TOML

/// Misbehaviour and change over time, applied to a running simulator without restarting it. Read from
/// `Fixtures/scenarios/<name>.toml` or built in code by tests.
public struct Scenario: Sendable {
    /// Which requests a rule applies to: a host, and optionally an exact path or a path prefix and parameters.
    public struct Match: Sendable {
        public var host: String
        public var path: String?
        public var pathPrefix: String?
        /// Accepted values per parameter; "" stands for absent or empty.
        public var parameters: [String: [String]]

        public init(host: String, path: String? = nil, pathPrefix: String? = nil, parameters: [String: [String]] = [:])
        {
            self.host = host.lowercased()
            self.path = path
            self.pathPrefix = pathPrefix
            self.parameters = parameters
        }

        func matches(_ request: HTTPRequest, parameters requestParameters: [String: String]) -> Bool {
            guard request.host == host else { return false }
            if let path, request.path != path { return false }
            if let pathPrefix, !request.path.hasPrefix(pathPrefix) { return false }
            return parameters.allSatisfy { $0.value.contains(requestParameters[$0.key] ?? "") }
        }
    }

    /// One way of misbehaving.
    public enum Fault: Sendable {
        /// Wait before answering.
        case latency(Duration)
        /// Send the body `chunk` bytes at a time, waiting `interval` between chunks.
        case drip(chunk: Int, interval: Duration)
        /// Answer with this status (and `Retry-After` when given) instead of the page.
        case status(Int, retryAfter: String?)
        /// Send the headers and `afterBytes` of the body, then reset the connection (RST).
        case reset(afterBytes: Int)
        /// Announce the full Content-Length, send `afterBytes`, then close.
        case truncate(afterBytes: Int)
        /// Redirect to the same URL, forever.
        case redirectLoop
        /// Redirect (302) to another URL, possibly on another host.
        case redirect(location: String)
        /// Compress the body with gzip whatever the client asked.
        case gzip
        /// Replace the charset in Content-Type; "" removes it.
        case charset(String)
        /// Serve a body of this many bytes (an HTML page padded with comments).
        case largeBody(bytes: Int)
        /// Serve this file (relative to Fixtures) with HTTP 200 instead of the page.
        case errorPage(file: String)
        /// Serve a small PDF where the page was expected.
        case pdf
        /// Serve an HTML page of about this many bytes that names the request's path and query, so every URL gets
        /// a body of its own (fetch benchmarks with archiving, where identical bodies would be stored once).
        case sizedPage(bytes: Int)
    }

    /// A fault for the requests that match, for the first `times` of them (all when nil).
    public struct FaultRule: Sendable {
        public var match: Match
        public var fault: Fault
        public var times: Int?

        public init(match: Match, fault: Fault, times: Int? = nil) {
            self.match = match
            self.fault = fault
            self.times = times
        }
    }

    /// Serve another file (relative to Fixtures) for the requests that match: a new announcement, a changed
    /// deadline, a redesigned page.
    public struct Change: Sendable {
        public var match: Match
        public var file: String

        public init(match: Match, file: String) {
            self.match = match
            self.file = file
        }
    }

    public var name: String
    public var faults: [FaultRule]
    public var changes: [Change]

    public init(name: String, faults: [FaultRule] = [], changes: [Change] = []) {
        self.name = name
        self.faults = faults
        self.changes = changes
    }
}

extension Scenario {
    /// Reads a scenario file; errors name the file, line and key.
    public static func load(_ url: URL) throws -> Scenario {
        let file = url.path
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw SimulatorError("cannot read scenario \(file): \(error.localizedDescription)")
        }
        let table: TOMLTable
        do {
            table = try TOMLDocument.parse(text, file: file)
        } catch {
            throw SimulatorError("\(error)")
        }
        let root = ManifestReader(table: table, file: file)
        var scenario = Scenario(name: url.deletingPathExtension().lastPathComponent)
        for (index, faultTable) in try root.tables("faults").enumerated() {
            let reader = ManifestReader(table: faultTable, file: file, context: "faults[\(index)]")
            scenario.faults.append(
                FaultRule(match: try match(reader), fault: try fault(reader), times: try reader.optionalInt("times")))
        }
        for (index, changeTable) in try root.tables("changes").enumerated() {
            let reader = ManifestReader(table: changeTable, file: file, context: "changes[\(index)]")
            scenario.changes.append(Change(match: try match(reader), file: try reader.string("file")))
        }
        return scenario
    }

    private static func match(_ reader: ManifestReader) throws -> Match {
        Match(
            host: try reader.string("host"), path: try reader.optionalString("path"),
            pathPrefix: try reader.optionalString("path_prefix"), parameters: try reader.alternativesTable("params"))
    }

    private static func duration(_ reader: ManifestReader, _ key: String, default fallback: Duration) throws -> Duration
    {
        guard let text = try reader.optionalString(key) else { return fallback }
        guard let duration = DurationParsing.parse(text) else {
            throw SimulatorError("\(reader.file): \(reader.context).\(key) \"\(text)\" is not a duration (500ms, 2s)")
        }
        return duration
    }

    private static func fault(_ reader: ManifestReader) throws -> Fault {
        let kind = try reader.string("kind")
        switch kind {
        case "latency": return .latency(try duration(reader, "delay", default: .seconds(1)))
        case "drip":
            return .drip(
                chunk: try reader.optionalInt("chunk") ?? 64,
                interval: try duration(reader, "interval", default: .milliseconds(100)))
        case "status":
            return .status(
                try reader.optionalInt("status") ?? 500, retryAfter: try reader.optionalString("retry_after"))
        case "reset": return .reset(afterBytes: try reader.optionalInt("after_bytes") ?? 0)
        case "truncate": return .truncate(afterBytes: try reader.optionalInt("after_bytes") ?? 100)
        case "redirect_loop": return .redirectLoop
        case "redirect": return .redirect(location: try reader.string("location"))
        case "gzip": return .gzip
        case "charset": return .charset(try reader.optionalString("charset") ?? "")
        case "large_body": return .largeBody(bytes: try reader.optionalInt("size") ?? 25_000_000)
        case "error_page": return .errorPage(file: try reader.string("file"))
        case "pdf": return .pdf
        case "sized_page": return .sizedPage(bytes: try reader.optionalInt("size") ?? 20_000)
        default:
            throw SimulatorError(
                "\(reader.file): \(reader.context).kind \"\(kind)\" is unknown (latency, drip, status, reset, truncate, "
                    + "redirect_loop, redirect, gzip, charset, large_body, error_page, pdf, sized_page)")
        }
    }
}

/// `500ms`, `2s`, `1m`, or a bare number of seconds.
enum DurationParsing {
    static func parse(_ text: String) -> Duration? {
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60)]
        for (suffix, scale) in units where text.hasSuffix(suffix) {
            guard let value = Double(text.dropLast(suffix.count)), value >= 0 else { return nil }
            return .milliseconds(Int64((value * scale * 1000).rounded()))
        }
        guard let seconds = Double(text), seconds >= 0 else { return nil }
        return .milliseconds(Int64((seconds * 1000).rounded()))
    }
}
