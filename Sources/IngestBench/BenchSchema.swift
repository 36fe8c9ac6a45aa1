import PostgresClient
import Store

/// A schema of the benchmark's own in the project's PostgreSQL, migrated and with the IRIS source catalogued, dropped
/// afterwards whatever happens: benchmarks never touch the operator's tables.
enum BenchSchema {
    static func with(
        databaseURL: String, _ body: (_ database: PostgresConnection, _ url: String) async throws -> Void
    ) async throws {
        let schema = "bench_\(UInt32.random(in: 0...UInt32.max))"
        let admin = try await PostgresConnection.connect(to: databaseURL)
        try await admin.query("CREATE SCHEMA \(identifier: schema)")
        let separator = databaseURL.contains("?") ? "&" : "?"
        let url = databaseURL + separator + "options=-csearch_path%3D\(schema)"
        do {
            let db = try await PostgresConnection.connect(to: url)
            do {
                try await MigrationRunner(connection: db).migrate()
                try await SourceCatalog(connection: db).sync([
                    .init(
                        code: "iris.detail", agency: nil, name: "IRIS", kind: "html_detail", host: "www.iris.go.kr",
                        shared: true, enabled: true)
                ])
                try await body(db, url)
                await db.close()
            } catch {
                await db.close()
                throw error
            }
        } catch {
            _ = try? await admin.query("DROP SCHEMA \(identifier: schema) CASCADE")
            await admin.close()
            throw error
        }
        try await admin.query("DROP SCHEMA \(identifier: schema) CASCADE")
        await admin.close()
    }
}
