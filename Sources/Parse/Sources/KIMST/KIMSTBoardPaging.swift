/// How many pages a KIMST board says it has: its pagination's last-page link calls `fnPage(n)` (the board pages by
/// submitting `searchForm`; `?page=n` answers the same).
enum KIMSTBoardPaging {
    static func pageCount(_ reader: PageReader) throws(ParseFailure) -> Int? {
        guard let link = try reader.text("page_count") else { return nil }
        if let argument = ScriptCall.arguments(of: "fnPage", in: link)?.first, let count = Int(argument) {
            return count
        }
        return Int(link.filter { $0.isASCII && $0.isNumber })
    }
}
