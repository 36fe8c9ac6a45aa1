import Foundation
import TOML

/// One simulated host, read from `Fixtures/sites/<host>/site.toml` (format in Fixtures/README.md).
public struct SiteManifest: Sendable {
    /// A page the host serves for a method, path and set of parameters.
    public struct Route: Sendable {
        public var method: String
        public var path: String
        /// Parameters that must match; each lists the values accepted, "" standing for absent or empty.
        public var parameters: [String: [String]]
        /// Path of the served file, relative to the Fixtures folder.
        public var file: String
        public var contentType: String?
        /// Replaces the charset of the Content-Type; "" removes it.
        public var charset: String?
        public var status: Int
        public var headers: [(String, String)]
        public var gzip: Bool
    }

    /// tipa.or.kr-style protection: protected paths need the session cookie and a Referer from the same host, or the
    /// block page is served with HTTP 200.
    public struct SessionRule: Sendable {
        public var cookie: String
        public var protectedPrefixes: [String]
        public var blockedFile: String
    }

    public var host: String
    public var scheme: String
    public var robotsFile: String?
    public var notFoundFile: String?
    public var routes: [Route]
    public var session: SessionRule?

    /// Reads and checks a manifest; errors name the file, line and key.
    public static func load(_ url: URL, fixturesRoot: URL) throws -> SiteManifest {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw SimulatorError("cannot read \(url.path): \(error.localizedDescription)")
        }
        let file = url.path
        let table: TOMLTable
        do {
            table = try TOMLDocument.parse(text, file: file)
        } catch {
            throw SimulatorError("\(error)")
        }
        let siteFolder = url.deletingLastPathComponent()
        let base = relativePath(of: siteFolder, under: fixturesRoot)
        func fixturePath(_ relative: String) -> String { base.isEmpty ? relative : base + "/" + relative }

        let reader = ManifestReader(table: table, file: file)
        var manifest = SiteManifest(
            host: try reader.string("host").lowercased(), scheme: try reader.optionalString("scheme") ?? "https",
            robotsFile: try reader.optionalString("robots").map(fixturePath),
            notFoundFile: try reader.optionalString("not_found").map(fixturePath), routes: [], session: nil)
        for (index, routeTable) in try reader.tables("routes").enumerated() {
            let route = ManifestReader(table: routeTable, file: file, context: "routes[\(index)]")
            manifest.routes.append(
                Route(
                    method: (try route.optionalString("method") ?? "GET").uppercased(), path: try route.string("path"),
                    parameters: try route.alternativesTable("params"), file: fixturePath(try route.string("file")),
                    contentType: try route.optionalString("content_type"),
                    charset: try route.optionalString("charset"), status: try route.optionalInt("status") ?? 200,
                    headers: try route.stringTable("headers").sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
                    gzip: try route.optionalBool("gzip") ?? false))
        }
        if let sessionTable = table["session"]?.tableValue {
            let session = ManifestReader(table: sessionTable, file: file, context: "session")
            manifest.session = SessionRule(
                cookie: try session.string("cookie"), protectedPrefixes: try session.stringArray("protect"),
                blockedFile: fixturePath(try session.string("blocked")))
        }
        for file in manifest.routes.map(\.file)
            + [manifest.robotsFile, manifest.notFoundFile, manifest.session?.blockedFile]
            .compactMap({ $0 })
        where !FileManager.default.fileExists(atPath: fixturesRoot.appendingPathComponent(file).path) {
            throw SimulatorError("\(url.path): file \(file) does not exist")
        }
        return manifest
    }

    static func relativePath(of url: URL, under root: URL) -> String {
        let full = url.standardizedFileURL.path
        let prefix = root.standardizedFileURL.path
        guard full.hasPrefix(prefix) else { return full }
        return String(full.dropFirst(prefix.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
    }
}

/// Typed reads from a manifest table, with errors naming file, table and key.
struct ManifestReader {
    let table: TOMLTable
    let file: String
    var context = ""

    private func fail(_ key: String, _ message: String) -> SimulatorError {
        let location = table.location(of: key)?.description ?? file
        return SimulatorError("\(location): \(context.isEmpty ? "" : context + ".")\(key) \(message)")
    }

    func string(_ key: String) throws -> String {
        guard let value = try optionalString(key) else { throw fail(key, "is missing") }
        return value
    }

    func optionalString(_ key: String) throws -> String? {
        guard let value = table[key] else { return nil }
        guard let text = value.stringValue else { throw fail(key, "must be a string, not \(value.typeName)") }
        return text
    }

    func optionalInt(_ key: String) throws -> Int? {
        guard let value = table[key] else { return nil }
        guard let number = value.integerValue else { throw fail(key, "must be an integer") }
        return Int(number)
    }

    func optionalBool(_ key: String) throws -> Bool? {
        guard let value = table[key] else { return nil }
        guard let flag = value.boolValue else { throw fail(key, "must be true or false") }
        return flag
    }

    /// A table of strings (`params`, `headers`); numbers are accepted and written as text.
    func stringTable(_ key: String) throws -> [String: String] {
        guard let value = table[key] else { return [:] }
        guard let inner = value.tableValue else { throw fail(key, "must be a table") }
        var result: [String: String] = [:]
        for name in inner.keys {
            switch inner[name] {
            case .string(let text)?: result[name] = text
            case .integer(let number)?: result[name] = String(number)
            default: throw fail(key, "value of \(name) must be a string")
            }
        }
        return result
    }

    /// `params`: each value a string or an array of accepted strings ("" = absent), e.g. `cPage = ["1", ""]`.
    func alternativesTable(_ key: String) throws -> [String: [String]] {
        guard let value = table[key] else { return [:] }
        guard let inner = value.tableValue else { throw fail(key, "must be a table") }
        var result: [String: [String]] = [:]
        for name in inner.keys {
            switch inner[name] {
            case .string(let text)?: result[name] = [text]
            case .integer(let number)?: result[name] = [String(number)]
            case .array(let items)? where items.allSatisfy({ $0.stringValue != nil }):
                result[name] = items.compactMap(\.stringValue)
            default: throw fail(key, "value of \(name) must be a string or an array of strings")
            }
        }
        return result
    }

    func stringArray(_ key: String) throws -> [String] {
        guard let value = table[key] else { return [] }
        guard let items = value.arrayValue?.compactMap(\.stringValue), items.count == value.arrayValue?.count else {
            throw fail(key, "must be an array of strings")
        }
        return items
    }

    func tables(_ key: String) throws -> [TOMLTable] {
        guard let value = table[key] else { return [] }
        guard let items = value.arrayValue else { throw fail(key, "must be an array of tables ([[\(key)]])") }
        return try items.map { item in
            guard let inner = item.tableValue else { throw fail(key, "must hold tables") }
            return inner
        }
    }
}

/// A problem with the fixtures or a scenario, or a server failure, said plainly.
public struct SimulatorError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
