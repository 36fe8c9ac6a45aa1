import Foundation
import Testing

@testable import Parse

/// The IRIS URL and tab rules the parsers share.
@Suite("IRIS links and tabs")
struct IRISLinksTests {
    @Test("ids are encoded like JavaScript's encodeURIComponent")
    func uriComponent() {
        #expect(IRISLinks.uriComponent("1NZA+VXvPYaIW8UcAL8AAg==") == "1NZA%2BVXvPYaIW8UcAL8AAg%3D%3D")
        #expect(IRISLinks.uriComponent("it/ajhbdOx7IDqB4S8AfAg==") == "it%2FajhbdOx7IDqB4S8AfAg%3D%3D")
        #expect(IRISLinks.uriComponent("a-b_c.d!e~f*g'h(i)") == "a-b_c.d!e~f*g'h(i)")
        #expect(IRISLinks.uriComponent("붙임 1") == "%EB%B6%99%EC%9E%84%201")
    }

    @Test("the list screen is told from the API by its path, session id or not")
    func listScreen() {
        #expect(IRISLinks.isListScreen(IRISPages.screen + ";jsessionid=ABC?ancmPrg=ancmIng"))
        #expect(!IRISLinks.isListScreen(IRISPages.api + "?ancmPrg=ancmIng"))
    }

    @Test("detail URLs stay on the host of the page they were found on")
    func detailHost() {
        #expect(
            IRISLinks.detail(id: "026101", tab: .open, base: "http://127.0.0.1:8080/contents/x.do")
                == "http://127.0.0.1:8080/contents/retrieveBsnsAncmView.do?ancmId=026101&ancmPrg=ancmIng")
    }

    @Test(
        "status words of the list and the API put a row in its tab",
        arguments: [
            ("공고예고", IRISTab.upcoming), ("예정", .upcoming), ("공고접수중", .open), ("진행중", .open),
            ("공고마감", .closed), ("완료", .closed),
        ])
    func tabs(word: String, tab: IRISTab) {
        #expect(IRISTab(statusWord: word) == tab)
    }

    @Test("placeholders and unknown values name no tab")
    func noTab() {
        #expect(IRISTab(parameter: "{tab}") == nil)
        #expect(IRISTab(statusWord: "IRIS 공고") == nil)
        #expect(IRISTab(parameter: " ancmEnd ") == .closed)
    }

    @Test("the list screen's onclick form gives the id and the tab")
    func onclickForm() {
        let call = "f_bsnsAncmBtinSituListForm_view('023640','ancmPre'); return false;"
        #expect(ScriptCall.arguments(of: IRISListScreen.viewCall, in: call) == ["023640", "ancmPre"])
    }
}
