/// IRIS (www.iris.go.kr): the hub all four agencies post to. Its JSON list names the announcing agency of every row,
/// so other agencies' calls are skipped before any detail page is fetched.
enum IRISParsers {
    static var all: [any SourceParser.Type] { [IRISListParser.self, IRISDetailParser.self] }
}
