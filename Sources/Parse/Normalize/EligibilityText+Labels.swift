/// Section headings and `label :` prefixes, and what they say about the organizations listed under them.
extension EligibilityText {
    /// The role a heading or label gives what follows it; `.mentioned` for headings about something else (접수기간,
    /// 문의처 …), which end an eligibility section. nil when the words are not a heading we know.
    static func role(ofLabel label: String) -> Role? {
        let words = label.removingWhitespace()
        guard !words.isEmpty, words.utf8.count <= 24 || words.count <= 24, labelCues.occur(in: words) else {
            return nil
        }
        if has("주최", in: words) { return .mentioned }
        if hasAny(exclusionLabelWords, in: words), !has("제한없", in: words) { return .excluded }
        if hasAny(partnerLabelWords, in: words) { return .partner }
        if has("주관", in: words) { return .applicant }
        if hasAny(participantLabelWords, in: words) { return .participant }
        if hasAny(fundedThingWords, in: words) { return .mentioned }
        if hasAny(applicantLabelWords, in: words) { return .applicant }
        if hasAny(otherLabelWords, in: words) { return .mentioned }
        return nil
    }

    /// Every word the checks below look for: a label with none of them is no heading we know, whatever the order.
    static let labelCues = CueWords(
        ["주최", "제한없", "주관"] + exclusionLabelWords + partnerLabelWords + participantLabelWords + fundedThingWords
            + applicantLabelWords + otherLabelWords)

    /// 제외 대상, 참여제한, 신청 불가 …
    static let exclusionLabelWords = ["제외", "제한", "불가"]
    /// Organizations that take part without applying: buyers, evaluators, the institutes that lend researchers.
    static let partnerLabelWords = ["수요기업", "수요처", "평가위원", "자문", "파견", "멘토", "운영사"]
    /// Co-developers in a consortium (공동연구개발기관, 참여기관 …).
    static let participantLabelWords = ["공동연구", "공동개발", "공동기관", "참여기관", "위탁", "협동"]
    /// 지원대상, 신청자격, 참여 가능 기관, 제출대상, 조사대상 …
    static let applicantLabelWords = ["대상", "자격", "참여가능", "요건"]
    /// 지원대상과제, 대상기술, 대상품목: what is funded, not who.
    static let fundedThingWords = ["대상과제", "대상기술", "대상품목", "대상분야", "대상사업"]
    /// Headings of the other parts of an announcement.
    static let otherLabelWords = [
        "목적", "개요", "내용", "규모", "기간", "분야", "예산", "금액", "방법", "서류", "문의", "공모", "유형", "평가",
        "선정", "유의", "일정", "설명회", "일시", "장소", "첨부", "성숙도", "사전등록", "연구개발비", "사업명", "공고",
        "소관", "전문기관", "전담기관", "담당", "연락처", "이메일", "전화", "상태", "마감", "접수", "기술분야", "과제",
        "지원사항", "조사분야", "근거", "추진", "절차", "협약", "정산", "주요",
    ]

    /// Bullets and numbering at the start of a clause: `1.`, `2)`, `□`, `○`, `-`, `※` …
    enum Marker {
        /// `□`, `■`, `1.`, `2)`, `Ⅲ.`: a heading level.
        case top
        /// `○`, `-`, `※`, `·`: an item under a heading.
        case item
        case none
    }

    static let topMarkers: Set<Character> = ["□", "■", "◆", "◇", "Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ", "Ⅶ", "Ⅷ"]
    static let itemMarkers: Set<Character> = [
        "○", "◦", "●", "◎", "•", "·", "-", "–", "※", "▶", "▷", "ㅇ", "*", "+", "◯",
    ]

    /// The ASCII scalars among the markers (`-`, `*`, `+`).
    static let asciiMarkers = Set(topMarkers.union(itemMarkers).flatMap(\.unicodeScalars).filter(\.isASCII))

    /// The clause without its bullet or numbering, and which kind it had.
    static func strippingMarker(_ clause: Substring) -> (marker: Marker, body: Substring) {
        // Most clauses open with a syllable, a letter or a bracket: no marker nor digit can start with one (a
        // character whose first scalar is one is never a marker, and ASCII has no other spelling), so the characters
        // need not be read.
        if let opening = clause.unicodeScalars.first,
            (0xAC00...0xD7A3).contains(opening.value)
                || (opening.isASCII && !opening.isWhitespaceScalar && !(0x30...0x39).contains(opening.value)
                    && !asciiMarkers.contains(opening))
        {
            return (.none, clause)
        }
        var rest = clause.drop { $0.isWhitespace }
        guard let first = rest.first else { return (.none, rest) }
        if topMarkers.contains(first) {
            rest = rest.dropFirst().drop { $0 == "." || $0.isWhitespace }
            return (.top, rest)
        }
        if itemMarkers.contains(first) {
            return (.item, rest.dropFirst().drop { $0.isWhitespace })
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        if (1...2).contains(digits.count) {
            let after = rest.dropFirst(digits.count)
            if let mark = after.first, mark == "." || mark == ")", after.dropFirst().first.map({ !$0.isNumber }) ?? true
            {
                return (.top, after.dropFirst().drop { $0.isWhitespace })
            }
        }
        return (.none, rest)
    }
}
