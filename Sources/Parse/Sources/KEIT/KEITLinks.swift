import Foundation

/// The KEIT URLs the parsers build, on the host of the page they were read from: itech's detail page (GET with both
/// ids; with one it bounces to the list), S-Rome's detail page (what its `f_detail` script opens) and itech's file
/// download (`keit_common.js` `cf_fileDownload`, which 404s without `menuId`).
enum KEITLinks {
    static let itechHome = "https://itech.keit.re.kr/"
    static let sromeHome = "https://srome.keit.re.kr/"
    static let itechDetailPath = "/bsnsancm/retrieveSprtBsnsAncmDetail.do"
    static let itechListScreenPath = "/bsnsancm/retrieveSprtBsnsAncmList.do"
    static let sromeDetailPath = "/srome/biz/perform/opnnPrpsl/retrieveTaskAnncmInfoView.do"
    static let downloadPath = "/fileDownLoad.do"
    /// `cf_fileDownload`'s last two arguments as `f_bsnsAncmFileDownload` passes them for 지원사업공고 files.
    static let announcementFileKind = "NA1001"
    static let announcementMenu = "02000000"

    /// The canonical itech detail URL of a call: `…/retrieveSprtBsnsAncmDetail.do?ancmId=I26077&bsnsYy=2026`.
    static func itechDetail(_ call: KEITCallID, base: String) -> String {
        absolute(itechDetailPath + "?" + query(call), base: base, home: itechHome)
    }

    /// The S-Rome detail URL `f_detail(ancmId, bsnsYy)` navigates to.
    static func sromeDetail(_ call: KEITCallID, base: String) -> String {
        absolute(sromeDetailPath + "?" + query(call), base: base, home: sromeHome)
    }

    /// The download `cf_fileDownload(atchFileId, orgEdmsId, fileCrtSe, menuId)` starts. The keys are base64
    /// (`FzJdhO0bZUoI+MXhnpQaJA==`), so they are percent-encoded as form values (`+` → `%2B`, `/` → `%2F`,
    /// `=` → `%3D`), as the real page's requests show.
    static func download(fileID: String, edmsID: String, kind: String, menu: String, base: String) -> String {
        let query = [("atchFileId", fileID), ("orgEdmsId", edmsID), ("fileCrtSe", kind), ("menuId", menu)]
            .map { "\($0.0)=\(formValue($0.1))" }.joined(separator: "&")
        return absolute(downloadPath + "?" + query, base: base, home: itechHome)
    }

    /// The value of query parameter `name` in `url`, nil when absent or empty.
    static func queryValue(_ name: String, in url: String) -> String? {
        URLComponents(string: URLText.strippingSessionID(url))?.queryItems?.first { $0.name == name }?.value
            .flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Everything but RFC 3986's unreserved characters percent-encoded, as a browser encodes a form value.
    static func formValue(_ value: String) -> String {
        RequestEncoding.component(value)
    }

    private static func query(_ call: KEITCallID) -> String {
        "ancmId=\(formValue(call.ancmID))&bsnsYy=\(formValue(call.year))"
    }

    /// `path` on the page's host; the site's own host when the page URL is not an http(s) URL (a saved file).
    private static func absolute(_ path: String, base: String, home: String) -> String {
        let origin = base.hasPrefix("http://") || base.hasPrefix("https://") ? base : home
        return URLText.absolute(path, base: origin) ?? String(home.dropLast()) + path
    }
}
