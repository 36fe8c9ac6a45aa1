import Foundation
import Parse
import Testing

/// The tipa.or.kr 기정원소식 list parser on the real capture (UTF-8 with a BOM, CRLF and LF lines mixed).
@Suite("TIPA tipa.or.kr: list")
struct TIPANoticeListTests {
    struct Row: Equatable, CustomStringConvertible {
        let id: String
        let title: String
        let posted: String
        var url: String { "https://www.tipa.or.kr/s040101/view/id/\(id)" }
        var description: String { "\(id) \(posted) \(title)" }
    }

    static let realRows = [
        Row(id: "17537", title: "「2026 스마트공장 지원사업 우수사례 컨소시엄 선정」 참가기업 모집 공고", posted: "2026.07.06"),
        Row(id: "17524", title: "2026년 중소기업 R&D 우수성과 50선 모집 공고", posted: "2026.06.30"),
        Row(
            id: "17511", title: "ICT융합 스마트공장 보급·확산사업 사업비 정산 제2기 스마트 제조혁신 지정회계기관 모집 공고",
            posted: "2026.06.25"),
        Row(id: "17492", title: "한-호주 글로벌 R&D 협력 포럼 개최 안내", posted: "2026.06.19"),
        Row(id: "17459", title: "2026년 창업성장기술개발(디딤돌) 소상공인R&D 오디션 시민참여단 모집 안내", posted: "2026.06.05"),
        Row(
            id: "17458", title: "2026 민관공동기술사업화R&D(구매연계 혁신형도전) RFP 설명회 및 네트워킹 데이 개최 안내",
            posted: "2026.06.05"),
        Row(id: "17444", title: "2026년도 민관공동기술사업화R&D 제3차 (구매연계·상생협력) 시행계획 공고", posted: "2026.05.29"),
        Row(id: "17424", title: "2026년 제약바이오벤처 협업기반 기술개발사업 업무지원기관 모집 공고", posted: "2026.05.15"),
        Row(id: "17387", title: "2026년 스마트제조혁신기업 공영홈쇼핑 입점 코칭상담회 참가기업 모집 안내", posted: "2026.04.27"),
        Row(
            id: "17385", title: "[중요] 국내 중소기업 대상 신규 랜섬웨어 감염 확산에 따른 위협정보 및 보안권고 사항 안내",
            posted: "2026.04.27"),
    ]

    @Test("the real page 1 yields its 10 rows: id, title, date and canonical link, in page order")
    func realRows() throws {
        let url = "https://www.tipa.or.kr/s040101/index/page/1"
        let result = try TIPATestPages.parse(
            try TIPATestPages.file(TIPATestPages.realList, url: url), as: "tipa.notice.list")
        let rows = result.followUps.map {
            Row(id: $0.context["id"] ?? "", title: $0.context["title"] ?? "", posted: $0.context["posted"] ?? "")
        }
        #expect(rows == Self.realRows)
        #expect(result.followUps.map(\.url) == Self.realRows.map(\.url))
        #expect(result.followUps.allSatisfy { $0.source == "tipa.notice.detail" && $0.method == "GET" })
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.skipped == 0)
    }

    @Test("the pager's last link gives the page count (186), not the board number 040101")
    func pageCount() throws {
        let url = "https://www.tipa.or.kr/s040101/index/page/1"
        let result = try TIPATestPages.parse(
            try TIPATestPages.file(TIPATestPages.realList, url: url), as: "tipa.notice.list")
        #expect(result.pageCount == 186)
    }

    @Test("page 2 links carry /page/2/, which the canonical detail URL drops")
    func pageTwo() throws {
        let url = "https://www.tipa.or.kr/s040101/index/page/2"
        let page = try TIPATestPages.file(TIPATestPages.tipaPages + "s040101/index-page-2.html", url: url)
        let result = try TIPATestPages.parse(page, as: "tipa.notice.list")
        #expect(result.followUps.count == 10)
        #expect(result.followUps.first?.url == "https://www.tipa.or.kr/s040101/view/id/17371")
        #expect(result.followUps.allSatisfy { !$0.url.contains("/page/") })
    }

    @Test("a row whose title attribute is missing still becomes a request, with a problem reported")
    func rowWithoutTitle() throws {
        let page = try TIPATestPages.edited(
            TIPATestPages.realList, url: "https://www.tipa.or.kr/s040101/index/page/1",
            [("<a href='/s040101/view/page/1/id/17537' title=", "<a href='/s040101/view/page/1/id/17537' data-x=")])
        let result = try TIPATestPages.parse(page, as: "tipa.notice.list")
        #expect(result.followUps.count == 10)
        #expect(result.followUps.first?.context["title"] == nil)
        #expect(result.problems.map(\.field) == ["title"])
    }

    @Test("an empty board row is zero rows, not a failure")
    func emptyBoard() throws {
        let html = """
            <html><body><table class="basic_table center"><caption><strong>알림마당>기정원소식 리스트</strong></caption>
            <tbody><tr><td colspan="6">등록된 게시물이 없습니다.</td></tr></tbody></table></body></html>
            """
        let page = FetchedPage(url: "https://www.tipa.or.kr/s040101/index/page/187", bytes: Array(html.utf8))
        let result = try TIPATestPages.parse(page, as: "tipa.notice.list")
        #expect(result.followUps.isEmpty && result.problems.isEmpty)
    }
}
