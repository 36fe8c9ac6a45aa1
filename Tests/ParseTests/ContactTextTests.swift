import Parse
import Testing

@Suite("문의처 lines")
struct ContactTextTests {
    @Test(
        "department, name, phone and e-mail are read whole",
        arguments: [
            (
                "○ 정보통신기획평가원 전파위성팀 김민수 책임 (042-612-8273, radio@iitp.kr)",
                Contact(department: "전파위성팀", name: "김민수", phone: "042-612-8273", email: "radio@iitp.kr")
            ),
            (
                "○ 해양수산과학기술진흥원 해양산업기술실 박지훈 선임연구원 (02-3460-4072, jhpark@kimst.re.kr)",
                Contact(department: "해양산업기술실", name: "박지훈", phone: "02-3460-4072", email: "jhpark@kimst.re.kr")
            ),
            (
                "○ 한국산업기술기획평가원 기계로봇장비PD실 (053-718-8442)",
                Contact(department: "기계로봇장비PD실", phone: "053-718-8442")
            ),
            ("○ 중소기업기술정보진흥원 창업성장실 (1357)", Contact(department: "창업성장실", phone: "1357")),
            (
                "해양수산과학기술진흥원 R&D기획팀 최유리 선임연구원 (☎ 02-3460-4021)",
                Contact(department: "R&D기획팀", name: "최유리", phone: "02-3460-4021")
            ),
        ])
    func lines(text: String, expected: Contact) {
        #expect(ContactText.parse(text) == expected)
    }

    @Test("the organization's own name (…원) is not a department, a year is not a phone number")
    func traps() {
        let contact = ContactText.parse("정보통신기획평가원 2026년도 공고 담당")
        #expect(contact?.department == nil)
        #expect(contact?.phone == nil)
        #expect(ContactText.parse("") == nil)
    }
}
