/// Hides passwords in connection URLs wherever a setting is printed or logged: `redis://:s3cret@host:6379/0` becomes
/// `redis://:***@host:6379/0`. Works for any scheme with `user:password@` user info and `password=` query items.
public enum Redaction {
    public static func maskURL(_ url: String) -> String {
        var text = url
        if let scheme = text.range(of: "://") {
            let rest = text[scheme.upperBound...]
            let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
            if let at = rest[..<authorityEnd].lastIndex(of: "@"),
                let colon = rest[..<at].firstIndex(of: ":")
            {
                text = String(text[..<text.index(after: colon)]) + "***" + String(text[at...])
            }
        }
        var searchStart = text.startIndex
        while let range = text.range(of: "password=", range: searchStart..<text.endIndex) {
            let valueEnd = text[range.upperBound...].firstIndex(where: { $0 == "&" || $0 == " " }) ?? text.endIndex
            text.replaceSubrange(range.upperBound..<valueEnd, with: "***")
            searchStart = range.upperBound
        }
        return text
    }
}
