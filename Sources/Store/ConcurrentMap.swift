import Foundation

/// `transform` over `items`, in order, on every core: in one part per core, none smaller than `minimumPart` items
/// (below that, spreading the work costs more than it saves). The store's per-program work (records, hashes, COPY
/// rows with the matcher's features) is most of its own time on a batch, and the database waits for it.
func concurrentMap<Item: Sendable, Value: Sendable>(
    _ items: [Item], minimumPart: Int = 64, _ transform: @escaping @Sendable (Item) throws -> Value
) async throws -> [Value] {
    let parts = min(ProcessInfo.processInfo.activeProcessorCount, items.count / minimumPart)
    guard parts > 1 else { return try items.map(transform) }
    let size = (items.count + parts - 1) / parts
    return try await withThrowingTaskGroup(of: (Int, [Value]).self) { group in
        for part in 0..<parts {
            let slice = items[min(part * size, items.count)..<min((part + 1) * size, items.count)]
            group.addTask { (part, try slice.map(transform)) }
        }
        var results = [[Value]](repeating: [], count: parts)
        for try await (part, values) in group { results[part] = values }
        return results.flatMap { $0 }
    }
}
