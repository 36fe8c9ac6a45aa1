import Foundation
import Parse
import Testing

/// The 934 NTIS titles the original system stored (Fixtures/real/connect-ntis-934-titles.json). Its title normalizer
/// erased everything after "20xx"; ours must keep every character, and read the kind the title states.
@Suite("The 934 original NTIS titles")
struct TitleCorpusTests {
    struct Entry: Decodable, Sendable {
        let id: String
        let title: String
    }

    static let titles: [Entry] = {
        let url = GoldenCorpus.fixtures.appendingPathComponent("real/connect-ntis-934-titles.json")
        guard let data = try? Data(contentsOf: url) else { return [] }
        return (try? JSONDecoder().decode([Entry].self, from: data)) ?? []
    }()

    @Test("every title is cleaned without losing a character (only whitespace changes)")
    func noTruncation() {
        #expect(Self.titles.count == 934)
        var damaged: [String] = []
        for entry in Self.titles {
            let cleaned = TitleText.clean(entry.title)
            let invisible: Set<Character> = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}"]
            let before = entry.title.filter { !$0.isWhitespace && !invisible.contains($0) }
            let after = cleaned.filter { !$0.isWhitespace }
            if before != after || cleaned.isEmpty || cleaned != cleaned.trimmingCharacters(in: .whitespaces) {
                damaged.append(entry.id)
            }
        }
        #expect(damaged.isEmpty, "titles changed beyond whitespace: \(damaged.prefix(5))")
        // The original's failure: everything after the year vanished. Spot-check a long title survives whole.
        let long = Self.titles.map(\.title).max { $0.count < $1.count } ?? ""
        #expect(TitleText.clean(long).count >= long.count - long.filter(\.isWhitespace).count)
    }

    @Test("titles that say 수요조사 are demand surveys; 공고/공모/모집 titles without such words are calls")
    func kinds() {
        var surveys = 0
        var misread: [String] = []
        for entry in Self.titles {
            let (kind, _) = KindRules.classify(title: TitleText.clean(entry.title))
            if entry.title.contains("수요조사") {
                surveys += 1
                if kind != .demandSurvey { misread.append("\(entry.title) → \(kind)") }
            } else if ["공고", "공모", "모집"].contains(where: entry.title.contains),
                !["설명회", "결과", "안내", "행사", "테스트", "test", "지정", "등록", "채용", "평가위원"].contains(
                    where: entry.title.contains)
            {
                if kind != .rndCall { misread.append("\(entry.title) → \(kind)") }
            }
        }
        #expect(surveys == 5)
        #expect(misread.isEmpty, "\(misread.count) misread, e.g. \(misread.prefix(5))")
    }
}
