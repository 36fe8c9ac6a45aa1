import Foundation

/// The package's executables as `swift build --build-tests` leaves them: beside the test bundle in the build folder.
public enum BuiltProduct {
    /// The executable `name` (e.g. `connect-ingest`, `agency-sim`).
    public static func url(_ name: String) throws -> URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        for _ in 0..<4 {
            directory.deleteLastPathComponent()
            let candidate = directory.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw ProductNotBuilt(name: name)
    }
}

/// An executable the tests need was not built.
public struct ProductNotBuilt: Error, CustomStringConvertible {
    public let name: String
    public var description: String { "\(name) is not built next to the tests: run swift build --build-tests" }
}
