/// Connection targets as they may be shown: a URL or key/value connection string with its password replaced by
/// `***`. Every error and log line that names a database goes through here.
public enum PostgresTarget {
    public static func masked(_ connectionString: String) -> String {
        if let scheme = connectionString.range(of: "://") {
            let afterScheme = connectionString[scheme.upperBound...]
            let authorityEnd = afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? afterScheme.endIndex
            let authority = afterScheme[..<authorityEnd]
            guard let at = authority.lastIndex(of: "@") else { return maskQueryPassword(connectionString) }
            let userInfo = authority[..<at]
            guard let colon = userInfo.firstIndex(of: ":") else { return maskQueryPassword(connectionString) }
            let masked = connectionString[..<colon] + ":***" + connectionString[at...]
            return maskQueryPassword(String(masked))
        }
        return maskKeywordPassword(connectionString)
    }

    /// `?password=secret` in a URL's query.
    private static func maskQueryPassword(_ url: String) -> String {
        guard let range = url.range(of: "password=") else { return url }
        let valueEnd = url[range.upperBound...].firstIndex(of: "&") ?? url.endIndex
        return url[..<range.upperBound] + "***" + url[valueEnd...]
    }

    /// `host=… password=secret` connection strings.
    private static func maskKeywordPassword(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).map { word in
            word.hasPrefix("password=") ? "password=***" : String(word)
        }.joined(separator: " ")
    }
}
