import ArgumentParser

// PLACEHOLDER: `connect-ingest orgs import FILE` (the organizations helper replaces this file).
struct OrgsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "orgs", abstract: "Import and list organizations.")
}
