/// A KEIT call as both KEIT sites name it: its `ancmId` (`I26077`, older `A00619`) and its `bsnsYy`, the year it was
/// posted (not the year in its title). The detail page needs both, and one `ancmId` can recur in another year, so the
/// source id is `<ancmId>-<bsnsYy>` (`I26077-2026`) on itech and S-Rome alike.
struct KEITCallID: Hashable, Sendable {
    let ancmID: String
    let year: String

    /// The source id, `I26077-2026`.
    var sourceID: String { "\(ancmID)-\(year)" }

    /// The script functions that open a call's detail: `f_detailPage` on the itech list screen, `f_detail` on S-Rome.
    static let detailFunctions = ["f_detailPage", "f_detail"]

    /// nil unless `ancmID` is a letter-and-digit id and `year` a four-digit year, so that a renamed JSON key or a
    /// shifted script argument is noticed instead of producing ids like `2026-I26077`.
    init?(ancmID: String?, year: String?) {
        guard let ancmID = ancmID?.trimmingSpaces(),
            let year = year?.trimmingSpaces(),
            let first = ancmID.first, first.isASCII, first.isLetter, ancmID.count >= 2,
            ancmID.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
            year.count == 4, year.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        self.ancmID = ancmID
        self.year = year
    }

    /// The call an `onclick` or `href` opens: `f_detail('I26077', '2026'); return false;`,
    /// `javascript:f_detail('I21435','2026');`, `f_detailPage('I26112','2026')`.
    init?(script: String) {
        for function in Self.detailFunctions {
            if let arguments = ScriptCall.arguments(of: function, in: script), arguments.count >= 2 {
                self.init(ancmID: arguments[0], year: arguments[1])
                return
            }
        }
        return nil
    }
}
