import Foundation
import Match
import Parse
import PostgresClient

/// The programs a run ranks: R&D calls not closed at the as-of instant, with their stored features. Rows whose
/// features an older extraction wrote (or none, for rows stored before the matcher existed) get them computed from
/// their columns and written back first.
enum OpenPrograms {
    static func load(asOf: Date, from database: PostgresConnection) async throws -> [MatchProgram] {
        try await refreshStaleFeatures(in: database)
        let rows = try await database.query(
            """
            SELECT id, application_start, application_end, open_ended, features FROM programs
            WHERE kind = 'rnd_call' AND (open_ended OR application_end IS NULL OR application_end > \(asOf))
            ORDER BY id
            """)
        let decoder = JSONDecoder()
        var programs: [MatchProgram] = []
        programs.reserveCapacity(rows.count)
        for row in rows { programs.append(try program(row, decoder: decoder)) }
        return programs
    }

    /// A program from a row with its id, period columns and stored features (the run's and `explain`'s reader).
    static func program(_ row: PostgresRow, decoder: JSONDecoder = JSONDecoder()) throws -> MatchProgram {
        let id = try row.decode(Int64.self, "id")
        let json = try row.decode(PostgresJSON.self, "features")
        let features: ProgramFeatures
        do {
            features = try decoder.decode(ProgramFeatures.self, from: Data(json.text.utf8))
        } catch {
            throw MatcherError.unreadableFeatures(programID: id, reason: String(describing: error))
        }
        return MatchProgram(
            id: id, start: try row.decode(Date?.self, "application_start"),
            end: try row.decode(Date?.self, "application_end"), openEnded: try row.decode(Bool.self, "open_ended"),
            features: features)
    }

    /// Programs that closed between two instants: a changed run removes their matches.
    static func closed(between earlier: Date, and later: Date, in database: PostgresConnection) async throws -> [Int64]
    {
        let rows = try await database.query(
            """
            SELECT id FROM programs
            WHERE NOT open_ended AND application_end > \(earlier) AND application_end <= \(later)
            """)
        return try rows.map { try $0.decode(Int64.self, "id") }
    }

    /// Features for rows without current ones (of these programs; nil: of all), from the row's columns (eligibility
    /// readings lose their confidence in the columns; 0.9 stands for "stated").
    static func refreshStaleFeatures(of ids: [Int64]? = nil, in database: PostgresConnection) async throws {
        let rows = try await database.query(
            """
            SELECT id, agency_code, source_code, source_item_id, title, business_name, ministry, announcing_agency,
                kind, fields, keywords, body_text, eligible_org_types, regions, trl_min, trl_max
            FROM programs WHERE (features ->> 'v') IS DISTINCT FROM \(String(ProgramFeatures.currentVersion))
                AND (\(ids)::bigint[] IS NULL OR id = ANY(\(ids)::bigint[]))
            """)
        guard !rows.isEmpty else { return }
        var ids: [Int64] = []
        var documents: [String] = []
        for row in rows {
            let kind = ProgramKind(rawValue: try row.decode(String.self, "kind")) ?? .rndCall
            var program = Program(
                agency: Agency(rawValue: try row.decode(String.self, "agency_code")),
                source: try row.decode(String.self, "source_code"),
                sourceID: try row.decode(String.self, "source_item_id"),
                title: try row.decode(String.self, "title"), kind: kind)
            program.businessName = try row.decode(String?.self, "business_name")
            program.ministry = try row.decode(String?.self, "ministry")
            program.announcingAgency = try row.decode(String?.self, "announcing_agency")
            program.fields = try row.decode([String].self, "fields")
            program.keywords = try row.decode([String].self, "keywords")
            program.bodyText = try row.decode(String?.self, "body_text")
            let types = try row.decode([String].self, "eligible_org_types").compactMap(OrganizationType.init)
            program.eligibility.organizationTypes = types.map { Finding($0, phrase: "", confidence: 0.9) }
            program.eligibility.regions = try row.decode([String].self, "regions").map {
                Finding($0, phrase: "", confidence: 0.9)
            }
            if let low = try row.decode(Int?.self, "trl_min"), let high = try row.decode(Int?.self, "trl_max"),
                low <= high
            {
                program.trl = low...high
            }
            ids.append(try row.decode(Int64.self, "id"))
            documents.append(ProgramFeatures(program: program).canonicalJSON)
        }
        try await database.query(
            """
            UPDATE programs p SET features = x.features::jsonb
            FROM unnest(\(ids)::bigint[], \(documents)::text[]) AS x (id, features) WHERE p.id = x.id
            """)
    }
}

/// Failures of a match run, naming what they concern.
public enum MatcherError: Error, CustomStringConvertible, Sendable {
    case unreadableFeatures(programID: Int64, reason: String)
    case unknownOrganization(String)
    case unknownProgram(Int64)
    case runNotFound(Int64)
    case runInProgress(Int64)

    public var description: String {
        switch self {
        case .unreadableFeatures(let id, let reason): "program \(id): its stored features cannot be read (\(reason))"
        case .unknownOrganization(let key): "no organization has the id or name \(key)"
        case .unknownProgram(let id): "no program has the id \(id)"
        case .runNotFound(let id): "match run \(id) does not exist"
        case .runInProgress(let id):
            "match run \(id) is running; runs take turns (try again when it has finished, or mark it failed if its "
                + "process died: UPDATE match_runs SET outcome = 'failed' WHERE id = \(id))"
        }
    }
}
