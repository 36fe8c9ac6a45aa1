import Foundation
import Parse
import PostgresClient

/// The `sources` table kept in step with the agency files, so runs, fetched pages and remembered rows can refer to
/// a source by its id.
public struct SourceCatalog: Sendable {
    let connection: PostgresConnection

    public init(connection: PostgresConnection) {
        self.connection = connection
    }

    public struct Entry: Sendable, Hashable {
        public var code: String
        /// nil for a shared source (IRIS, NTIS) that carries every agency.
        public var agency: String?
        public var name: String
        public var kind: String
        public var host: String
        public var shared: Bool
        public var enabled: Bool

        public init(
            code: String, agency: String?, name: String, kind: String, host: String, shared: Bool, enabled: Bool
        ) {
            self.code = code
            self.agency = agency
            self.name = name
            self.kind = kind
            self.host = host
            self.shared = shared
            self.enabled = enabled
        }
    }

    /// Every source of the agency files as a catalog entry (shared hubs carry no agency).
    public static func entries(_ configs: [AgencyConfig]) -> [Entry] {
        configs.flatMap { config in
            config.sources.map { source in
                Entry(
                    code: source.id, agency: config.shared ? nil : config.code, name: "\(config.name) \(source.id)",
                    kind: source.kind.rawValue, host: URL(string: source.url)?.host ?? "", shared: config.shared,
                    enabled: config.enabled && source.enabled)
            }
        }
    }

    /// Inserts new sources and updates known ones; sources no longer in the files are left (their history stays).
    public func sync(_ entries: [Entry]) async throws {
        for entry in entries {
            try await connection.query(
                """
                INSERT INTO sources (code, agency_code, name, kind, host, is_shared, enabled)
                VALUES (\(entry.code), \(entry.agency), \(entry.name), \(entry.kind), \(entry.host), \(entry.shared),
                    \(entry.enabled))
                ON CONFLICT (code) DO UPDATE SET agency_code = EXCLUDED.agency_code, name = EXCLUDED.name,
                    kind = EXCLUDED.kind, host = EXCLUDED.host, is_shared = EXCLUDED.is_shared,
                    enabled = EXCLUDED.enabled, updated_at = now()
                """)
        }
    }
}
