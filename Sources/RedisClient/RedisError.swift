/// Every failure of the Redis client, carrying the server's or hiredis's own words plus our context (the command
/// name, never its arguments; the server URL with any password masked), so one log line is enough to act on.
public struct RedisError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is; extensible, so match with `==` rather than an exhaustive switch.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case invalidURL = "invalid URL"
            case connectionFailed = "connection failed"
            case authenticationFailed = "authentication failed"
            case timeout = "timeout"
            case connectionLost = "connection lost"
            case protocolError = "protocol error"
            case serverError = "server error"
            case invalidCommand = "invalid command"
            case closed = "connection closed"
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The URL could not be understood; `message` names the part that is wrong.
        public static let invalidURL = Code(.invalidURL)
        /// The server could not be reached, or the connection could not be set up (SELECT, keep-alive).
        public static let connectionFailed = Code(.connectionFailed)
        /// The server refused the password (or the user/password pair), or wants one and got none.
        public static let authenticationFailed = Code(.authenticationFailed)
        /// No reply arrived within the command timeout; the connection is replaced on the next call.
        public static let timeout = Code(.timeout)
        /// The connection broke while a command was in flight; the command may or may not have run.
        public static let connectionLost = Code(.connectionLost)
        /// The server's reply could not be read (hiredis protocol error, or a reply nested too deeply).
        public static let protocolError = Code(.protocolError)
        /// The server answered the command with an error reply (`-ERR …`); `serverMessage` holds it.
        public static let serverError = Code(.serverError)
        /// The command cannot be sent as given (e.g. an empty argument vector).
        public static let invalidCommand = Code(.invalidCommand)
        /// The connection was closed by `close()`.
        public static let closed = Code(.closed)

        /// A short human-readable name of the code.
        public var description: String { base.rawValue }
    }

    /// What kind of failure this is.
    public var code: Code
    /// What went wrong, in our words.
    public var message: String
    /// The server's error reply (e.g. `ERR value is not an integer or out of range`), when there was one.
    public var serverMessage: String?
    /// hiredis's `errstr` (e.g. `Connection refused`), when hiredis reported the failure.
    public var hiredisMessage: String?
    /// The command name (the first argument only; values never appear here).
    public var command: String?
    /// The server URL with any password masked.
    public var endpoint: String?

    /// Creates an error; the client fills in every field it knows.
    public init(
        code: Code, message: String, serverMessage: String? = nil, hiredisMessage: String? = nil,
        command: String? = nil, endpoint: String? = nil
    ) {
        self.code = code
        self.message = message
        self.serverMessage = serverMessage
        self.hiredisMessage = hiredisMessage
        self.command = command
        self.endpoint = endpoint
    }

    /// One line: code, command, endpoint, our message, then the server's and hiredis's words.
    public var description: String {
        var text = "Redis \(code)"
        if let command { text += " in \(command)" }
        if let endpoint { text += " at \(endpoint)" }
        text += ": \(message)"
        if let serverMessage { text += " (server: \(serverMessage))" }
        if let hiredisMessage { text += " (hiredis: \(hiredisMessage))" }
        return text
    }
}
