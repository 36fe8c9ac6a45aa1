/// The words that name kinds of applicants, and the decisions behind them.
extension EligibilityText {
    /// Whole words and the organization types they stand for.
    ///
    /// - 소상공인 → sme: 소상공인 are 소기업 under 「소상공인기본법」, and 소기업 are 중소기업 under 「중소기업기본법」, so
    ///   a call for 소상공인 is a call for (the smallest) SMEs; there is no narrower type to give.
    /// - 벤처기업 → sme, not startup: 벤처기업 is a certification (「벤처기업육성에 관한 특별조치법」) held by SMEs of any
    ///   age; a 20-year-old company can hold it. Only wording about age or founding (창업기업, 창업 7년 이내,
    ///   예비창업자, 창업벤처) makes a startup.
    /// - 산학연 → university and research_institute: it names the members of a consortium, so `partOfConsortium`
    ///   caps it at participant. The 산 (companies) has no scale, so it adds no company type.
    static let organizationWords: [String: [OrganizationType]] = [
        "중소기업": [.sme], "중소기업자": [.sme], "소기업": [.sme], "소상공인": [.sme], "벤처기업": [.sme],
        "중견기업": [.midSized], "대기업": [.large],
        "창업기업": [.startup], "창업벤처": [.startup], "창업벤처기업": [.startup], "예비창업자": [.startup],
        "예비창업팀": [.startup], "창업자": [.startup], "스타트업": [.startup],
        "대학": [.university], "대학교": [.university], "대학원": [.university], "전문대학": [.university],
        "산학협력단": [.university],
        "출연연": [.researchInstitute], "정부출연연": [.researchInstitute], "연구소": [.researchInstitute],
        "연구기관": [.researchInstitute],
        "공공기관": [.publicInstitution], "지자체": [.publicInstitution], "지방자치단체": [.publicInstitution],
        "국가기관": [.publicInstitution],
        "산학연": [.university, .researchInstitute],
    ]

    /// Words that name the members of a consortium rather than who applies (see `organizationWords`).
    static let consortiumMemberWords: Set<String> = ["산학연"]

    /// First halves of `대·중견기업`, `중소·중견기업`, `창업·벤처기업`: before `·` or `/` and another company word,
    /// the half stands for the whole word (`대` for 대기업).
    static let abbreviatedWords: [String: [OrganizationType]] = [
        "대": [.large], "중소": [.sme], "중견": [.midSized], "창업": [.startup], "벤처": [.sme],
    ]

    /// 기업부설연구소 is a company's own lab (a requirement on the company, like 연구개발전담부서): the applicant is the
    /// company, whose scale the text gives separately. It is not a research institute.
    static let companyLabs: Set<String> = ["기업부설연구소", "부설연구소", "기업연구소"]

    /// Role names built like institute words (`주관연구기관`, `공동연구기관`): they say how one takes part, not who.
    static let roleWordPrefixes: [String] = ["주관", "공동", "위탁", "협동", "참여", "수요"]

    /// Words that, right after a company word with no particle, make it part of a name or a compound noun
    /// (`중소기업 기술개발사업`, `중소기업 통합콜센터`, `중소기업 R&D`): the company word is not a mention there.
    static let compoundFollowers: [String] = [
        "기술", "기본법", "통합", "지원사업", "정책", "육성", "전용", "현장", "연구인력", "사업", "협력", "상생",
        "전담", "옴부즈만", "특별법", "성장", "R", "SW", "ICT",
    ]

    /// The last syllables of the organization words and of the endings `organizationTypes(ofWord:)` accepts.
    static let organizationWordEnds: [Unicode.Scalar] = Array(
        Set((Array(organizationWords.keys) + ["연구기관", "연구소", "창업기업", "산학협력단"]).compactMap(\.unicodeScalars.last)))

    /// `organizationWords` and `companyLabs` searched by bytes where the word allows it (see `PlainWord`).
    static let organizationWordTable = PlainWordTable(organizationWords)
    static let abbreviatedWordTable = PlainWordTable(abbreviatedWords)
    static let companyLabTable = PlainWordTable(Dictionary(uniqueKeysWithValues: companyLabs.map { ($0, true) }))

    /// The types a word (stem without particle) names, or nil.
    static func organizationTypes(ofWord word: String) -> [OrganizationType]? {
        // Every organization word ends in one of a few syllables; most words of a page end in another. A word whose
        // last scalar is such another syllable (or any plain scalar) cannot equal or end with one of the words.
        if let last = word.unicodeScalars.last, last.neverJoinsNeighbours, !organizationWordEnds.contains(last) {
            return nil
        }
        if let types = organizationWordTable[word] { return types }
        if companyLabTable[word] != nil || roleWordPrefixes.contains(where: word.hasPrefix) { return nil }
        if word.hasSuffix("연구기관") || word.hasSuffix("연구소") { return [.researchInstitute] }
        if word.hasSuffix("창업기업") { return [.startup] }
        if word.hasSuffix("산학협력단") { return [.university] }
        return nil
    }
}
