import Foundation
import Testing

@testable import Parse

@Suite("Comparable titles")
struct ComparableTitleTests {
    @Test(
        "NTIS's suffix is cut and 년도 after a year reads as 년, as the regular expressions did",
        arguments: [
            ("2025년도 1차 국민생활안전 기술개발", "2025년 1차 국민생활안전 기술개발"),
            ("2025 년도 사업", "2025년 사업"),
            ("공고_(2025)사업명", "공고"),
            ("2026년도 공고_(2026)2026년도 공고", "2026년 공고"),
            ("연도별 년도 계획", "연도별 년도 계획"),
            ("20년도 계획", "20년도 계획"),
            ("공고_(20xx)", "공고_(20xx)"),
        ])
    func rewrites(title: String, expected: String) {
        #expect(MergeRules.readingYearsAsNen(MergeRules.withoutNTISSuffix(title)) == expected)
        let regex = title.replacingOccurrences(of: "_\\(\\d{4}\\).*$", with: "", options: .regularExpression)
            .replacingOccurrences(of: "(\\d{4})\\s*년도", with: "$1년", options: .regularExpression)
        #expect(regex == expected)
    }
}
