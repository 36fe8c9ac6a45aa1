import HTMLQuery

/// Attachments: `a.file_down[href="javascript:f_bsnsAncm_downloadAtchFile('<atchDocId>','<atchFileId>','<name>',
/// '<bytes>')"]`, downloaded by `GET /comm/file/fileDownload.do` with both ids URI-encoded.
extension IRISDetailParser {
    static let downloadCall = "f_bsnsAncm_downloadAtchFile"

    static func attachments(
        reader: PageReader, page: FetchedPage, problems: inout [ParseProblem]
    ) throws(ParseFailure) -> [Attachment] {
        var attachments: [Attachment] = []
        for link in try reader.nodes("attachments") {
            let call =
                [link.attribute("href"), link.attribute("onclick")].compactMap { $0 }
                .first { $0.containsText(downloadCall + "(") } ?? ""
            guard let arguments = ScriptCall.arguments(of: downloadCall, in: call), arguments.count >= 2,
                !arguments[0].isEmpty, !arguments[1].isEmpty
            else {
                problems.append(ParseProblem(field: "attachments", message: "a file link without \(downloadCall)"))
                continue
            }
            let shown = try reader.text("attachment_name", in: link)
            let name = TitleText.clean(shown ?? (arguments.count > 2 ? arguments[2] : link.text))
            attachments.append(
                Attachment(
                    name: name, url: IRISLinks.download(documentID: arguments[0], fileID: arguments[1], base: page.url),
                    type: fileType(name)))
        }
        return attachments
    }

    /// The extension of a file name, lower-cased (`hwp`, `hwpx`, `pdf`, `zip`); empty when there is none.
    static func fileType(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), name.index(after: dot) < name.endIndex else { return "" }
        let type = name[name.index(after: dot)...].lowercased()
        return type.allSatisfy { $0.isLetter || $0.isNumber } ? type : ""
    }
}
