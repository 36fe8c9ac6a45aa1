import Foundation

/// The IRIS URLs the parsers build: the detail page of a call (`retrieveBsnsAncmView.do?ancmId=&ancmPrg=`, which the
/// site itself reaches through a form POST) and the attachment download that `f_bsnsAncm_downloadAtchFile(…)` calls.
enum IRISLinks {
    static let detailPath = "/contents/retrieveBsnsAncmView.do"
    static let downloadPath = "/comm/file/fileDownload.do"
    static let listScreenPath = "/contents/retrieveBsnsAncmBtinSituListView.do"
    static let home = "https://www.iris.go.kr/"

    /// The canonical detail URL of a call, on the host of `base` (the page it was found on).
    static func detail(id: String, tab: IRISTab?, base: String) -> String {
        var query = "ancmId=" + uriComponent(id)
        if let tab { query += "&ancmPrg=" + tab.rawValue }
        return absolute(detailPath + "?" + query, base: base)
    }

    /// The download URL the site's script opens: both ids passed through `encodeURIComponent` (they are base64 with
    /// `+`, `/` and `=`).
    static func download(documentID: String, fileID: String, base: String) -> String {
        let query = "atchDocId=" + uriComponent(documentID) + "&atchFileId=" + uriComponent(fileID)
        return absolute(downloadPath + "?" + query, base: base)
    }

    /// The value of query parameter `name` in `url` (session ids in the path ignored).
    static func queryValue(_ name: String, in url: String) -> String? {
        URLComponents(string: URLText.strippingSessionID(url))?.queryItems?.first { $0.name == name }?.value
            .flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether `url` is the server-rendered list screen rather than the JSON endpoint.
    static func isListScreen(_ url: String) -> Bool {
        URLComponents(string: URLText.strippingSessionID(url))?.path == listScreenPath
    }

    /// JavaScript's `encodeURIComponent`: everything but ASCII letters, digits and `-_.!~*'()` is percent-encoded.
    static func uriComponent(_ value: String) -> String {
        PercentEncoding.encode(value, keeping: PercentEncoding.uriComponent)
    }

    private static func absolute(_ path: String, base: String) -> String {
        let origin = base.hasPrefix("http://") || base.hasPrefix("https://") ? base : home
        return URLText.absolute(path, base: origin) ?? String(home.dropLast()) + path
    }
}
