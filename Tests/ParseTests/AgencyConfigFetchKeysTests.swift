import Foundation
import Testing

@testable import Parse

@Suite("Agency files: what the fetcher reads per source")
struct AgencyConfigFetchKeysTests {
    let loader = AgencyConfigLoader(parsers: ParserRegistry.rules)

    @Test("KIMST's sources ask for legacy TLS ciphers; no other source does")
    func legacyCiphers() throws {
        let configs = try loader.loadDirectory(GoldenCorpus.root.appendingPathComponent("agencies").path)
        for source in configs.flatMap(\.sources) {
            let expected = source.id.hasPrefix("kimst.") ? "DEFAULT:@SECLEVEL=1" : nil
            #expect(source.tlsCiphers == expected, "\(source.id)")
        }
    }

    @Test("allowed redirect hosts and volatile parameters are read; a wrong type names the key")
    func redirectsAndVolatiles() throws {
        let text = """
            code = "NTIS"
            name = "국가R&D통합공고"
            shared = true

            [[sources]]
            id = "ntis.detail"
            kind = "html_detail"
            parser = "ntis_detail"
            url = "https://www.ntis.go.kr/rndgate/eg/un/ra/view.do"
            allowed_hosts = ["WWW.IRIS.GO.KR"]
            volatile_params = ["_ts"]

            [sources.rules]
            title = "//h1"
            labels = "//li"
            label = "span[1]"
            attachments = "//div[@class='summary_file']//a"
            body = "//div[@class='se-contents']"
            """
        let source = try #require(try loader.load(try AgencyFiles.write(text)).sources.first)
        #expect(source.allowedHosts == ["www.iris.go.kr"])
        #expect(source.volatileParameters == ["_ts"])
        let broken = text.replacingOccurrences(of: #"allowed_hosts = ["WWW.IRIS.GO.KR"]"#, with: #"allowed_hosts = 3"#)
        let error = #expect(throws: AgencyConfigErrors.self) { try loader.load(try AgencyFiles.write(broken)) }
        #expect(error.map { "\($0)" }?.contains("allowed_hosts") == true)
    }
}
