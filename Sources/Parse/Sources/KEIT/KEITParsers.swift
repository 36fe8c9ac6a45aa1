/// KEIT (itech.keit.re.kr, srome.keit.re.kr): the itech JSON list and its detail pages, and the S-Rome list.
enum KEITParsers {
    static var all: [any SourceParser.Type] {
        [KEITItechListParser.self, KEITItechDetailParser.self, KEITSromeListParser.self]
    }
}
