/// Words written two ways in Korean R&D texts (`AI` and `인공지능`, `IoT` and `사물인터넷`): a keyword in one form
/// matches program terms in the other.
enum TermSynonyms {
    private static let groups: [[String]] = [
        ["ai", "인공지능"], ["iot", "사물인터넷"], ["빅데이터", "bigdata"], ["클라우드", "cloud"], ["블록체인", "blockchain"],
        ["로봇", "robot"], ["드론", "drone"], ["메타버스", "metaverse"], ["반도체", "semiconductor"],
        ["이차전지", "배터리", "battery"], ["소프트웨어", "sw", "software"], ["가상현실", "vr"], ["증강현실", "ar"],
        ["확장현실", "xr"], ["정보통신", "ict"], ["사이버보안", "정보보호", "cybersecurity"], ["머신러닝", "기계학습"],
        ["디스플레이", "display"], ["헬스케어", "healthcare"], ["바이오", "bio"], ["수소", "hydrogen"],
        ["에너지저장", "ess"], ["도심항공", "uam"], ["언어모델", "llm"], ["자율주행", "autonomous"],
    ]

    private static let byWord: [String: [String]] = {
        var byWord: [String: [String]] = [:]
        for group in groups {
            for word in group { byWord[word, default: []] += group.filter { $0 != word } }
        }
        return byWord
    }()

    static func synonyms(of units: [UInt16]) -> [String] {
        byWord[String(decoding: units, as: UTF16.self)] ?? []
    }
}
