/// A period as written, before years are resolved and instants computed.
struct WrittenPeriod: Hashable {
    var start: WrittenDateTime?
    var end: WrittenDateTime?
    var openEnded = false
    /// Written with `-` between the dates (`2026.08.31-2026.09.11`): only safe between two full dates.
    var dashSeparated = false
}

/// The period grammar: `[start] (~ | - | 부터) [end | time | open-ended phrase] [까지] [remark]`.
extension DateTextCursor {
    /// A period with at least a start, an end or an open end, or nil with the cursor unmoved.
    mutating func scanPeriod() -> WrittenPeriod? {
        attempt { cursor in
            var period = WrittenPeriod(start: cursor.scanDateTime())
            cursor.skipSpaces()
            if cursor.skip("부터") {
                cursor.skipSpaces()
                _ = cursor.skip("~")
            } else if cursor.skip("-") {
                period.dashSeparated = true
            } else if !cursor.skip("~") {
                return nil
            }
            cursor.skipSpaces()
            period.end = cursor.scanDateTime() ?? cursor.scanTime().map { WrittenDateTime(day: nil, time: $0) }
            if period.end == nil, !cursor.isAtEnd {
                guard OpenEndedPhrase.isPeriodEnd(cursor.rest) else { return nil }
                period.openEnded = true
                cursor.position = cursor.characters.count
            }
            guard period.start != nil || period.end != nil || period.openEnded, cursor.scanRemark() else { return nil }
            return period
        }
    }

    /// What may follow the end: `까지`/`마감`, then nothing, or a remark set off from it (`(연장)`, `, IRIS 온라인 접수`,
    /// ` (IRIS 온라인 접수)`). A digit, a date separator or a cut-off time (`오후`) after the end means the text was not
    /// understood.
    private mutating func scanRemark() -> Bool {
        let before = position
        skipSpaces()
        _ = skip("까지")
        _ = skip("마감")
        skipSpaces()
        guard let next = current else { return true }
        if "([,※;".contains(next) { return true }
        if next.isNumber || ".:-/~".contains(next) || rest.hasPrefix("오전") || rest.hasPrefix("오후") { return false }
        return position > before
    }
}
