import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `transform` over `items`, in order, on every core: in one part per core, none smaller than `minimumPart` items
/// (below that, spreading the work costs more than it saves). The store's per-program work (records, hashes, COPY
/// rows with the matcher's features) is most of its own time on a batch.
///
/// Each part runs on a thread of its own, not on Swift's cooperative pool (one thread per core): parts there kept
/// the store's task from resuming when the database answered, and the database waited for it. A `background` map
/// (the next batch, prepared while this one is in the database) runs at a lower priority, so the database and the
/// store's own task get the cores first and the map takes what they leave.
func concurrentMap<Item: Sendable, Value: Sendable>(
    _ items: [Item], minimumPart: Int = 64, background: Bool = false,
    _ transform: @escaping @Sendable (Item) throws -> Value
) async throws -> [Value] {
    let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount, items.count / minimumPart))
    guard parts > 1 || background else { return try items.map(transform) }
    let size = (items.count + parts - 1) / parts
    return try await withThrowingTaskGroup(of: (Int, [Value]).self) { group in
        for part in 0..<parts {
            let slice = items[min(part * size, items.count)..<min((part + 1) * size, items.count)]
            group.addTask {
                try await withCheckedThrowingContinuation { continuation in
                    Thread.detachNewThread {
                        Thread.current.name = "store-map"
                        if background { lowerThreadPriority() }
                        continuation.resume(with: Result { (part, try slice.map(transform)) })
                    }
                }
            }
        }
        var results = [[Value]](repeating: [], count: parts)
        for try await (part, values) in group { results[part] = values }
        return results.flatMap { $0 }
    }
}

/// Nice 19 for the calling thread only (on Linux the nice value is per thread): the scheduler then gives it about
/// 1.5 % of what a normal thread gets while both want a core, and everything while nothing else does.
private func lowerThreadPriority() {
    #if os(Linux)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)
    #endif
}
