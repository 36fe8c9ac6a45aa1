import ArgumentParser
import Foundation
import IngestConfig
import Store

/// `connect-ingest programs`: lists stored programs for analysts, as a table, JSON or CSV.
struct ProgramsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programs", abstract: "List stored programs (deadline in Korea time).")

    enum Format: String, ExpressibleByArgument { case table, json, csv }

    @OptionGroup var options: GlobalOptions

    @Option(help: "Only this agency (IITP, KEIT, TIPA, KIMST).")
    var agency: String?

    @Flag(help: "Only programs open now.")
    var open = false

    @Option(help: "Only titles containing this text.")
    var search: String?

    @Option(help: "table, json or csv.")
    var format: Format = .table

    func run() async throws {
        let settings = try options.loadSettings()
        let database = try await Services.postgres(settings)
        let rows = try await ProgramListing(connection: database).rows(
            agency: agency?.uppercased(), openOnly: open, search: search)
        await database.close()
        switch format {
        case .json:
            try Terminal.json(rows)
        case .csv:
            Terminal.line("id,agency,status,deadline_kst,sources,title,detail_url")
            for row in rows {
                let fields = [
                    "\(row.id)", row.agency, row.status, row.deadline ?? "", "\(row.sources)", row.title,
                    row.detailURL ?? "",
                ]
                Terminal.csv(fields)
            }
        case .table:
            for row in rows {
                Terminal.line(
                    "\(row.agency.padding(toLength: 6, withPad: " ", startingAt: 0)) "
                        + "\(row.status.padding(toLength: 9, withPad: " ", startingAt: 0)) "
                        + "\((row.deadline ?? "-").padding(toLength: 17, withPad: " ", startingAt: 0)) \(row.title)")
            }
            Terminal.line("\(rows.count) programs")
        }
    }
}
