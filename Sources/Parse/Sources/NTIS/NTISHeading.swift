import Foundation

/// NTIS headings read `공고명_(YYYY)사업명`: the announcement's own title, then the budget program (내역사업 or round)
/// the record belongs to. One 통합공고 is often held as several records that differ only there (`…_(2025)(5월) 딥…`,
/// `…_(2025)(9월) 팁…`; `…1차공모_(2026)농업빅데이터활용모델…`), so the suffix is kept apart, not thrown away: it is
/// what tells those calls apart.
public enum NTISHeading {
    /// The title without the suffix, and the program the suffix names (nil when the heading has none).
    public static func split(_ heading: String) -> (title: String, businessName: String?) {
        guard let range = heading.range(of: "_\\(\\d{4}\\)", options: .regularExpression) else {
            return (heading, nil)
        }
        let name = heading[range.upperBound...].trimmingSpaces()
        return (String(heading[..<range.lowerBound]), name.isEmpty ? nil : name)
    }
}
