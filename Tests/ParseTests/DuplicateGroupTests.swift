import Foundation
import Parse
import Testing

/// The original system's duplicate groups (Fixtures/duplicates/connect-duplicate-groups.json, rows copied from its
/// report), one test per kind of group, each stating our outcome and why. The report is its clean-up, not the truth:
/// its key was the title with everything from the year on erased, so it lumped distinct calls, and it called records
/// "exact duplicates" that are never the same NTIS record (no roRndUid repeats in its 751 rows).
///
/// Programs are built from what the report shows (NTIS detail, roRndUid, title, ministry, deadline). It shows no
/// 공고번호, 공고일, IRIS link or 공고기관 (so `agency` is nil: only the rules, not an agency, keep rows apart), and
/// from it alone nothing merges. Where the details decide, a test adds what they would share and says so.
@Suite("The original system's duplicate groups, kind by kind")
struct DuplicateGroupTests {
    struct Row: Decodable, Sendable {
        let uid: String
        let title: String
        let ministry: String
        let deadline: LocalDate
    }

    struct Group: Decodable, Sendable {
        let group: Int
        let rows: [Row]
    }

    struct Kind: Decodable, Sendable {
        let outcome: String
        let groups: [Group]
    }

    struct Fixture: Decodable, Sendable {
        let provenance: String
        let kinds: [String: Kind]

        enum CodingKeys: String, CodingKey {
            case provenance = "_provenance", kinds
        }
    }

    static let fixture: Fixture? = {
        let url = GoldenCorpus.fixtures.appendingPathComponent("duplicates/connect-duplicate-groups.json")
        return (try? Data(contentsOf: url)).flatMap { try? JSONDecoder().decode(Fixture.self, from: $0) }
    }()

    /// A stand-in for the one 공고번호 that every record of one 공고 shows on its detail page (the report omits it).
    static let sharedNumber = "공고번호 shown on each detail page"

    /// The fixture's groups of `kind` as NTIS detail programs, after checking the kind's recorded outcome.
    static func groups(_ kind: String, outcome: String) throws -> [[Program]] {
        let fixture = try #require(fixture, "the duplicate-group fixture does not load")
        let entry = try #require(fixture.kinds[kind], "no kind \(kind) in the fixture")
        #expect(entry.outcome == outcome, "the fixture records \(entry.outcome) for \(kind)")
        return entry.groups.map { group in
            group.rows.map { row in
                let heading = NTISHeading.split(row.title)
                var program = Program(agency: nil, source: "ntis.detail", sourceID: row.uid, title: heading.title)
                program.businessName = heading.businessName
                program.ministry = row.ministry
                program.period = ApplicationPeriod(end: KoreaTime.endOfDay(row.deadline))
                program.detailURL = "https://www.ntis.go.kr/rndgate/eg/un/ra/view.do?roRndUid=\(row.uid)"
                return program
            }
        }
    }

    /// The programs as `MergeRules.group` makes them: the roRndUids of each, order aside.
    static func merged(_ programs: [Program], number: String? = nil) -> Set<Set<String>> {
        let programs = programs.map { program in
            var program = program
            program.announcementNumber = number
            return program
        }
        return Set(MergeRules.group(programs).map { Set($0.map(\.sourceID)) })
    }

    static func apart(_ programs: [Program]) -> Set<Set<String>> { Set(programs.map { Set([$0.sourceID]) }) }
    static func together(_ programs: [Program]) -> Set<Set<String>> { [Set(programs.map(\.sourceID))] }

    @Test("the fixture names its source, and no roRndUid repeats: no row is one record seen twice")
    func provenance() throws {
        let fixture = try #require(Self.fixture, "the duplicate-group fixture does not load")
        #expect(fixture.provenance.contains("connect-duplicate-groups.md"))
        let uids = fixture.kinds.values.flatMap(\.groups).flatMap(\.rows).map(\.uid)
        #expect(uids.count == 38 && Set(uids).count == uids.count)
    }

    /// `한국가스공사 2025년 공동연구 …` and `… 기초응용 …` (the old key: `한국가스공사`), `[재공고] … KISTEP …` and
    /// `[재공고] … 국가유산 …` (two ministries): different calls. Their titles differ, so even one shared 공고번호
    /// would not merge them. The old clean-up was wrong to delete 1205309, a call of its own.
    @Test("different calls lumped by the text before the year stay distinct")
    func differentCallsSharingAPrefix() throws {
        for programs in try Self.groups("different-calls-sharing-a-prefix", outcome: "distinct") {
            #expect(Self.merged(programs) == Self.apart(programs))
            #expect(Self.merged(programs, number: Self.sharedNumber) == Self.apart(programs))
        }
    }

    /// `(2025-DCP-01_반도체)…` to `(2025-DCP-34_…)…` are tracks (the old key was empty: `(제목 없음)`). The code in
    /// the title keeps them apart even under one 공고번호, as the issue's own rule says (`… 제2026-446호` covers three).
    /// The old clean-up deleted 17 of 34 tracks: wrong. DCP-24/25 also differ in spacing, which does not matter.
    @Test("numbered tracks (DCP-01, DCP-02 …) are distinct programs, even under one 공고번호")
    func numberedTracks() throws {
        let groups = try Self.groups("numbered-tracks", outcome: "distinct")
        let programs = try #require(groups.first)
        #expect(programs.count == 6)
        #expect(Self.merged(programs, number: Self.sharedNumber) == Self.apart(programs))
    }

    /// 2025 and 2026 calls of one programme: other year, other window, other 공고. The old clean-up, blind to the
    /// year, deleted the open 2026 call of group 199 (1252668) and kept the closed 2025 one: wrong.
    @Test("the same programme's calls in different years are distinct")
    func yearlyReannouncements() throws {
        for programs in try Self.groups("yearly-reannouncements", outcome: "distinct") {
            #expect(Self.merged(programs, number: Self.sharedNumber) == Self.apart(programs))
        }
    }

    /// `『국가과학기술 지식정보서비스사업』 위탁연구과제 공모` closing 04-21 and again 05-12: a re-announcement or
    /// a correction. The title is no identity, so the report alone keeps them apart; the detail's 공고번호 decides:
    /// the same number (a correction or an extension of one 공고) merges them. The old clean-up deleted the later one,
    /// possibly the open call.
    @Test("identical titles with different deadlines stay distinct unless the details show one 공고번호")
    func sameTitleOtherDeadline() throws {
        for programs in try Self.groups("same-title-other-deadline", outcome: "distinct") {
            #expect(Self.merged(programs) == Self.apart(programs))
            #expect(Self.merged(programs, number: Self.sharedNumber) == Self.together(programs))
        }
    }

    /// TIPS 딥테크 트랙 rounds (5월, 6월, 9월, 재도전: four deadlines) and 농업연구개발사업 1차공모's four 내역사업
    /// differ only in NTIS's `_(YYYY)…` suffix, the program each record belongs to (`NTISHeading`). They are
    /// distinct calls even under the one 공고번호 of their 통합공고: differing programs veto a merge.
    @Test("rounds and sub-programs named only in NTIS's suffix are distinct")
    func roundsOrSubProgramsInNTISSuffix() throws {
        for programs in try Self.groups("rounds-or-sub-programs-in-ntis-suffix", outcome: "distinct") {
            #expect(Self.merged(programs) == Self.apart(programs))
            #expect(Self.merged(programs, number: Self.sharedNumber) == Self.apart(programs))
        }
    }

    /// The old "exact duplicates": five records of `2025년도 바이오·의료기술개발사업 신규과제 제2차 공모`, same
    /// ministry and deadline, roRndUid 1204190–1204194. Not one record seen twice (the ids differ) but one 공고 that
    /// NTIS holds as several records: one call. The report alone does not merge them (title and deadline are no
    /// identity, see the tests above); the 공고번호 their detail pages share does. The old keep-one was right.
    @Test("one 공고 held by NTIS as several records is one program, on the details' 공고번호")
    func oneAnnouncementRecordedSeveralTimes() throws {
        for programs in try Self.groups("one-announcement-recorded-several-times", outcome: "merged") {
            #expect(Self.merged(programs) == Self.apart(programs))
            #expect(Self.merged(programs, number: Self.sharedNumber) == Self.together(programs))
        }
    }

    /// `2025년 1차 국민생활안전 …` and `2025년도 1차 국민생활안전 …`, same deadline (and `2025년 한-오스트리아 …_(2025)…`
    /// beside `2025년도 한-오스트리아 …`): one call written two ways. With the 공고번호 they share, they merge because
    /// `년도` after a year reads as `년`. The old clean-up kept one of group 60 (right) but both of group 121 (wrong).
    @Test("one call whose records write the year as 년 or 년도 is one program")
    func sameCallTitleWrittenDifferently() throws {
        for programs in try Self.groups("same-call-title-written-differently", outcome: "merged") {
            #expect(Self.merged(programs) == Self.apart(programs))
            #expect(Self.merged(programs, number: Self.sharedNumber) == Self.together(programs))
        }
    }

    /// A joint call registered under each ministry (다부처 / 경찰청, 행정안전부 / 과학기술정보통신부), same title and
    /// deadline: one call. The rules compare agencies, not ministries, so the shared 공고번호 merges them. The old
    /// keep-one was right here, though its Type 1 list also lumps distinct calls (groups 1, 8).
    @Test("one call registered under two ministries is one program")
    func sameCallTwoMinistries() throws {
        for programs in try Self.groups("same-call-two-ministries", outcome: "merged") {
            #expect(Set(programs.compactMap(\.ministry)).count == 2)
            #expect(Self.merged(programs) == Self.apart(programs))
            #expect(Self.merged(programs, number: Self.sharedNumber) == Self.together(programs))
        }
    }
}
