/// Phrases that say a call has no fixed closing day (`예산 소진시까지`, `추후 공지`, `상시 접수`): the golden records keep
/// them as open-ended periods with no end, so they must not be mistaken for garbage.
enum OpenEndedPhrase {
    /// Markers of an open end, matched with whitespace removed.
    static let markers = ["소진", "추후", "별도", "상시", "수시", "연중", "완료시", "마감시"]

    /// Whether a whole period text without dates is an open-ended phrase (`상시 접수`). `미정` alone says nothing.
    static func isWholePeriod(_ text: String) -> Bool {
        let compact = text.filter { !$0.isWhitespace }
        return !compact.contains(where: \.isNumber) && markers.contains { compact.contains($0) }
    }

    /// Whether what follows `~` is an open end (`예산 소진시까지`, `추후 공지`, `미정`).
    static func isPeriodEnd(_ text: String) -> Bool {
        let compact = text.filter { !$0.isWhitespace }
        return compact.hasPrefix("미정") || markers.contains { compact.contains($0) }
    }
}
