import Foundation

/// A tipa.or.kr 기정원소식 post link, `/s040101/view/page/1/id/17537` (CodeIgniter path segments), read into the post
/// id and its canonical URL `https://www.tipa.or.kr/s040101/view/id/17537`: the paging segment `page/N` says which list
/// page linked it, not which post it is, so it is dropped (the site serves both forms).
struct TIPANoticeLink: Hashable {
    let id: String
    let url: String

    /// nil for a link that is not a post view (`#`, a pager link, a download).
    init?(href: String, base: String) {
        guard let absolute = URLText.absolute(href, base: base), var components = URLComponents(string: absolute)
        else { return nil }
        var segments = components.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard let view = segments.firstIndex(of: "view"), let idIndex = segments.lastIndex(of: "id"), idIndex > view,
            idIndex + 1 < segments.count, !segments[idIndex + 1].isEmpty,
            segments[idIndex + 1].allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        id = segments[idIndex + 1]
        if let page = segments.firstIndex(of: "page"), page > view, page < idIndex {
            segments.removeSubrange(page...min(page + 1, idIndex - 1))
        }
        components.path = "/" + segments.joined(separator: "/")
        components.query = nil
        components.fragment = nil
        url = components.string ?? absolute
    }
}
