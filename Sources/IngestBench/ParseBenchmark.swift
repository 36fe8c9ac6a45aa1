import AgencySim
import Foundation
import HTMLQuery
import Parse

/// Parse + normalize throughput over the fixture pages of every configured source and over the real NTIS and TIPA
/// captures, beside a raw libxml2 parse of the same bytes in the same run (target: at least half the raw speed).
struct ParseBenchmark {
    let root: URL

    struct Case {
        let source: SourceConfig
        let page: FetchedPage
    }

    func run() throws {
        let fixtures = root.appendingPathComponent("Fixtures")
        let configs = try AgencyConfigLoader(parsers: ParserRegistry.rules)
            .loadDirectory(root.appendingPathComponent("agencies").path)
        let sources = Dictionary(uniqueKeysWithValues: configs.flatMap(\.sources).map { ($0.id, $0) })
        let simulator = try AgencySimulator(fixturesRoot: fixtures)
        let cases = try corpus(fixtures: fixtures, sources: sources, simulator: simulator)
        guard !cases.isEmpty else { throw BenchError(message: "no fixture pages with a configured source") }
        let real = cases.filter {
            $0.page.url.contains("roRndUid=1243873") || $0.page.url.contains("tipa.or.kr/s040101/index")
        }
        if let only = ProcessInfo.processInfo.environment["CONNECT_BENCH_PARSE_PAGES"] {
            pages(only == "all" ? cases : cases.filter { $0.source.id.contains(only) })
            return
        }
        measure(name: "parse.fixtures", cases: cases)
        if !real.isEmpty { measure(name: "parse.real_captures", cases: real) }
        Figure(name: "parse.peak_memory", value: PeakMemory.mebibytes(), unit: "MiB", target: nil).print()
    }

    private func measure(name: String, cases: [Case]) {
        let bytes = cases.reduce(0) { $0 + $1.page.bytes.count }
        let rounds = max(15, 20_000_000 / max(bytes, 1))
        // One untimed round first: the first parse of a kind pays one-time set-up (compiled patterns, dictionaries,
        // loaded rules), which is not throughput; in a three-round run it moved the share by ten points either way.
        // Then raw and full passes alternate round by round, so that other work on the machine slows both alike,
        // and each is taken at its median round.
        rawPass(cases)
        fullPass(cases)
        var raw: [Double] = []
        var full: [Double] = []
        for _ in 0..<rounds {
            raw.append(time { rawPass(cases) })
            full.append(time { fullPass(cases) })
        }
        let rawRound = raw.sorted()[rounds / 2]
        let fullRound = full.sorted()[rounds / 2]
        let megabytes = Double(bytes) / 1_048_576
        Figure(name: "\(name).pages_per_second", value: Double(cases.count) / fullRound, unit: "pages/s", target: nil)
            .print()
        Figure(name: "\(name).megabytes_per_second", value: megabytes / fullRound, unit: "MB/s", target: nil).print()
        Figure(
            name: "\(name).raw_libxml2_megabytes_per_second", value: megabytes / rawRound, unit: "MB/s", target: nil
        )
        .print()
        Figure(name: "\(name).share_of_raw_parse", value: 100 * rawRound / fullRound, unit: "%", target: ">= 50")
            .print()
    }

    /// Where the time goes, page by page, for profiling (`CONNECT_BENCH_PARSE_PAGES=all`, or a part of a source id;
    /// `CONNECT_BENCH_PARSE_REPEAT` rounds per page, 50 by default): the median raw and full microseconds of each
    /// page, largest difference first, to stderr; no figures.
    private func pages(_ cases: [Case]) {
        let repeats = max(1, Int(ProcessInfo.processInfo.environment["CONNECT_BENCH_PARSE_REPEAT"] ?? "") ?? 50)
        var lines: [(extra: Double, line: String)] = []
        for item in cases {
            let one = [item]
            rawPass(one)
            fullPass(one)
            let raw = (0..<repeats).map { _ in time { rawPass(one) } }.sorted()[repeats / 2] * 1e6
            let full = (0..<repeats).map { _ in time { fullPass(one) } }.sorted()[repeats / 2] * 1e6
            lines.append(
                (
                    full - raw,
                    "\(Int(full - raw))\t\(Int(raw))\t\(Int(full))\t\(item.page.bytes.count)\t\(item.source.id)\t\(item.page.url)"
                ))
        }
        let total = lines.reduce(0) { $0 + $1.extra }
        FileHandle.standardError.write(
            Data("extra µs\traw µs\tfull µs\tbytes\tsource\turl (extra total \(Int(total)) µs)\n".utf8))
        for entry in lines.sorted(by: { $0.extra > $1.extra }) {
            FileHandle.standardError.write(Data((entry.line + "\n").utf8))
        }
    }

    /// The page bytes into a libxml2 document, as every parser starts (charset found, transcoded, parsed).
    private func rawPass(_ cases: [Case]) {
        for item in cases {
            _ = try? HTMLDocument(bytes: item.page.bytes, declaredCharset: item.page.declaredCharset)
        }
    }

    /// The same bytes through the source's parser into normalized programs.
    private func fullPass(_ cases: [Case]) {
        for item in cases {
            guard let parser = ParserRegistry.parser(named: item.source.parser) else { continue }
            _ = try? parser.init().parse(item.page, source: item.source)
        }
    }

    private func time(_ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        body()
        let elapsed = clock.now - start
        return elapsed.seconds
    }

    /// Every detail and list golden whose source is configured, served as the simulator serves it.
    private func corpus(
        fixtures: URL, sources: [String: SourceConfig], simulator: AgencySimulator
    ) throws -> [Case] {
        let folder = fixtures.appendingPathComponent("golden")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        var cases: [Case] = []
        for path in files.sorted() where path.hasSuffix(".json") && !path.contains(".changed.") {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path),
                let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                let sourceID = json["source"] as? String, let source = sources[sourceID],
                let url = json["url"] as? String, let page = json["page"] as? String, !page.contains("/changed/"),
                let response = simulator.fixtureResponse(
                    url: url, method: json["method"] as? String ?? "GET",
                    form: json["form"] as? [String: String] ?? [:]),
                response.status == 200
            else { continue }
            let charset = FetchedPage.charset(inContentType: response.header("Content-Type"))
            cases.append(
                Case(source: source, page: FetchedPage(url: url, bytes: response.body, declaredCharset: charset)))
        }
        return cases
    }
}

struct BenchError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
