import ArgumentParser
import CurlTransport
import Foundation
import IngestConfig
import Parse

/// `connect-ingest parse --source ID FILE|URL`: runs one source's parser on a saved page (or a live URL) and prints
/// the normalized records as JSON, with follow-up requests and problems, so an operator sees a selector fix at once.
struct ParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse one page with a source's rules and print the normalized records (JSON).")

    @OptionGroup var options: GlobalOptions

    @Option(help: "The source id, e.g. ntis.detail (see connect-ingest agencies check).")
    var source: String

    @Option(help: "The agency files' folder (default: the paths.agencies setting).")
    var dir: String?

    @Option(help: "The page's URL when reading a file (detail ids are often taken from it).")
    var url: String?

    @Option(help: "The charset the HTTP response declared, if any (e.g. EUC-KR).")
    var charset: String?

    @Option(help: "The clock for derived statuses, ISO 8601 (default: now).")
    var asOf: String?

    @Argument(help: "A saved page, or an http(s) URL to fetch.")
    var page: String

    func run() async throws {
        let directory = try dir ?? options.loadSettings().agenciesDirectory
        let configs = try AgencyFilesLoader.load(directory)
        guard let sourceConfig = configs.flatMap(\.sources).first(where: { $0.id == source }),
            let parser = ParserRegistry.parser(named: sourceConfig.parser)
        else {
            let known = configs.flatMap(\.sources).map(\.id).sorted().joined(separator: ", ")
            Terminal.error("error: no source '\(source)' in \(directory) (known: \(known))")
            throw ExitCode(ExitStatus.dataError)
        }
        let fetched = try await load()
        let clock = try asOf.map(Self.instant) ?? Date()
        do {
            let result = try parser.init().parse(fetched, source: sourceConfig)
            Terminal.line(try Self.render(result, asOf: clock))
        } catch {
            Terminal.error("error: \(error)")
            throw ExitCode(ExitStatus.dataError)
        }
    }

    private func load() async throws -> FetchedPage {
        if page.hasPrefix("http://") || page.hasPrefix("https://") {
            let response = try await CurlTransfer.get(page)
            let declared = FetchedPage.charset(inContentType: response.contentType)
            return FetchedPage(url: page, bytes: response.body, declaredCharset: charset ?? declared)
        }
        guard let data = FileManager.default.contents(atPath: page) else {
            Terminal.error("error: cannot read \(page)")
            throw ExitCode(ExitStatus.dataError)
        }
        return FetchedPage(
            url: url ?? URL(fileURLWithPath: page).absoluteString, bytes: [UInt8](data), declaredCharset: charset)
    }

    static func instant(_ text: String) throws -> Date {
        guard let date = KoreaInstant.parse(text) else {
            throw ValidationError("--as-of \(text) is not ISO 8601 (e.g. 2026-11-20T10:00:00+09:00)")
        }
        return date
    }

    private struct Output: Encodable {
        let programs: [ProgramRecord]
        let followUps: [FollowUp]
        let skipped: Int
        let problems: [String]
        let pageCount: Int?

        struct FollowUp: Encodable {
            let source: String
            let url: String
            let method: String
            let context: [String: String]
        }

        enum CodingKeys: String, CodingKey {
            case programs, followUps = "follow_ups", skipped, problems, pageCount = "page_count"
        }
    }

    static func render(_ result: ParseResult, asOf: Date) throws -> String {
        let output = Output(
            programs: result.programs.map { ProgramRecord($0, asOf: asOf) },
            followUps: result.followUps.map {
                Output.FollowUp(source: $0.source, url: $0.url, method: $0.method, context: $0.context)
            },
            skipped: result.skipped, problems: result.problems.map(\.description), pageCount: result.pageCount)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(output), as: UTF8.self)
    }
}
