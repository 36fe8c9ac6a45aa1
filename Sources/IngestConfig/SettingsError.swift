/// A setting that is missing, malformed or unknown, naming the setting and where its value came from, e.g.
/// `timing.lease (environment variable CONNECT_TIMING_LEASE): "sixty" is not a duration (use 500ms, 15s, 2m, 1h)`.
public struct SettingsError: Error, Sendable, CustomStringConvertible {
    /// The setting's name (`database.url`), or the unknown key as written.
    public var setting: String
    /// Where the bad value came from: an environment variable, `file:line:column`, or the file itself.
    public var origin: String
    public var message: String

    public init(setting: String, origin: String, message: String) {
        self.setting = setting
        self.origin = origin
        self.message = message
    }

    public var description: String { "setting \(setting) (\(origin)): \(message)" }
}
