/// Words whose meaning the words around them decide. `양식` is aquaculture in `양식 어가` but a form in `신청서 양식`,
/// which every body says; `약` is a drug but `약 5억원` is "about". Read in the wrong sense they would put
/// application forms among marine terms.
enum AmbiguousWords {
    private static let form = Array("양식".utf16)
    private static let about = Array("약".utf16)
    /// Words after which `양식` is a form.
    private static let documentWords: Set<String> = [
        "서식", "소정", "별지", "별첨", "첨부", "붙임", "제출", "작성", "신청", "해당", "지정", "표준", "아래", "다음", "동일",
    ]
    /// Words before which `양식` is a form.
    private static let documentFollowers: Set<String> = ["작성", "제출", "다운로드", "참고", "참조", "첨부", "활용", "사용"]

    /// Whether the word at `index` (normalized to `units[range]`) is not a term in its place.
    static func isNonTerm(_ units: [UInt16], _ range: Range<Int>, in scanner: WordScanner, at index: Int) -> Bool {
        let word = units[range]
        let words = scanner.words
        if word.elementsEqual(about) {
            return index + 1 < words.count && words[index + 1].script == .latin
                && units[words[index + 1].range.lowerBound] <= 0x39
        }
        guard word.elementsEqual(form) else { return false }
        if index > 0, words[index - 1].script == .hangul {
            let previous = units[words[index - 1].range]
            if previous.last == "서".utf16.first! { return true }  // 신청서, 계획서, 제안서 …
            if documentWords.contains(where: { previous.starts(with: $0.utf16) }) { return true }
        }
        if index + 1 < words.count, words[index + 1].script == .hangul {
            let next = units[words[index + 1].range]
            if documentFollowers.contains(where: { next.starts(with: $0.utf16) }) { return true }
        }
        return false
    }
}

/// Latin words that carry nothing: articles and prepositions, and the pieces of URLs and file names bodies contain.
enum LatinStopWords {
    private static let words: Set<String> = [
        "the", "and", "of", "for", "in", "on", "to", "with", "by", "an", "is", "are", "or", "at", "as", "from", "be",
        "www", "http", "https", "com", "co", "kr", "go", "re", "do", "net", "org", "html", "jsp", "php", "pdf", "hwp",
        "hwpx", "zip", "xlsx", "xls", "docx", "doc", "jpg", "png", "gif", "mailto", "tel", "fax", "rd", "ltd", "inc",
        "etc",
        "all", "rights", "reserved", "copyright", "home", "kb", "mb", "pm", "am",
    ]

    static func contains(_ units: [UInt16], _ range: Range<Int>) -> Bool {
        guard range.count <= 6 else { return false }
        return words.contains(String(decoding: units[range], as: UTF16.self))
    }
}
