import Foundation
import Testing

/// The golden records are the parser issue's answers: these tests hold them to the rules in Fixtures/README.md, so
/// a slip in a hand-written record (a status that contradicts its dates, an amount in 억 instead of won, a missing
/// field) is caught here rather than argued about later.
@Suite("Golden records follow Fixtures/README.md")
struct GoldenRecordTests {
    static let detailGoldens = FixtureSet.goldens(listPages: false)
    static let asOf = "2026-11-20T10:00:00+09:00"

    static let fields = [
        "agency", "source_id", "announcement_number", "title", "ministry", "announcing_agency", "kind", "call_type",
        "posted_on", "application_start", "application_end", "closing_time_given", "open_ended", "period_text",
        "status",
        "budget_total_krw", "budget_per_project_krw", "budget_text", "eligible_org_types", "consortium_required",
        "regions", "trl_min", "trl_max", "fields", "attachments", "contact", "detail_url", "body_contains",
    ]

    @Test("there is a golden record for every detail page the issue asks for")
    func enough() {
        #expect(Self.detailGoldens.count >= 40, "only \(Self.detailGoldens.count) detail golden records")
    }

    @Test("each record names its page, URL, source and clock, and has every program field", arguments: detailGoldens)
    func shape(golden: FixtureSet.Golden) throws {
        let page = try #require(golden.page, "no page")
        #expect(
            FileManager.default.fileExists(atPath: FixtureSet.root.appendingPathComponent(page).path), "\(page) missing"
        )
        #expect(golden.url?.hasPrefix("https://") == true || golden.url?.hasPrefix("http://") == true)
        #expect((golden.json["source"] as? String)?.isEmpty == false)
        #expect(golden.json["as_of"] as? String == Self.asOf)
        let program = try #require(golden.program, "no program")
        for field in Self.fields { #expect(program.keys.contains(field), "missing field \(field)") }
        // Another agency's call (on IRIS or NTIS) has no agency of ours: it is the one the pipeline filters out.
        if let agency = program["agency"] as? String {
            #expect(["IITP", "KEIT", "TIPA", "KIMST"].contains(agency), "agency \(agency)")
        } else {
            #expect(program["agency"] is NSNull, "agency is neither one of the four nor null")
            #expect(
                !["정보통신기획평가원", "한국산업기술기획평가원", "중소기업기술정보진흥원", "해양수산과학기술진흥원"]
                    .contains(program["announcing_agency"] as? String ?? ""),
                "one of the four agencies without its code")
        }
        #expect(["rnd_call", "demand_survey", "notice", "event", "test"].contains(program["kind"] as? String ?? ""))
        let types = program["eligible_org_types"] as? [String] ?? ["missing"]
        let vocabulary = [
            "startup", "sme", "mid_sized", "large", "university", "research_institute", "public_institution",
        ]
        #expect(types.allSatisfy(vocabulary.contains), "unknown organization type in \(types)")
        #expect(types == types.sorted(), "eligible_org_types not sorted")
        #expect((program["title"] as? String)?.isEmpty == false)
        for attachment in program["attachments"] as? [[String: Any]] ?? [] {
            #expect((attachment["name"] as? String)?.isEmpty == false)
            #expect(
                (attachment["url"] as? String)?.hasPrefix("http") == true,
                "attachment URL \(attachment["url"] ?? "nil")")
        }
        #expect((program["detail_url"] as? String)?.contains("jsessionid") == false)
    }

    @Test(
        "instants are in Korea time and the status agrees with the period at the fixture clock",
        arguments: detailGoldens)
    func periodAndStatus(golden: FixtureSet.Golden) throws {
        let program = try #require(golden.program)
        let start = try instant(program["application_start"], "application_start")
        let end = try instant(program["application_end"], "application_end")
        if let posted = program["posted_on"] as? String {
            #expect(posted.count == 10 && posted.dropFirst(4).first == "-", "posted_on \(posted) is not YYYY-MM-DD")
        }
        let clock = try #require(Self.parse(Self.asOf))
        let expected: String
        if let start, clock < start {
            expected = "upcoming"
        } else if let end, clock >= end {
            expected = "closed"
        } else {
            expected = "open"
        }
        #expect(program["status"] as? String == expected, "status should be \(expected)")
        if let start, let end { #expect(start <= end, "start after end") }
        if (program["open_ended"] as? Bool) == true { #expect(end == nil, "open-ended call with an end") }
        if let endText = program["application_end"] as? String, endText.hasSuffix("T23:59:59+09:00") {
            #expect(program["closing_time_given"] as? Bool == false, "end of day but closing_time_given")
        }
    }

    @Test("amounts are whole won, never 0 (unknown is null)", arguments: detailGoldens)
    func amounts(golden: FixtureSet.Golden) throws {
        let program = try #require(golden.program)
        for field in ["budget_total_krw", "budget_per_project_krw"] {
            guard let value = program[field], !(value is NSNull) else { continue }
            let amount = try #require(value as? Int, "\(field) is not an integer")
            #expect(amount > 0, "\(field) is \(amount)")
            // Real budgets are at least 1만원 and at most a few 조원; 억 read as 10^9 would overshoot.
            #expect(amount >= 10_000 && amount < 10_000_000_000_000, "\(field) = \(amount) is implausible")
        }
        if let trlMin = program["trl_min"] as? Int, let trlMax = program["trl_max"] as? Int {
            #expect((1...9).contains(trlMin) && (1...9).contains(trlMax) && trlMin <= trlMax)
        }
    }

    private func instant(_ value: Any?, _ field: String) throws -> Date? {
        guard let text = value as? String else {
            #expect(value == nil || value is NSNull, "\(field) is neither a string nor null")
            return nil
        }
        #expect(text.hasSuffix("+09:00"), "\(field) \(text) is not in Korea time")
        return try #require(Self.parse(text), "\(field) \(text) is not ISO 8601")
    }

    static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }
}
