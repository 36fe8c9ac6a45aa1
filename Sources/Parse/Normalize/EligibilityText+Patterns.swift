/// The regular expressions eligibility reading uses, compiled once rather than at every clause.
///
/// `Regex` is not `Sendable`, hence `nonisolated(unsafe)`: a regex is never mutated after it is built, and the
/// program it compiles on first use is published through an atomic reference (`Regex.Program.loweredProgram`), so
/// sharing these across threads is safe.
enum EligibilityPatterns {
    /// `출연(연)` as one word.
    nonisolated(unsafe) static let institutesAbbreviated = #/출연\(연\)/#
    /// `산·학·연`, `산ㆍ학ㆍ연`, `산, 학, 연` as one word.
    nonisolated(unsafe) static let industryAcademiaInstitutes = #/산\s*[·ㆍ・,]\s*학\s*[·ㆍ・,]\s*연/#
    /// `자격 : 제한 없음`, `참여 제한 없음`: open to anyone (not `업종 제한 없음`, which restricts nothing else).
    nonisolated(unsafe) static let noRestriction = #/(?:^|[:：(]|자격|대상|신청|참여)\s*(?:은|는|에|의)?\s*제한\s*(?:이\s*)?없/#
    /// `중소기업이면 누구나`: anyone of a kind, which restricts to that kind.
    nonisolated(unsafe) static let anyoneOfKind = #/(?:면|인\s*경우)\s*누구나/#
    /// `창업 7년 이내`, `창업 후 7년 이하`, `업력 3년 미만`, `설립 후 5년 이내`.
    static let foundingAge = OpeningPattern(
        #/(?:창업|업력|설립)\s*(?:후|이후)?\s*\d{1,2}\s*년\s*(?:이내|이하|미만)/#,
        openings: ["창업", "업력", "설립"])
    /// `단독 신청 불가`: says a consortium is needed, not that the organization is excluded.
    nonisolated(unsafe) static let aloneNotAllowed = #/단독\s*(?:으로\s*)?(?:신청|참여|수행)?\s*(?:은|이|도)?\s*(?:불가|할\s*수\s*없)/#
    /// Wording that keeps the organizations before it from applying.
    static let exclusion = OpeningPattern(
        #/제외|불가|(?:참여|신청|지원)\s*(?:이|가)?\s*제한|제한\s*(?:됨|된다|함|되며|대상)|지원하지\s*않|신청할\s*수\s*없|참여할\s*수\s*없|배제/#,
        openings: ["제외", "불가", "참여", "신청", "지원", "제한", "배제"])
    /// `… 수요기업으로`: taking part as a buyer.
    static let asPartner = OpeningPattern(
        #/수요(?:기업|처|기관)\s*(?:으로|로)/#,
        openings: ["수요"])
    /// `… 참여기관으로(만)`, `… 공동연구개발기관으로`.
    static let asParticipant = OpeningPattern(
        #/(?:참여기관|참여연구기관|공동[가-힣]*기관|위탁[가-힣]*기관|협동[가-힣]*기관)\s*(?:으로|로)/#,
        openings: ["참여", "공동", "위탁", "협동"])
    /// `… 으로 구성된 컨소시엄`: the members of a consortium.
    nonisolated(unsafe) static let composing = #/^\s*(?:으로|로)?\s*구성(?:된|하여|한)/#
    /// `… 주관기관으로`, `… 이 주관연구개발기관인 경우`.
    static let asApplicant = OpeningPattern(
        #/주관[가-힣]*(?:기관|기업)\s*(?:으로|로|인|일|만)/#,
        openings: ["주관"])
    /// A role word before a list: lead, consortium member, buyer.
    static let leadWord = OpeningPattern(
        #/주관[가-힣]*(?:기관|기업)/#,
        openings: ["주관"])
    static let participantWord = OpeningPattern(
        #/참여기관|참여연구기관|공동[가-힣]*기관|위탁[가-힣]*기관|협동[가-힣]*기관/#,
        openings: ["참여", "공동", "위탁", "협동"])
    static let partnerWord = OpeningPattern(
        #/수요기업|수요처|수요기관/#,
        openings: ["수요"])
    /// `수요기업(`, `수요처 :` right before a list.
    nonisolated(unsafe) static let partnerBefore = #/(?:수요기업|수요처|수요기관)\s*[(:：]?\s*$/#
    /// `해외`, `협력국` right before a list: foreign partners.
    nonisolated(unsafe) static let foreignBefore = #/(?:해외|국외|협력국)\s*$/#
    /// `수도권 외`, `비수도권`, `지방 소재`.
    static let outsideCapitalArea = OpeningPattern(
        #/수도권\s*(?:을\s*)?(?:외|이외|제외)|비수도권|지방\s*소재/#,
        openings: ["수도권", "비수도권", "지방"])
    /// What follows `수도권` in `수도권 외`.
    nonisolated(unsafe) static let exceptFollows = #/^\s*(?:을\s*)?(?:외|이외|제외)/#
    /// Venues, dates and contact lines.
    static let venueOrContact = OpeningPattern(
        #/개최|장소|일시|오시는|대표전화|문의|팩스|전화|주소|본원|우편|설명회|\(\s*우?\s*\d{5}\s*\)/#,
        openings: ["개최", "장소", "일시", "오시는", "대표전화", "문의", "팩스", "전화", "주소", "본원", "우편", "설명회", "("])
    /// `(제주)`, `(부산·울산)`.
    nonisolated(unsafe) static let parenthesized = #/\(([가-힣·ㆍ,\/ ]+)\)/#
}
