/// The words compounds are split into, and what each kind of word does to a term. Korean titles glue nouns together
/// (`양자암호통신기술개발사업`): the original matcher searched raw substrings in them and found `암` (cancer) in `암호`
/// (cipher). Here a compound is cut at dictionary words only, longest first, so `암호` is one word and `암` never
/// appears; syllables no word covers stay together (`달성군` is one unknown run, not `달` + `성군`).
enum MorphemeDictionary {
    /// What a dictionary word is to the term extractor.
    enum Kind: UInt8, Sendable {
        /// Not in the dictionary: a run of syllables no word covers.
        case unknown
        /// A domain word: a part of a compound and a term of its own (`양자`, `암호`, `치매`).
        case morpheme
        /// A proper name that must not be split (`조선대학교`, `해양수산부`): a term, but never cut into parts.
        case name
        /// A word too common to mean much alone (`데이터`, `스마트`): a term, but it does not match by itself inside a
        /// keyword phrase or a longer compound.
        case broad
        /// A word every announcement uses (`기술`, `개발`, `사업`): never a term, and cut from the end of compounds.
        case generic
    }

    /// The trie of every word, built once.
    static let trie = MorphemeTrie(
        words: domainWords.map { ($0, Kind.morpheme) } + names.map { ($0, Kind.name) }
            + broadWords.map { ($0, Kind.broad) } + genericWords.map { ($0, Kind.generic) },
        keywords: SectorKeywords.dictionaryWords)

    /// One-syllable nouns kept as terms when they stand alone (`암 환자`, `달 탐사`). Any other one-syllable word is
    /// dropped, and no one-syllable word is ever a part of a compound: `암` is never found inside `암호`.
    static let singleSyllableNouns = SortedKeys(
        ["암", "뇌", "달", "약", "폐", "눈", "빛", "열", "물", "섬", "칩", "쌀", "논", "밭", "숲", "꿀"].map {
            UInt32($0.utf16.first!)
        })

    /// Proper names that contain domain words but mean something else (`조선대학교` is a university, not shipbuilding;
    /// `해양수산부` is a ministry named in every other body) or that would split badly (`달성군`).
    static let names: [String] = [
        "조선대학교", "조선대", "조선이공대학교", "조선시대", "조선왕조", "조선왕릉", "조선일보", "달성군", "달서구",
        "해양수산부", "해양경찰청", "해양수산과학기술진흥원", "한국해양과학기술원", "한국해양대학교", "해양대학교",
        "과학기술정보통신부", "산업통상자원부", "산업통상부", "중소벤처기업부", "보건복지부", "국토교통부", "농림축산식품부",
        "환경부", "기후에너지환경부", "국방부", "방위사업청", "문화체육관광부", "행정안전부", "우주항공청", "농촌진흥청",
        "산림청", "소방청", "질병관리청", "식품의약품안전처", "정보통신기획평가원", "한국산업기술기획평가원",
        "중소기업기술정보진흥원", "한국연구재단", "한국보건산업진흥원", "국토교통과학기술진흥원", "한국에너지기술평가원",
        "정보통신산업진흥원", "한국콘텐츠진흥원", "농림식품기술기획평가원", "한국산업기술진흥원", "국방기술진흥연구소",
        "한국환경산업기술원", "서식양식", "소정양식", "제출양식", "신청양식", "작성양식", "서양식", "전라남도", "경상남도",
    ]

    /// Words with so little meaning alone that a keyword phrase (`데이터 분석`) or a compound keyword
    /// (`스마트팩토리`) does not match a program by them alone.
    static let broadWords: [String] = [
        "스마트", "디지털", "데이터", "플랫폼", "서비스", "솔루션", "분석", "관리", "정보", "제품", "장비", "모델", "설계", "제어",
        "처리", "응용", "지능", "지능형", "부품", "소재", "공정", "시험", "검사", "측정", "실증", "운영", "자동화", "생산",
        "장치", "기기", "도시", "공간", "생태계", "모니터링", "예측", "최적화", "표준", "인증", "생활", "사회", "그린", "친환경",
        "고효율", "고성능", "초고속", "저전력", "소형", "대형", "경량", "국산화",
    ]
}
