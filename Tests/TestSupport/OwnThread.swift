import Foundation

/// Runs blocking work (waiting for a child process, draining its pipes, polling a port) on a thread of its own and
/// awaits its result.
///
/// Swift's cooperative pool has one thread per core: two on CI. A test that waited for a child process on one of
/// them stalled every other test of the run for as long, and tests that keep a lease alive or wait for a server
/// then failed for want of a thread rather than for a bug.
public func onOwnThread<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) async throws -> Value {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread {
            continuation.resume(with: Result { try body() })
        }
    }
}

extension Process {
    /// Waits for the process to exit without holding a cooperative thread.
    public func exited() async {
        _ = try? await onOwnThread { [self] in waitUntilExit() }
    }
}
