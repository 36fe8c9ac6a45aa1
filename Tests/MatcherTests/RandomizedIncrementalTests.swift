import Foundation
import Match
import Matcher
import PostgresClient
import Testing

/// Incremental equals full on random data: programs and organizations drawn from a seeded generator, then rounds
/// of random changes (edited, moved, closed, new and withdrawn calls; changed profiles; the clock moving on), each
/// followed by a changed run whose table must equal what a full run at the same instant leaves. Small lists and
/// reserves make the merge's paths (refill from the reserve, ranking whole, trimming) likely; the test checks only
/// that some organization was merged rather than ranked whole.
@Suite("Match runs: incremental equals full on random changes", .serialized)
struct RandomizedIncrementalTests {
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        mutating func int(_ range: Range<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
        mutating func chance(_ percent: Int) -> Bool { int(0..<100) < percent }
    }

    static let terms = (0..<60).map { "용어\($0)" }

    static func features(_ random: inout Generator) -> ProgramFeatures {
        let sectors = [Sector.ict, .bioHealth, .marine, .energy, .semiconductor]
        var titleTerms = Set<String>()
        for _ in 0..<random.int(1..<4) { titleTerms.insert(terms[random.int(0..<terms.count)]) }
        return ProgramFeatures(
            kind: random.chance(90) ? .rndCall : .demandSurvey,
            sectors: random.chance(85) ? [SectorWeight(sectors[random.int(0..<sectors.count)], 1)] : [],
            titleTerms: titleTerms.sorted(), bodyTerms: [terms[random.int(0..<terms.count)]],
            eligibleTypes: random.chance(30) ? [EligibleType(.sme, 1)] : [],
            trlMin: random.chance(20) ? 3 : nil, trlMax: random.chance(20) ? 6 : nil)
    }

    static func insertProgram(
        _ fixture: MatcherFixture, id: Int64, _ random: inout Generator, asOf: Date
    ) async throws {
        let json = String(decoding: try JSONEncoder().encode(features(&random)), as: UTF8.self)
        let end = asOf.addingTimeInterval(Double(random.int(1..<40)) * 86_400 + 3_600)
        try await fixture.database.query(
            """
            INSERT INTO programs (id, agency_code, source_code, source_item_id, title, application_end, content_hash,
                features)
            VALUES (\(id), 'IITP', 'iris.detail', \("R\(id)"), \("임의 공고 \(id)"), \(end), \("h\(id)"),
                \(PostgresJSON(text: json)))
            """)
        // Queued for the matcher as the store queues the programs it inserts (migration 10).
        try await fixture.database.query("INSERT INTO match_pending_programs (program_id) VALUES (\(id))")
    }

    @Test("eight rounds of random changes", arguments: [UInt64(7), 20_261_123])
    func rounds(seed: UInt64) async throws {
        try await MatcherFixture.with { fixture in
            var random = Generator(state: seed)
            var asOf = MatcherFixture.asOf
            for id in 1...80 { try await Self.insertProgram(fixture, id: Int64(id), &random, asOf: asOf) }
            for index in 0..<25 {
                let keywords = (0..<random.int(0..<4)).map { _ in Self.terms[random.int(0..<Self.terms.count)] }
                let sector = random.chance(80) ? ["ict", "bio_health", "marine", "energy"][random.int(0..<4)] : nil
                try await fixture.organization(
                    "기관 \(index)", scale: random.chance(70) ? "sme" : "large", sector: sector, keywords: keywords)
            }
            // A reserve of one: lists run out of it, and must then be ranked whole.
            let options = { (mode: MatchMode, at: Date) in
                var options = MatchOptions(
                    mode: mode, asOf: at, topK: 4, minimumScore: 30, batchSize: 7, concurrency: 2)
                options.reserveSize = 1
                return options
            }
            _ = try await MatchRecompute(databaseURL: fixture.url).run(options(.full, asOf))
            var nextID: Int64 = 81
            var mergedSomewhere = false
            for round in 0..<8 {
                for _ in 0..<random.int(2..<9) {
                    let id = Int64(random.int(1..<Int(nextID)))
                    switch random.int(0..<5) {
                    case 0:
                        let json = String(decoding: try JSONEncoder().encode(Self.features(&random)), as: UTF8.self)
                        try await fixture.database.query(
                            "UPDATE programs SET features = \(PostgresJSON(text: json)), content_hash = md5(\(json)) WHERE id = \(id)"
                        )
                    case 1:
                        try await fixture.database.query(
                            """
                            UPDATE programs SET application_end = application_end - interval '5 days',
                                content_hash = content_hash || 'm'
                            WHERE id = \(id)
                            """)
                    case 2:
                        try await Self.insertProgram(fixture, id: nextID, &random, asOf: asOf)
                        nextID += 1
                    case 3:
                        let keywords = [Self.terms[random.int(0..<Self.terms.count)]]
                        try await fixture.database.query(
                            """
                            UPDATE organizations SET key_technologies = \(keywords), updated_at = now()
                            WHERE id = (SELECT min(id) + \(random.int(0..<25)) FROM organizations)
                            """)
                    default:
                        try await fixture.database.query("DELETE FROM programs WHERE id = \(id)")
                    }
                }
                asOf = asOf.addingTimeInterval(Double(random.int(0..<3)) * 86_400)
                let changed = try await MatchRecompute(databaseURL: fixture.url).run(options(.changed, asOf))
                #expect(changed.mode == .changed)
                if changed.organizationsRanked < changed.organizations { mergedSomewhere = true }
                let incremental = try await fixture.snapshot()
                _ = try await MatchRecompute(databaseURL: fixture.url).run(options(.full, asOf))
                let recomputed = try await fixture.snapshot()
                let onlyIncremental = Set(incremental).subtracting(recomputed).sorted()
                let onlyFull = Set(recomputed).subtracting(incremental).sorted()
                #expect(
                    onlyIncremental.isEmpty && onlyFull.isEmpty,
                    "round \(round): changed run only \(onlyIncremental); full run only \(onlyFull)")
                if incremental != recomputed { break }
            }
            #expect(mergedSomewhere, "no changed run merged any list: the test did not exercise merging")
        }
    }
}
