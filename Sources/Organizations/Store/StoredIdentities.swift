import Foundation
import PostgresClient

/// The stored organizations an import's rows could be, and the rule that picks one per row: the same ref; else the
/// same business number (unless the stored one has another ref); else the same name and type among stored rows
/// that do not say otherwise (no other ref, no other number). Contradictions are import errors naming the row.
struct StoredIdentities {
    struct Stored {
        var id: Int64
        var ref: String?
        var hash: Data?
        var name: String
        var kind: String
    }

    var stored: [Stored]

    static func load(
        for rows: [ImportedOrganization], sealed: [SealedBusinessNumber?], from connection: PostgresConnection
    ) async throws -> StoredIdentities {
        let refs = rows.compactMap(\.ref)
        let hashes = sealed.compactMap { $0.map { hex($0.lookupHash) } }
        let names = rows.map(\.organization.name)
        let kinds = rows.map(\.organization.kind.rawValue)
        let result = try await connection.query(
            """
            SELECT id, external_ref, business_number_hash, name, org_type
            FROM organizations
            WHERE external_ref = ANY(\(refs)::text[])
                OR business_number_hash IN (SELECT decode(h, 'hex') FROM unnest(\(hashes)::text[]) AS h)
                OR (name, org_type) IN (SELECT n, t FROM unnest(\(names)::text[], \(kinds)::text[]) AS u (n, t))
            ORDER BY id
            """)
        return StoredIdentities(
            stored: try result.map { row in
                Stored(
                    id: try row.decode(Int64.self, "id"), ref: try row.decode(String?.self, "external_ref"),
                    hash: try row.decode(Data?.self, "business_number_hash"),
                    name: try row.decode(String.self, "name"), kind: try row.decode(String.self, "org_type"))
            })
    }

    /// The stored id each row updates, nil for rows to insert.
    func resolve(_ rows: [ImportedOrganization], sealed: [SealedBusinessNumber?]) throws(OrganizationImportError)
        -> [Int64?]
    {
        var problems: [OrganizationImportError.Problem] = []
        var claimed: [Int64: RowPosition] = [:]
        var targets: [Int64?] = []
        for (row, seal) in zip(rows, sealed) {
            func problem(_ field: String, _ message: String) {
                problems.append(.init(position: row.position, field: field, message: message))
            }
            let hash = seal?.lookupHash
            let holder = hash.flatMap { hash in stored.first { $0.hash == hash } }
            var target: Stored?
            if let ref = row.ref, let byRef = stored.first(where: { $0.ref == ref }) {
                target = byRef
            } else if let byNumber = holder {
                if let other = byNumber.ref, let mine = row.ref, other != mine {
                    problem("business_number", "already stored for another organization (ref \(other))")
                }
                target = byNumber
            } else {
                let candidates = stored.filter {
                    $0.name == row.organization.name && $0.kind == row.organization.kind.rawValue
                        && ($0.ref == nil || row.ref == nil) && ($0.hash == nil || hash == nil)
                }
                if candidates.count > 1 {
                    problem(
                        "name",
                        "\(candidates.count) stored organizations have this name and type (ids "
                            + candidates.map { String($0.id) }.joined(separator: ", ")
                            + "): give a ref to say which")
                }
                target = candidates.first
            }
            if let holder, holder.id != target?.id {
                problem("business_number", "already stored for organization \(holder.id)")
            }
            if let id = target?.id {
                if let first = claimed[id] {
                    problem("name", "is the same stored organization (\(id)) as \(first)")
                }
                claimed[id] = row.position
            }
            targets.append(target?.id)
        }
        guard problems.isEmpty else {
            throw OrganizationImportError(code: .conflict, file: rows[0].position.file, problems: problems)
        }
        return targets
    }

    /// The hashes are sent as hex text (`decode(h, 'hex')` in the query): the client binds no `bytea[]`.
    static func hex(_ data: Data) -> String {
        data.map { String(format: "%02x", $0) }.joined()
    }
}
