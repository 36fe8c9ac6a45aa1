import Foundation

/// The outcome of one `curl` run: its exit code (0, or e.g. 56 for a reset), the HTTP status and headers of the
/// last response, and the body bytes.
public struct CurlOutcome: Sendable {
    public let exitCode: Int32
    public let status: Int
    public let headers: [String: String]
    public let body: [UInt8]
    public let seconds: Double

    public var text: String { String(decoding: body, as: UTF8.self) }
}

/// Runs the `curl` command (a real HTTP client, installed by scripts/setup).
public enum CurlCommand {
    /// Fetches `url`, connecting its host (port 80) to 127.0.0.1:`port`, with extra curl `arguments`.
    public static func run(url: String, port: Int, arguments: [String]) async throws -> CurlOutcome {
        try await onOwnThread { try runBlocking(url: url, port: port, arguments: arguments) }
    }

    private static func runBlocking(url: String, port: Int, arguments: [String]) throws -> CurlOutcome {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("curl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let headerFile = directory.appendingPathComponent("headers")
        let bodyFile = directory.appendingPathComponent("body")
        let host = URLComponents(string: url)?.host ?? ""
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments =
            [
                "-sS", "--max-time", "20", "-D", headerFile.path, "-o", bodyFile.path, "--connect-to",
                "\(host):80:127.0.0.1:\(port)",
            ]
            + arguments + [url]
        process.standardError = FileHandle.nullDevice
        let start = Date()
        try process.run()
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(start)
        let headerText = (try? String(contentsOf: headerFile, encoding: .utf8)) ?? ""
        // With redirects followed, the header file holds every response: keep the last.
        let lastBlock = headerText.components(separatedBy: "\r\n\r\n").filter { !$0.isEmpty }.last ?? ""
        var lines = lastBlock.components(separatedBy: "\r\n")
        let statusLine = lines.isEmpty ? "" : lines.removeFirst()
        let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        let body = (try? Data(contentsOf: bodyFile)).map { [UInt8]($0) } ?? []
        return CurlOutcome(
            exitCode: process.terminationStatus, status: status, headers: headers, body: body, seconds: seconds)
    }
}
