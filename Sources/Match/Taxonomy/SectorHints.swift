import Parse

/// What the ministry and the announcing agency say about a program's sector: a hint, weaker than its title.
/// `중소벤처기업부` and TIPA fund every sector and hint at none; the original matcher's mapping of
/// 과학기술정보통신부 to bio-health made every keyword-less 과기정통부 title a bio call.
enum SectorHints {
    /// Ministries (compact names, including short and older ones) and the sectors they hint at, with weights.
    static let ministries: [(names: [String], sectors: [(Sector, Double)])] = [
        (["과학기술정보통신부", "과기정통부", "미래창조과학부", "미래부"], [(.ict, 1.0), (.basicScience, 0.8)]),
        (["산업통상자원부", "산업통상부", "산업부", "산자부"], [(.manufacturing, 1.0), (.energy, 0.6), (.materials, 0.6)]),
        (["기후에너지환경부"], [(.energy, 1.0), (.environment, 1.0)]),
        (["해양수산부", "해수부", "해양경찰청"], [(.marine, 1.0)]),
        (["보건복지부", "복지부", "식품의약품안전처", "식약처", "질병관리청", "질병청"], [(.bioHealth, 1.0)]),
        (["국방부", "방위사업청", "방사청"], [(.defense, 1.0)]),
        (["국토교통부", "국토부", "행정중심복합도시건설청"], [(.construction, 1.0), (.mobility, 0.7)]),
        (["농림축산식품부", "농식품부", "농촌진흥청", "농진청", "산림청"], [(.agriFood, 1.0)]),
        (["환경부", "기상청"], [(.environment, 1.0)]),
        (["우주항공청"], [(.aerospace, 1.0)]),
        (["문화체육관광부", "문체부", "국가유산청", "문화재청"], [(.culture, 1.0)]),
        (["행정안전부", "행안부", "소방청", "경찰청"], [(.safety, 1.0)]),
        (["원자력안전위원회"], [(.energy, 0.7), (.safety, 0.7)]),
        (["방송통신위원회", "개인정보보호위원회"], [(.ict, 0.8)]),
        (["교육부"], [(.basicScience, 0.5)]),
    ]

    /// Announcing agencies (전문기관) and their hints; weaker than a ministry's.
    static let agencies: [(names: [String], sectors: [(Sector, Double)])] = [
        (["정보통신기획평가원", "iitp", "정보통신산업진흥원", "nipa"], [(.ict, 1.0)]),
        (["해양수산과학기술진흥원", "kimst", "한국해양과학기술원"], [(.marine, 1.0)]),
        (["한국산업기술기획평가원", "한국산업기술평가관리원", "keit", "한국산업기술진흥원", "kiat"], [(.manufacturing, 0.6)]),
        (["한국연구재단", "nrf"], [(.basicScience, 0.8)]),
        (["한국보건산업진흥원", "khidi", "한국보건의료연구원"], [(.bioHealth, 1.0)]),
        (["국토교통과학기술진흥원", "kaia"], [(.construction, 1.0), (.mobility, 0.6)]),
        (["농림식품기술기획평가원", "ipet", "한국임업진흥원"], [(.agriFood, 1.0)]),
        (["한국에너지기술평가원", "ketep"], [(.energy, 1.0)]),
        (["한국환경산업기술원", "keiti"], [(.environment, 1.0)]),
        (["한국콘텐츠진흥원", "kocca"], [(.culture, 1.0)]),
        (["국방기술진흥연구소", "kriti", "국방과학연구소"], [(.defense, 1.0)]),
        (["한국항공우주연구원", "한국우주항공진흥원"], [(.aerospace, 1.0)]),
        (["국립재난안전연구원", "한국소방산업기술원"], [(.safety, 1.0)]),
        (["한국원자력연구원", "한국원자력안전재단"], [(.energy, 0.8)]),
    ]

    /// The hints of a ministry as written (any spacing; a field naming two ministries gives both).
    static func ministry(_ name: String?) -> [(Sector, Double)] { hints(name, ministryBytes) }

    /// The hints of an announcing agency, from its name or our agency code.
    static func agency(_ name: String?, agency: Agency?) -> [(Sector, Double)] {
        hints(name, agencyBytes) + (name == nil ? hints(agency?.rawValue, agencyBytes) : [])
    }

    /// The hints of the ministries a title names (`식품의약품안전처 출연연구개발사업`): full names only, of four
    /// syllables or more.
    static func ministriesNamed(inTitle title: String) -> [(Sector, Double)] {
        let compact = Array(title.utf8.filter { $0 != 0x20 })
        var result: [(Sector, Double)] = []
        for entry in ministryBytes where entry.names.contains(where: { $0.count >= 12 && contains(compact, $0) }) {
            result += entry.sectors
        }
        return result
    }

    /// The hints of a ministry or agency name: an entry whose name equals it, or one of four syllables (twelve UTF-8
    /// bytes) or more it contains (`해양수산부 해양정책실`).
    /// The tables with every name as UTF-8 bytes, compared without building `String`s.
    private static let ministryBytes = ministries.map { (names: $0.names.map { Array($0.utf8) }, sectors: $0.sectors) }
    private static let agencyBytes = agencies.map { (names: $0.names.map { Array($0.utf8) }, sectors: $0.sectors) }

    private static func hints(
        _ name: String?, _ table: [(names: [[UInt8]], sectors: [(Sector, Double)])]
    ) -> [(Sector, Double)] {
        guard let name else { return [] }
        let compact = name.utf8.compactMap { byte -> UInt8? in
            if byte == 0x20 || byte == 0x09 || byte == 0x0A { return nil }
            return byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
        }
        guard !compact.isEmpty else { return [] }
        var result: [(Sector, Double)] = []
        for entry in table
        where entry.names.contains(where: { compact == $0 || ($0.count >= 12 && contains(compact, $0)) }) {
            result += entry.sectors
        }
        return result
    }

    /// Whether `bytes` contains `part` (UTF-8): names are compared as bytes, without Foundation's folding.
    private static func contains(_ bytes: [UInt8], _ part: [UInt8]) -> Bool {
        guard !part.isEmpty, bytes.count >= part.count else { return false }
        for start in 0...(bytes.count - part.count) where bytes[start] == part[0] {
            if bytes[start..<(start + part.count)].elementsEqual(part) { return true }
        }
        return false
    }
}
