import Foundation

/// NTIS headings read `공고명_(YYYY)사업명`: the announcement's own title, then the budget program (내역사업 or round)
/// the record belongs to. One 통합공고 is often held as several records that differ only there (`…_(2025)(5월) 딥…`,
/// `…_(2025)(9월) 팁…`; `…1차공모_(2026)농업빅데이터활용모델…`), so the suffix is kept apart, not thrown away: it is
/// what tells those calls apart.
public enum NTISHeading {
    /// The title without the suffix, and the program the suffix names (nil when the heading has none).
    public static func split(_ heading: String) -> (title: String, businessName: String?) {
        guard let range = suffixMark(in: heading) else { return (heading, nil) }
        let name = heading[range.upperBound...].trimmingSpaces()
        return (String(heading[..<range.lowerBound]), name.isEmpty ? nil : name)
    }

    /// The first `_(` + four decimal digits + `)` (any script's digits, as the regular expression `_\(\d{4}\)` reads
    /// them), found scalar by scalar: every NTIS record goes through here, and the regular expression was compiled
    /// anew and ran over a UTF-16 copy of the heading each time.
    static func suffixMark(in heading: String) -> Range<String.Index>? {
        let scalars = heading.unicodeScalars
        var start = scalars.startIndex
        while let underscore = scalars[start...].firstIndex(of: "_") {
            start = scalars.index(after: underscore)
            var cursor = start
            func next(_ matches: (Unicode.Scalar) -> Bool) -> Bool {
                guard cursor < scalars.endIndex, matches(scalars[cursor]) else { return false }
                cursor = scalars.index(after: cursor)
                return true
            }
            guard next({ $0 == "(" }) else { continue }
            guard (0..<4).allSatisfy({ _ in next { $0.properties.numericType == .decimal } }) else { continue }
            guard next({ $0 == ")" }) else { continue }
            return underscore..<cursor
        }
        return nil
    }

    /// The regular expression `suffixMark` stands for (tests compare the two).
    static func suffixMarkByExpression(in heading: String) -> Range<String.Index>? {
        heading.range(of: "_\\(\\d{4}\\)", options: .regularExpression)
    }
}
