import Foundation

/// A KIMST notice body as its `□ 라벨: 값` items. The HWP editor writes every item on its own line, bulleted (`□`,
/// `○`, `-`, `※`) or numbered (`3.`), with the label before a colon; a section heading with nothing after it
/// (`5. 문의처`) gives the line that follows as its value.
struct KIMSTBodyItems {
    /// One labelled line: the label without spaces, and the value as written.
    struct Item: Equatable {
        var label: String
        var value: String
    }

    let items: [Item]

    init(_ body: String) {
        let lines = body.split(separator: "\n").map { Self.stripMarker(String($0)) }
        var items: [Item] = []
        for (index, line) in lines.enumerated() {
            if let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) {
                let label = line[..<colon].filter { !$0.isWhitespace }
                let value = line[line.index(after: colon)...].trimmingSpaces()
                guard !label.isEmpty, label.count <= Self.longestLabel else { continue }
                if !value.isEmpty {
                    items.append(Item(label: label, value: value))
                    continue
                }
                if index + 1 < lines.count { items.append(Item(label: label, value: lines[index + 1])) }
            } else if line.count <= Self.longestLabel, index + 1 < lines.count {
                items.append(Item(label: line.filter { !$0.isWhitespace }, value: lines[index + 1]))
            }
        }
        self.items = items
    }

    /// Labels are short (`신청·접수기간`); a longer text before a colon is a sentence, not a label.
    static let longestLabel = 12

    /// The values of the items whose label satisfies `matches`, in page order.
    func values(_ matches: (String) -> Bool) -> [String] {
        items.filter { matches($0.label) }.map(\.value)
    }

    /// The line without its bullet or section number: `□ 접수기간: …` → `접수기간: …`, `5. 문의처` → `문의처`.
    static func stripMarker(_ line: String) -> String {
        var rest = Substring(line.trimmingSpaces())
        while let first = rest.first, bullets.contains(first) || first.isWhitespace { rest = rest.dropFirst() }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 2 {
            let after = rest.dropFirst(digits.count)
            if let mark = after.first, mark == "." || mark == ")" { rest = after.dropFirst() }
        }
        return rest.trimmingSpaces()
    }

    static let bullets: Set<Character> = ["□", "■", "○", "●", "◦", "◎", "▶", "▷", "-", "※", "*", "·", "ㅇ", "◇", "◆"]
}
