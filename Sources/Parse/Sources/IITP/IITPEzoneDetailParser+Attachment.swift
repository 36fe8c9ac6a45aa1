import Foundation
import HTMLQuery

extension IITPEzoneDetailParser {
    /// The eGovFramework download the page's inline `fn_egov_downFile(atchFileId, fileSn)` opens.
    static let downloadPath = "/cmm/fms/FileDown.do"

    /// One `ul.file_list` link: `fn_egov_downFile('FILE_…','0')` → `/cmm/fms/FileDown.do?atchFileId=FILE_…&fileSn=0`,
    /// or a plain download `href`. nil for a link that downloads nothing.
    static func attachment(_ link: HTMLNode, base: String) -> Attachment? {
        let name = link.text
        guard !name.isEmpty else { return nil }
        let url: String?
        if let arguments = ScriptCall.arguments(of: "fn_egov_downFile", in: link.attribute("onclick") ?? ""),
            arguments.count >= 2
        {
            let query = "atchFileId=\(arguments[0].urlQueryEncoded)&fileSn=\(arguments[1].urlQueryEncoded)"
            url = URLText.absolute("\(downloadPath)?\(query)", base: base)
        } else {
            let href = link.attribute("href")?.trimmingSpaces() ?? ""
            url = href.hasPrefix("#") ? nil : URLText.absolute(href, base: base).map(URLText.strippingSessionID)
        }
        guard let url else { return nil }
        return Attachment(name: name, url: url, type: fileType(name))
    }

    /// The extension of a file name, lower-cased (`.HWP` → `hwp`); empty when it has none.
    static func fileType(_ name: String) -> String {
        guard let dot = name.lastIndex(of: ".") else { return "" }
        let suffix = name[name.index(after: dot)...]
        guard !suffix.isEmpty, suffix.count <= 5, suffix.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
        else { return "" }
        return suffix.lowercased()
    }
}

extension String {
    /// Percent-encoded for a query value (ids are `FILE_000…` and digits; anything else is escaped).
    fileprivate var urlQueryEncoded: String {
        addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["_", "-", "."])) ?? self
    }
}
