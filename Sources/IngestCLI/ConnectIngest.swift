import ArgumentParser

@main
struct ConnectIngest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "connect-ingest", version: "0.1.0")
}
