extension IITPEzoneDetailParser {
    /// Headings under which an ezone body says who may apply or take part (README golden rule: eligibility comes from
    /// the 지원대상 / 참여 가능 기관 line), compared without spaces.
    static let eligibilityLabels = ["지원대상", "신청자격", "지원자격", "신청대상", "참여가능기관", "참여대상", "제출대상", "응모자격"]

    /// Who may apply: read from the body's eligibility section when it has one, so that an opening sentence such as
    /// `산·학·연 및 국민의 기술수요를 … 조사하오니 많은 참여 바랍니다` names nobody; otherwise from the whole body. A
    /// consortium requirement stated outside the section still counts.
    static func eligibility(body: String) -> Eligibility {
        guard let section = eligibilitySection(in: body) else { return EligibilityText.analyze(body) }
        var eligibility = EligibilityText.analyze(section, scope: .eligibilitySection)
        if eligibility.consortiumRequired == nil {
            eligibility.consortiumRequired = EligibilityText.analyze(body).consortiumRequired
        }
        return eligibility
    }

    /// The first line that starts with an eligibility label (after its outline marker: `2.`, `□`, `○` …) and the lines
    /// below it in the outline (`○`, `-`, `※` items under a `2.`/`□` heading; notes under a `○` item).
    static func eligibilitySection(in body: String) -> String? {
        let lines = body.split(separator: "\n").map(String.init)
        guard let start = lines.firstIndex(where: isEligibilityHeading) else { return nil }
        let rank = outlineRank(lines[start])
        let rest = lines[(start + 1)...].prefix { outlineRank($0) > rank }
        return ([lines[start]] + rest).joined(separator: "\n")
    }

    static func isEligibilityHeading(_ line: String) -> Bool {
        let words = String(withoutOutlineMarker(line)).filter { !$0.isWhitespace }
        return eligibilityLabels.contains { words.hasPrefix($0) }
    }

    /// 0 for a heading (`1.`, `가.`, `□`), 1 for an item (`○`), 2 for a note or sub-item (`-`, `※`) or plain text.
    static func outlineRank(_ line: String) -> Int {
        guard let first = line.first else { return 2 }
        if "□■◇◆".contains(first) || hasNumbering(line) { return 0 }
        if "○ㅇ●◦•◎".contains(first) { return 1 }
        return 2
    }

    /// `1. `, `12) `, `가. `: an outline number at the start of the line.
    static func hasNumbering(_ line: String) -> Bool {
        let head = line.prefix { $0.isNumber || ("가"..."하").contains($0) }
        guard !head.isEmpty, head.count <= 2, head.allSatisfy(\.isNumber) || head.count == 1 else { return false }
        let after = line.dropFirst(head.count)
        return after.first == "." || after.first == ")"
    }

    static func withoutOutlineMarker(_ line: String) -> Substring {
        var rest = Substring(line)
        if hasNumbering(line) { rest = rest.drop { $0 != "." && $0 != ")" }.dropFirst() }
        return rest.drop { $0.isWhitespace || "□■◇◆○ㅇ●◦•◎-–·※*".contains($0) }
    }
}
