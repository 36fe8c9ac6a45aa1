import Foundation
import Parse
import Testing

/// The overlaps in the fixture catalog (Fixtures/catalog.json) and the real kinds of duplicates the original system
/// had to clean up, each with our expected outcome and why.
@Suite("Merge rules: one call, several sources")
struct MergeRulesTests {
    private func program(
        _ agency: Agency?, _ source: String, _ id: String, _ title: String, number: String? = nil,
        posted: String? = nil, iris: String? = nil
    ) -> Program {
        var program = Program(agency: agency, source: source, sourceID: id, title: title)
        program.announcementNumber = number
        if let posted {
            let parts = posted.split(separator: "-").compactMap { Int($0) }
            program.postedOn = LocalDate(year: parts[0], month: parts[1], day: parts[2])
        }
        if let iris { program.crossReferences["iris"] = iris }
        return program
    }

    @Test("NTIS's IRIS link merges the NTIS detail with the IRIS record, whatever the title's suffix says")
    func irisLink() {
        let iris = program(.keit, "iris.detail", "026044", "2027년도 반도체첨단산업기술개발 신규 지원대상 연구개발과제 공고")
        let ntis = program(
            .keit, "ntis.detail", "1274417", "2027년도 반도체첨단산업기술개발 신규 지원대상 연구개발과제 공고_(2027)반도체", iris: "026044")
        #expect(MergeRules.reason(iris, ntis) == .sameIRISID)
    }

    @Test("the agency board's copy (same 공고번호, same title written differently) merges with IRIS")
    func numberAndTitle() {
        let iris = program(
            .keit, "iris.detail", "026077", "2027년도 제1차 로봇산업기술개발사업 신규지원 대상과제 공고",
            number: "산업통상부 공고 제2026-931호")
        let itech = program(
            .keit, "keit.itech.detail", "I26077-2026", "2027년도 제1차 로봇산업기술개발사업  신규지원 대상과제 공고",
            number: "산업통상부 공고  제2026-931호")
        #expect(MergeRules.reason(iris, itech) == .sameNumberAndTitle)
    }

    @Test("two tracks under one 공고번호 stay two programs (TIPS 딥테크트랙 / 일반트랙)")
    func tracksStayDistinct() {
        let deep = program(
            .tipa, "tipa.smtech.detail", "S02912-1", "2027년 팁스(TIPS) 창업기업 지원계획 공고(딥테크트랙)",
            number: "중소벤처기업부 공고 제2026-702호")
        let general = program(
            .tipa, "tipa.smtech.detail", "S02912-2", "2027년 팁스(TIPS) 창업기업 지원계획 공고(일반트랙)",
            number: "중소벤처기업부 공고 제2026-702호")
        #expect(MergeRules.reason(deep, general) == nil)
        // On IRIS the two tracks have two ancmIds: different ids never merge, even with similar titles.
        let irisDeep = program(.tipa, "iris.detail", "026150", deep.title)
        let irisGeneral = program(.tipa, "iris.detail", "026151", deep.title)
        #expect(MergeRules.reason(irisDeep, irisGeneral) == nil)
    }

    @Test("a 공고번호 alone never merges; neither do the same title in different years or different agencies")
    func notEnough() {
        let a = program(
            .iitp, "iris.detail", "026101", "2027년도 AI 기반 주파수 간섭분석 및 전파예측기술 개발사업 신규지원 대상과제 공고",
            number: "과학기술정보통신부 공고 제2026-1482호")
        let sameNumberOtherTitle = program(
            .iitp, "iitp.ezone.detail", "PBD202600000200", "2027년도 다른 사업 공고",
            number: "과학기술정보통신부 공고 제2026-1482호")
        #expect(MergeRules.reason(a, sameNumberOtherTitle) == nil)
        let lastYear = program(
            .iitp, "iitp.ezone.detail", "PBD202600000088",
            "2026년도 AI 기반 주파수 간섭분석 및 전파예측기술 개발사업 신규지원 대상과제 공고",
            number: "과학기술정보통신부 공고 제2026-0876호")
        #expect(MergeRules.reason(a, lastYear) == nil)
        let otherAgency = program(.keit, "keit.itech.detail", "X", a.title, number: a.announcementNumber)
        #expect(MergeRules.reason(a, otherAgency) == nil)
    }

    @Test("boards without numbers merge on the same title and posting date")
    func titleAndDate() {
        let board = program(
            .kimst, "kimst.notice.detail", "153421765146275",
            "2027년도 해양수산 창업·벤처 기술사업화 지원사업 참여기업 모집 공고", posted: "2026-11-16")
        let copy = program(
            .kimst, "kimst.notice.detail", "153421765146999",
            "2027년도 해양수산 창업ㆍ벤처 기술사업화 지원사업 참여기업 모집 공고", posted: "2026-11-16")
        #expect(MergeRules.reason(board, copy) == .sameTitleAndPostingDate)
        let reposted = program(.kimst, "kimst.notice.detail", "153421765147000", board.title, posted: "2026-11-23")
        #expect(MergeRules.reason(board, reposted) == nil)
    }

    @Test("grouping makes one group per call across IRIS, NTIS and the agency board")
    func grouping() {
        let iris = program(
            .keit, "iris.detail", "026044", "2027년도 반도체첨단산업기술개발 신규 지원대상 연구개발과제 공고",
            number: "산업통상부 공고 제2026-925호")
        let ntis = program(.keit, "ntis.detail", "1274417", iris.title + "_(2027)반도체첨단산업기술개발", iris: "026044")
        let itech = program(.keit, "keit.itech.detail", "I26044-2026", iris.title, number: "산업통상부 공고 제2026-925호")
        let robot = program(.keit, "iris.detail", "026077", "2027년도 제1차 로봇산업기술개발사업 신규지원 대상과제 공고")
        let groups = MergeRules.group([iris, robot, ntis, itech])
        #expect(groups.count == 2)
        #expect(groups.first?.map(\.source).sorted() == ["iris.detail", "keit.itech.detail", "ntis.detail"])
    }
}
