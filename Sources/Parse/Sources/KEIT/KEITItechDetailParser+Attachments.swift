import HTMLQuery

/// Attachment links of an itech detail: `<a href="#" onclick="f_bsnsAncmFileDownload('k1','k2'); return false;">`,
/// which calls `cf_fileDownload(k1, k2, "NA1001", "02000000")` → `/fileDownLoad.do?atchFileId=k1&orgEdmsId=k2&…`.
extension KEITItechDetailParser {
    /// The attachment a link downloads, nil when its script passes no file keys.
    static func attachment(_ link: HTMLNode, base: String) -> Attachment? {
        let script = [link.attribute("onclick"), link.attribute("href")].compactMap { $0 }.joined(separator: " ")
        guard let keys = downloadKeys(in: script) else { return nil }
        var name = link.text
        if name.isEmpty, let title = link.attribute("title") {
            name = title.hasSuffix(" 다운로드") ? String(title.dropLast(4)) : title
            name = name.trimmingSpaces()
        }
        guard !name.isEmpty else { return nil }
        let url = KEITLinks.download(fileID: keys.file, edmsID: keys.edms, kind: keys.kind, menu: keys.menu, base: base)
        return Attachment(name: name, url: url, type: fileType(name))
    }

    /// The keys of `cf_fileDownload(k1, k2, kind, menu)` when the link calls it directly, else the first two
    /// arguments of the page's wrapper (`f_bsnsAncmFileDownload(k1, k2)`) with the wrapper's fixed kind and menu.
    static func downloadKeys(in script: String) -> (file: String, edms: String, kind: String, menu: String)? {
        if let arguments = ScriptCall.arguments(of: "cf_fileDownload", in: script), arguments.count >= 4,
            !arguments[0].isEmpty
        {
            return (arguments[0], arguments[1], arguments[2], arguments[3])
        }
        guard let arguments = ScriptCall.arguments(in: script), arguments.count >= 2, !arguments[0].isEmpty else {
            return nil
        }
        return (arguments[0], arguments[1], KEITLinks.announcementFileKind, KEITLinks.announcementMenu)
    }

    /// The extension of a file name, lower-cased (`hwpx`); empty when it has none.
    static func fileType(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), name.index(after: dot) < name.endIndex else { return "" }
        let suffix = name[name.index(after: dot)...]
        guard suffix.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return "" }
        return suffix.lowercased()
    }
}
