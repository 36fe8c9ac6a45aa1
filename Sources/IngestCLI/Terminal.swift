import Foundation

/// The command's own output: results to standard output, diagnostics to standard error.
enum Terminal {
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// One `write` per line: lines from concurrent tasks (log records) never interleave within a line.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
