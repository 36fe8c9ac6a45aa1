import Foundation

/// An SMTECH detail link as the list writes it (`notice02_detail.do;jsessionid=….smwas3_servlet_engine4?buclYy=&
/// ancmId=S02912&buclCd=S3061&dtlAncmSn=1&schdSe=MO5005&aplySn=1&searchCondition=&searchKeyword=&pageIndex=1`), read
/// into its stable id and its canonical URL. The id is `ancmId-dtlAncmSn`: one ancmId repeats across rounds (S02847 =
/// monthly 연구인력지원사업(파견)) and tracks (the two TIPS tracks share S02912). The canonical URL drops the session
/// id, paging and search state but keeps buclCd, dtlAncmSn, schdSe and aplySn: without them the real detail answers a
/// 302 to the intro page.
struct SMTECHLink: Hashable {
    let id: String
    let url: String
    /// The query parameters the detail source's `params` name (ancmId, buclCd, dtlAncmSn …), for the request context.
    let parameters: [String: String]

    /// List and search state the detail does not need.
    static let droppedParameters: Set<String> = ["pageIndex", "searchCondition", "searchKeyword", "sysGubun"]

    /// nil for a link that is not an SMTECH detail (`javascript:goMove()` of an IRIS row, `#`) or lacks the ids.
    init?(href: String, base: String) {
        guard let absolute = URLText.absolute(href, base: base) else { return nil }
        self.init(url: absolute)
    }

    /// From an absolute URL (a detail page's own address, a list link made absolute).
    init?(url: String) {
        let canonical = URLText.canonical(url, dropping: Self.droppedParameters)
        guard let components = URLComponents(string: canonical), components.path.hasSuffix("notice02_detail.do"),
            let ancmID = Self.value("ancmId", in: components), let round = Self.value("dtlAncmSn", in: components)
        else { return nil }
        id = "\(ancmID)-\(round)"
        self.url = canonical
        var parameters: [String: String] = [:]
        for item in components.queryItems ?? [] where parameters[item.name] == nil {
            parameters[item.name] = item.value ?? ""
        }
        self.parameters = parameters
    }

    private static func value(_ name: String, in components: URLComponents) -> String? {
        guard let value = components.queryItems?.first(where: { $0.name == name })?.value, !value.isEmpty else {
            return nil
        }
        return value
    }
}
