import Foundation
import Testing

@testable import Parse

/// `NTISHeading.suffixMark` reads the `_(YYYY)` mark scalar by scalar; the regular expression `_\(\d{4}\)` is the
/// definition it must agree with.
@Suite("NTIS heading suffix: the scalar reader")
struct NTISHeadingTests {
    @Test(
        "tricky headings: no mark, a broken mark before a real one, other scripts' digits, marks at the ends",
        arguments: [
            "", "_", "_(", "_(2025", "_(2025)", "공고_(2025)", "_(202)_(2026)사업", "a_(20x5)b_(1999)c", "__(2025)",
            "_ (2025)", "_(２０２５)전각", "_(٢٠٢٥)아라비아", "_(2025))", "(2025)_", "공고_(2025)(5월) 딥테크",
            "x_(12345)", "_(2025)\u{0301}결합", "공고_（2025）", "é_(2025)é",
        ])
    func tricky(heading: String) {
        #expect(NTISHeading.suffixMark(in: heading) == NTISHeading.suffixMarkByExpression(in: heading))
    }

    @Test("the 934 original NTIS titles")
    func corpus() {
        var marked = 0
        for entry in TitleCorpusTests.titles {
            let mark = NTISHeading.suffixMark(in: entry.title)
            #expect(mark == NTISHeading.suffixMarkByExpression(in: entry.title), "\(entry.title)")
            if mark != nil { marked += 1 }
        }
        #expect(TitleCorpusTests.titles.count == 934)
        #expect(marked > 500)
    }
}
