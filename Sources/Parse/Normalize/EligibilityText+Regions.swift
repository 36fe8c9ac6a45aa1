/// Regions applicants must be in (`부산 소재 기업`, `경남지역 중소기업`, `수도권 외`, `(제주)`), as opposed to places
/// that are merely named: a venue (`서울 코엑스에서 개최`), a contact address or a footer.
extension EligibilityText {
    /// What a clause must have to name a region; the others are not read word by word.
    static let regionCues = CueWords(KoreanRegions.cues)

    /// Region findings, one per region in canonical order. `지역혁신` alone (a program family for regions outside the
    /// capital area) counts only when nothing more specific is stated, at 0.6.
    static func regionFindings(in clauses: [EligibilityClause]) -> [Finding<String>] {
        var stated: [Finding<String>] = []
        var hinted: [Finding<String>] = []
        for clause in clauses where regionCues.occur(in: clause.text) {
            let text = clause.preparedText
            var names = restrictedRegions(in: clause) + parenthesizedRegions(in: text)
            if hasAny(["수도권", "지방"], in: text), EligibilityPatterns.outsideCapitalArea.occurs(in: text) {
                names += KoreanRegions.outsideCapitalArea
            }
            let hint = has("지역혁신", in: text)
            guard !names.isEmpty || hint, !isVenueOrContact(text) else { continue }
            let confidence = clause.inEligibilitySection ? statedConfidence : indirectConfidence
            stated += names.map { Finding($0, phrase: clause.text, confidence: confidence) }
            if hint {
                hinted += KoreanRegions.outsideCapitalArea.map {
                    Finding($0, phrase: clause.text, confidence: mentionedConfidence)
                }
            }
        }
        return strongestPerRegion(stated.isEmpty ? hinted : stated)
    }

    /// Venues, dates and contact lines: places named there restrict nothing.
    static func isVenueOrContact(_ text: String) -> Bool {
        EligibilityPatterns.venueOrContact.occurs(in: text)
    }

    /// `(제주)`, `(부산·울산)`: a region in parentheses, as regional program titles write it.
    static func parenthesizedRegions(in text: String) -> [String] {
        guard has("(", in: text) else { return [] }
        return text.matches(of: EligibilityPatterns.parenthesized).flatMap { match -> [String] in
            let parts = match.output.1.split { "·ㆍ,/ ".contains($0) }.map(String.init)
            let names = parts.compactMap(KoreanRegions.canonicalName)
            return names.count == parts.count ? names : []
        }
    }

    /// One finding per region (the most certain), in canonical order.
    private static func strongestPerRegion(_ findings: [Finding<String>]) -> [Finding<String>] {
        var best: [String: Finding<String>] = [:]
        for finding in findings where (best[finding.value]?.confidence ?? -1) < finding.confidence {
            best[finding.value] = finding
        }
        return KoreanRegions.canonical.compactMap { best[$0] }
    }
}
