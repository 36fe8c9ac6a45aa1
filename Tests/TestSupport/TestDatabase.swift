import Foundation
import PostgresClient

/// Isolation for tests that share the project-local PostgreSQL: each test gets its own schema (cheap) or its own
/// database (for migrations, which own the public schema), removed afterwards, so parallel tests never see each
/// other's rows.
public enum TestDatabase {
    /// A short unique name usable as an identifier.
    public static func uniqueName(_ prefix: String) -> String {
        prefix + "_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
    }

    /// Runs `body` with a connection whose search_path is a fresh schema; the schema is dropped afterwards.
    public static func withSchema<Result>(
        _ body: (PostgresConnection, _ schema: String) async throws -> Result
    ) async throws -> Result {
        let schema = uniqueName("test")
        let serverURL = try ServiceURLs.databaseURL()
        let admin = try await PostgresConnection.connect(to: serverURL)
        try await admin.query("CREATE SCHEMA \(identifier: schema)")
        let connection = try await PostgresConnection.connect(to: url(serverURL, searchPath: schema))
        do {
            let result = try await body(connection, schema)
            await connection.close()
            try await admin.query("DROP SCHEMA \(identifier: schema) CASCADE")
            await admin.close()
            return result
        } catch {
            await connection.close()
            _ = try? await admin.query("DROP SCHEMA \(identifier: schema) CASCADE")
            await admin.close()
            throw error
        }
    }

    /// Runs `body` with the URL of a fresh, empty database; the database is dropped afterwards.
    public static func withDatabase<Result>(_ body: (_ url: String) async throws -> Result) async throws -> Result {
        let name = uniqueName("test")
        let serverURL = try ServiceURLs.databaseURL()
        let admin = try await PostgresConnection.connect(to: serverURL)
        try await admin.query("CREATE DATABASE \(identifier: name)")
        let databaseURL = url(serverURL, database: name)
        do {
            let result = try await body(databaseURL)
            try await admin.query("DROP DATABASE \(identifier: name) WITH (FORCE)")
            await admin.close()
            return result
        } catch {
            _ = try? await admin.query("DROP DATABASE \(identifier: name) WITH (FORCE)")
            await admin.close()
            throw error
        }
    }

    /// `base` with its search_path set through libpq's `options` parameter.
    public static func url(_ base: String, searchPath: String) -> String {
        base + (base.contains("?") ? "&" : "?") + "options=-csearch_path%3D\(searchPath)"
    }

    /// `base` pointing at another database on the same server.
    public static func url(_ base: String, database: String) -> String {
        guard var components = URLComponents(string: base) else { return base }
        components.path = "/" + database
        return components.string ?? base
    }
}
