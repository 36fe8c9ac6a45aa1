/// The three tabs of the IRIS board (`ancmPrg`): a call moves from 접수예정 to 접수중 to 마감, and its canonical detail
/// URL names the tab it is listed in.
enum IRISTab: String, CaseIterable, Sendable {
    case upcoming = "ancmPre"
    case open = "ancmIng"
    case closed = "ancmEnd"

    /// The tab a row's status word puts it in (`공고예고`, `공고접수중`, `공고마감`, `예정`, `진행중`); nil for words
    /// that say nothing (`완료` is the API's code for closed rows and is read here too).
    init?(statusWord word: String?) {
        guard let word else { return nil }
        if word.filter({ !$0.isWhitespace }) == "완료" {
            self = .closed
            return
        }
        switch StatusWord.interpret(word) {
        case .upcoming?: self = .upcoming
        case .open?: self = .open
        case .closed?: self = .closed
        case nil: return nil
        }
    }

    /// The tab named by an `ancmPrg` value, ignoring unknown values and config placeholders (`{tab}`).
    init?(parameter value: String?) {
        guard let value, let tab = IRISTab(rawValue: value.trimmingSpaces()) else { return nil }
        self = tab
    }
}
