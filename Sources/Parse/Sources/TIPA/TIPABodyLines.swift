/// Labelled lines of an announcement body as TIPA writes them — `□ 접수기간 : 2026. 6. 2.(화) ~ 6. 23.(화) 18:00까지`,
/// `2. 공모유형 : 자유공모`, `○ 문의처 : 중소기업기술정보진흥원 상생협력실 (044-300-0982)` — so a field is read from its
/// own line and not from wherever a date or a word happens to appear (an event's 일시 is not its 사전등록 period).
struct TIPABodyLines {
    /// The body's labelled lines in order, read once: a detail page asks for four or five fields.
    let lines: [(label: String, value: String)]

    init(_ body: String) {
        lines = body.split(separator: "\n").compactMap { line in
            // Only a line with a colon has a label; most lines of a body have none, and labelling reads characters.
            guard line.utf8.contains(0x3A) || line.containsText("：") else { return nil }
            return Self.labelled(String(line))
        }
    }

    /// The value of the first line whose label is one of `labels` (compared without spaces), trimmed; nil when no
    /// line has one of them or its value is empty.
    func value(_ labels: [String]) -> String? {
        let wanted = Set(labels.map(LabelValues.normalizeLabel))
        return lines.first { wanted.contains($0.label) && !$0.value.isEmpty }?.value
    }

    /// `□ 지원분야 : 시스템반도체, 바이오·헬스` → the items, split at commas only (`바이오·헬스` is one field).
    func list(_ labels: [String]) -> [String] {
        guard let value = value(labels) else { return [] }
        return value.split(whereSeparator: { $0 == "," || $0 == "，" })
            .map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// A line split at its first colon into its label (bullets and numbering dropped, spaces removed) and value.
    static func labelled(_ line: String) -> (label: String, value: String)? {
        let text = withoutBullets(Substring(line))
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let label = LabelValues.normalizeLabel(String(text[..<colon]))
        guard !label.isEmpty, label.count <= 12, !label.contains(where: \.isNumber) else { return nil }
        let value = text[text.index(after: colon)...].trimmingSpaces()
        return (label, value)
    }

    /// Characters HWP and editor bodies put before a label: `□`, `○`, `-`, `※`, `1.`, `2)`, `가.`.
    static func withoutBullets(_ line: Substring) -> Substring {
        var text = line.drop { $0.isWhitespace || bullets.contains($0) }
        let number = text.prefix { $0.isASCII && $0.isNumber }
        if (1...2).contains(number.count), let mark = text.dropFirst(number.count).first, mark == "." || mark == ")" {
            text = text.dropFirst(number.count + 1).drop { $0.isWhitespace || bullets.contains($0) }
        }
        return text
    }

    static let bullets: Set<Character> = [
        "□", "■", "○", "●", "◦", "•", "-", "※", "▶", "▷", "◆", "◇", "*", "ㅇ", "‣", "–", "·", "\u{00A0}",
    ]
}
