import Foundation
import Synchronization

/// What earlier processes left in each textfile, read once per process: the registry already holds everything
/// this process recorded, so a second write of the same file must add the earlier runs' counters again, not the
/// first write's (which would count this run twice).
final class TextfileBaseline: Sendable {
    static let shared = TextfileBaseline()

    private let baselines = Mutex<[String: Exposition]>([:])

    /// The file's content when this process first wrote it; empty when it was absent or unreadable (the counters
    /// start again, as a restarted process's would).
    func previousRuns(of file: URL) -> Exposition {
        baselines.withLock { known in
            if let baseline = known[file.path] { return baseline }
            let text = try? String(contentsOf: file, encoding: .utf8)
            let baseline = text.flatMap { try? Exposition(parsing: $0) } ?? Exposition(families: [])
            known[file.path] = baseline
            return baseline
        }
    }
}
