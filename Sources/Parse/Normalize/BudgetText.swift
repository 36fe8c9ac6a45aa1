/// Reads money out of Korean announcement text, exactly, in won. The original pipeline took 억 for 10^9 and shipped
/// every budget ten times too high; here each unit is written down once (`BudgetText.bigUnits`, `smallUnits`:
/// 억 = 10^8) and all arithmetic is overflow-checked `Int64`, so an absurd figure becomes unknown instead of wrapping.
///
/// What a phrase means:
/// - **Total** (`총`, `총사업비`, `정부출연금 총`, and labels such as `예산`, `공고금액`, `사업비`): the programme's money.
/// - **Per project** (`과제당`, `기업당`, `건당`, `개사당`, `과제별`, `연간 과제당` …): what one award can get. When it
///   says `연` (a yearly figure, `과제당 연 12억원 이내`) the yearly number is kept as stated, not multiplied by the
///   duration: the duration is often a range or "이내", and the agencies themselves quote the yearly figure.
/// - **Qualifiers** (`이내`, `내외`, `최대`, `약`) keep the number: it is the cap or the estimate the page gives. A bare
///   `최대 N` is a cap on one award, so it is read as per project.
/// - **Ranges** (`3~5억원`) give the upper bound: it is the most one can get, the same reading as `이내`/`최대`.
/// - **This year's slice** (`150억원 이내(당해 19억원)`) is not a second budget: the total stays 150억.
/// - **Unknown**: `미정`, `추후 공지`, `0 억원` (NTIS writes 0 when nothing is stated) give nil amounts, never zero.
/// - Percentages (`정부출연금 75% 이내`) and rates (`5억원당 1명`) are not amounts.
public enum BudgetText {
    /// The budget stated by one phrase: an NTIS `공고금액` cell, a `지원규모` value, a golden record's `budget_text`.
    /// An amount with no marker at the head of the phrase is the total (NTIS `117.32 억원`). `text` is the phrase as
    /// written (whitespace collapsed) when it states an amount or says the amount is unknown (`미정`, `0억원`);
    /// nil when it says nothing about money (empty, `-`, a percentage only).
    public static func parse(_ text: String) -> Budget {
        let written = collapsed(removingMarkup(text))
        guard !written.isEmpty, !written.allSatisfy({ "-–—".contains($0) || $0 == " " }) else { return .unknown }
        let prepared = Prepared(written)
        let mentions = mentions(in: prepared.scan)
        let total = headTotal(of: mentions)
        let perProject = mentions.first { $0.role.isPerProject && $0.hasValue }?.amount.won
        if total != nil || perProject != nil {
            return Budget(totalKRW: total, perProjectKRW: perProject, text: written)
        }
        if !mentions.isEmpty || unknownStatement(in: prepared.scan) != nil {
            return Budget(text: written)
        }
        return .unknown
    }

    /// The first total and the first per-project amount a body states, with the phrase(s) they were read from as
    /// `text` (one phrase when one contains the other, `총 48억원 (과제당 연 12억원 이내)`; otherwise both, in page
    /// order, joined by ` / `). Here an amount counts only with a marker or a budget label in front of it: a body's
    /// tables are full of unmarked figures that are not the budget. With no amount, `text` is the statement that the
    /// amount is unknown (`미정` after a budget label, `0억원`), else nil.
    public static func find(in body: String) -> Budget {
        let prepared = Prepared(body)
        let mentions = mentions(in: prepared.scan)
        let total =
            mentions.first { $0.role == .total && $0.hasValue }
            ?? mentions.first { $0.role == .labelTotal && $0.hasValue }
        let perProject = mentions.first { $0.role.isPerProject && $0.hasValue }
        let found = [total, perProject].compactMap { $0 }
        if !found.isEmpty {
            let ranges = found.map { phraseRange(of: $0, in: prepared.scan) }
            return Budget(
                totalKRW: total?.amount.won, perProjectKRW: perProject?.amount.won,
                text: joinedPhrases(ranges, in: prepared))
        }
        let zero = mentions.first { $0.role != .none && $0.role != .currentYear && !$0.hasValue }
        let unknownWord = unknownStatement(in: prepared.scan, anywhere: false)
        let candidates: [Range<Int>] = [zero.map { phraseRange(of: $0, in: prepared.scan) }, unknownWord]
            .compactMap { $0 }
        guard let first = candidates.min(by: { $0.lowerBound < $1.lowerBound }) else { return .unknown }
        return Budget(text: prepared.written(first))
    }

    /// The total of a single phrase: a marked total, or else the phrase's first amount when it has no marker at all
    /// (`117.32 억원`, `150억원 이내(당해 19억원)`). A marked total of `0` stays unknown rather than falling back.
    static func headTotal(of mentions: [Mention]) -> Int64? {
        if let marked = mentions.first(where: { $0.role == .total || $0.role == .labelTotal }) {
            return marked.hasValue ? marked.amount.won : nil
        }
        guard let head = mentions.first, head.role == .none, head.hasValue else { return nil }
        return head.amount.won
    }

    /// The phrases as written, merged when they overlap.
    static func joinedPhrases(_ ranges: [Range<Int>], in prepared: Prepared) -> String {
        let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for range in sorted {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged.map { prepared.written($0) }.joined(separator: " / ")
    }
}
