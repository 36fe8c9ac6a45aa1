/// The 17 광역시·도 under the short names the matcher and the golden records use (`부산`, `경남`), with the long and
/// older forms pages write (`부산광역시`, `경상남도`, `강원특별자치도`, `전라북도`). Words are matched whole, never as
/// substrings: the original pipeline's substring search read `달성군` and `광주과학기술원` as places it was not.
public enum KoreanRegions {
    /// Every region, in the order of the administrative code (서울 first, 제주 last).
    public static let canonical: [String] = [
        "서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남", "전북", "전남",
        "경북", "경남", "제주",
    ]

    /// 수도권: the capital area that `수도권 외` and `비수도권` programs leave out.
    public static let capitalArea: [String] = ["서울", "인천", "경기"]

    /// The regions outside the capital area, for `수도권 외` / `비수도권` / `지방 소재` wording.
    public static var outsideCapitalArea: [String] { canonical.filter { !capitalArea.contains($0) } }

    /// The canonical name of a word that names a region by itself (`부산광역시` → `부산`, `경남` → `경남`), nil for
    /// anything else (`달성군`, `광주시`, `세종대학교`). `광주시` is nil on purpose: it is also a city of 경기도.
    public static func canonicalName(_ word: String) -> String? {
        if canonical.contains(word) { return word }
        return longForms[word]
    }

    /// Regions named by one word for several (`부울경`, `충청권`), in canonical order; nil for other words.
    public static func group(_ word: String) -> [String]? {
        groups[word]
    }

    /// The first two syllables of every region word, with `지방` and `지역혁신`: a text without any names no region,
    /// and the eligibility reader skips such clauses without reading them word by word.
    public static let cues: [String] = Array(
        Set((canonical + Array(longForms.keys) + Array(groups.keys)).map { String($0.prefix(2)) } + ["지방", "지역혁신"])
    ).sorted()

    /// The first syllable of every region word: a word starting otherwise names no region (checked before the
    /// costlier stem lookups, on every word of a page).
    static let initials: Set<Character> = Set(
        (canonical + Array(longForms.keys) + Array(groups.keys)).compactMap(\.first))

    /// Long, official and older names, each to its short name. `광주시` is absent on purpose (see `canonicalName`).
    static let longForms: [String: String] = [
        "서울특별시": "서울", "서울시": "서울",
        "부산광역시": "부산", "부산시": "부산",
        "대구광역시": "대구", "대구시": "대구",
        "인천광역시": "인천", "인천시": "인천",
        "광주광역시": "광주",
        "대전광역시": "대전", "대전시": "대전",
        "울산광역시": "울산", "울산시": "울산",
        "세종특별자치시": "세종", "세종시": "세종",
        "경기도": "경기",
        "강원도": "강원", "강원특별자치도": "강원",
        "충청북도": "충북", "충북도": "충북",
        "충청남도": "충남", "충남도": "충남",
        "전라북도": "전북", "전북특별자치도": "전북", "전북도": "전북",
        "전라남도": "전남", "전남도": "전남",
        "경상북도": "경북", "경북도": "경북",
        "경상남도": "경남", "경남도": "경남",
        "제주도": "제주", "제주특별자치도": "제주",
    ]

    /// Names for several regions at once, as regional programs write them.
    static let groups: [String: [String]] = [
        "수도권": ["서울", "인천", "경기"],
        "충청권": ["대전", "세종", "충북", "충남"],
        "호남권": ["광주", "전북", "전남"],
        "대경권": ["대구", "경북"],
        "동남권": ["부산", "울산", "경남"],
        "부울경": ["부산", "울산", "경남"],
    ]
}
