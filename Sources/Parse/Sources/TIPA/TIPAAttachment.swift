/// What both TIPA sites say about an attached file: its type is the extension of the name shown (`….hwpx`).
enum TIPAAttachment {
    /// `붙임1. 공고문.HWP` → `hwp`; empty when the name has no extension.
    static func fileType(_ name: String) -> String {
        guard let dot = name.lastIndex(of: ".") else { return "" }
        let fileExtension = name[name.index(after: dot)...].lowercased()
        guard !fileExtension.isEmpty, fileExtension.count <= 5,
            fileExtension.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
        else { return "" }
        return fileExtension
    }
}
