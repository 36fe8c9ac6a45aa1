import Testing

@testable import Parse

@Suite("KIMST article body items")
struct KIMSTBodyItemsTests {
    private let body = """
        해양수산과학기술진흥원 공고 제2026-188호
        1. 사업개요
        □ 사업목적: 해양수산부 소관 기술의 사업화 지원
        □ 지원기간: 협약일로부터 2027년 10월 31일까지
        □ 지원분야: 해양바이오, 해양장비·기기, 스마트 수산·양식
        3. 신청기간 및 방법
        □ 접수기간: 2026. 11. 16.(월) ~ 2026. 12. 4.(금) 17:00
        5. 문의처
        □ 해양수산과학기술진흥원 기술사업화실 정하늘 선임연구원 (☎ 02-3460-4061, startup@kimst.re.kr)
        """

    @Test("the application period comes from 접수기간, never from 지원기간 (the project's duration)")
    func period() throws {
        let period = try #require(KIMSTBodyItems(body).period(referenceYear: 2026))
        #expect(period.text == "2026. 11. 16.(월) ~ 2026. 12. 4.(금) 17:00")
        #expect(period.closingTimeGiven)
        let durationOnly = KIMSTBodyItems("□ 지원기간: 2027. 1. 1. ~ 2027. 10. 31.\n□ 사업기간: 2027년 ~ 2029년")
        #expect(durationOnly.period(referenceYear: 2026) == nil)
    }

    @Test("a heading with nothing after it takes the next line as its value")
    func headingValue() {
        let contact = KIMSTBodyItems(body).contact(writer: nil)
        #expect(contact?.department == "기술사업화실" && contact?.name == "정하늘")
        #expect(contact?.phone == "02-3460-4061" && contact?.email == "startup@kimst.re.kr")
    }

    @Test("the 작성자 stands in for an unreadable department only when it names a unit")
    func writerDepartment() {
        // The 문의처 line names its department (R&D기획팀, `&` included): the writer is not needed.
        let items = KIMSTBodyItems("□ 문의처: 해양수산과학기술진흥원 R&D기획팀 최유리 선임연구원 (☎ 02-3460-4021)")
        #expect(items.contact(writer: "관리자")?.department == "R&D기획팀")
        #expect(items.contact(writer: nil)?.name == "최유리")
        // A line without a department: a writer that names a unit fills it in, any other writer does not.
        let bare = KIMSTBodyItems("□ 문의처: 최유리 선임연구원 (☎ 02-3460-4021)")
        #expect(bare.contact(writer: "R&D기획팀")?.department == "R&D기획팀")
        #expect(bare.contact(writer: "관리자")?.department == nil)
    }

    @Test("fields split on commas, keeping the middle dots inside a field's name")
    func fields() {
        #expect(KIMSTBodyItems(body).fields == ["해양바이오", "해양장비·기기", "스마트 수산·양식"])
    }

    @Test("the ministry comes only from a 주최/주관 item, not from a passing mention")
    func ministry() {
        #expect(KIMSTBodyItems(body).ministry == nil)
        #expect(KIMSTBodyItems("□ 주최/주관: 해양수산부 / 해양수산과학기술진흥원").ministry == "해양수산부")
        #expect(KIMSTBodyItems("□ 사업주관: 해양수산부(주최), 해양수산과학기술진흥원(전담기관)").ministry == "해양수산부")
        #expect(KIMSTBodyItems("□ 주관기관: 해양수산과학기술진흥원").ministry == nil)
    }

    @Test("bullets and section numbers are not part of a label")
    func markers() {
        #expect(KIMSTBodyItems.stripMarker("□ 접수기간: 2026. 9. 22.") == "접수기간: 2026. 9. 22.")
        #expect(KIMSTBodyItems.stripMarker("5. 문의처") == "문의처")
        #expect(KIMSTBodyItems.stripMarker("  ※ 단독 신청 (컨소시엄 구성 불필요)") == "단독 신청 (컨소시엄 구성 불필요)")
        #expect(KIMSTBodyItems.stripMarker("2026년 11월 16일") == "2026년 11월 16일")
    }
}
