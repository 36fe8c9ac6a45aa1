import ArgumentParser
import Foundation
import Match
import Matcher

/// `connect-ingest matches`: an organization's stored matches in rank order, with Korean reasons.
struct MatchesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matches", abstract: "List an organization's top matches (deadline in Korea time).")

    enum Format: String, ExpressibleByArgument { case table, json, csv }

    @OptionGroup var options: GlobalOptions

    @Option(help: "The organization: its id, ref or exact name.")
    var org: String

    @Option(help: "At most this many matches.")
    var top = 20

    @Option(help: "table, json or csv.")
    var format: Format = .table

    func run() async throws {
        let settings = try options.loadSettings()
        let database = try await Services.postgres(settings)
        let listing = MatchListing(database: database)
        let organization: Organization
        let rows: [MatchListing.Row]
        do {
            organization = try await listing.organization(org)
            rows = try await listing.rows(organizationID: organization.id, top: top)
            await database.close()
        } catch let error as MatcherError {
            await database.close()
            Terminal.error("error: \(error)")
            throw ExitCode(ExitStatus.dataError)
        }
        switch format {
        case .json:
            try Terminal.json(rows)
        case .csv:
            Terminal.line("rank,score,confidence,program_id,agency,status,deadline_kst,title,reasons")
            for row in rows {
                let fields = [
                    "\(row.rank)", "\(row.score)", "\(row.confidence)", "\(row.programID)", row.agency, row.status,
                    row.deadlineKST ?? "", row.title, row.reasons,
                ]
                Terminal.csv(fields)
            }
        case .table:
            Terminal.line("\(organization.name) (id \(organization.id)): \(rows.count) matches")
            for row in rows {
                Terminal.line(
                    "\(String(row.rank).leftPadded(3)). \(String(row.score).leftPadded(3))점 "
                        + "\(row.agency.padding(toLength: 6, withPad: " ", startingAt: 0))"
                        + "\((row.deadlineKST ?? "-").padding(toLength: 17, withPad: " ", startingAt: 0)) \(row.title)")
                if let breakdown = MatchBreakdown(json: row.reasons) {
                    let strongest = ScoreComponent.allCases.filter { breakdown.points($0) * 10 >= $0.maximum * 8 }
                    let reasons = strongest.map {
                        MatchReasonText.reason($0, points: breakdown.points($0), notes: breakdown.notes)
                    }
                    if !reasons.isEmpty { Terminal.line("       " + reasons.joined(separator: " · ")) }
                }
            }
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

/// `connect-ingest explain`: one organization–program pair, every gate and component with its reason.
struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Explain an organization's score for a program (gates, components, reasons).")

    @OptionGroup var options: GlobalOptions

    @Option(help: "The organization: its id, ref or exact name.")
    var org: String

    @Option(help: "The program id.")
    var program: Int64

    @Option(help: "Score as of this instant (ISO 8601) instead of now.")
    var asOf: String?

    func validate() throws {
        if let asOf, KoreaInstant.parse(asOf) == nil {
            throw ValidationError("--as-of: '\(asOf)' is not an ISO 8601 instant")
        }
    }

    func run() async throws {
        let settings = try options.loadSettings()
        let database = try await Services.postgres(settings)
        let explanation: MatchExplainer.Explanation
        do {
            let organization = try await MatchListing(database: database).organization(org)
            explanation = try await MatchExplainer(database: database).explain(
                organization: organization, programID: program, asOf: asOf.flatMap(KoreaInstant.parse) ?? Date())
            await database.close()
        } catch let error as MatcherError {
            await database.close()
            Terminal.error("error: \(error)")
            throw ExitCode(ExitStatus.dataError)
        }
        for line in Self.lines(explanation) { Terminal.line(line) }
    }

    static func lines(_ explanation: MatchExplainer.Explanation) -> [String] {
        var lines = [
            "기관: \(explanation.organization.name) (id \(explanation.organization.id)), 분야 \(explanation.organizationSector?.koreanName ?? "미상")",
            "공고: \(explanation.programTitle) (id \(explanation.programID)), 분야 "
                + (explanation.programSectors.isEmpty
                    ? "미상"
                    : explanation.programSectors.map { "\($0.sector.koreanName) \(String(format: "%.2f", $0.weight))" }
                        .joined(separator: ", ")),
            "기준 시각: \(KoreaInstant.format(explanation.asOf)), 알고리즘 \(MatchAlgorithm.version)",
        ]
        if !explanation.titleKeywords.isEmpty || !explanation.bodyKeywords.isEmpty {
            lines.append(
                "일치한 키워드: 제목·분야 [\(explanation.titleKeywords.joined(separator: ", "))], 본문 [\(explanation.bodyKeywords.joined(separator: ", "))]"
            )
        }
        switch explanation.evaluation {
        case .gated(let gate):
            lines.append("결과: 제외 (\(gate.rawValue)) — \(gate.koreanText)")
        case .scored(let breakdown):
            lines.append(
                "결과: \(breakdown.score)점, 신뢰도 \(breakdown.confidencePercent)% — \(MatchReasonText.summary(score: breakdown.score))"
            )
            lines += MatchReasonText.components(breakdown).map { "  " + $0 }
            let uncertain = MatchReasonText.uncertainties(breakdown.notes)
            if !uncertain.isEmpty { lines.append("불확실한 점:") }
            lines += uncertain.map { "  - " + $0 }
        }
        lines.append(
            explanation.storedScore.map { "저장된 점수: \($0)점 (상위 목록에 있음)" } ?? "저장된 점수: 없음 (상위 목록 밖이거나 아직 계산 전)")
        return lines
    }
}
