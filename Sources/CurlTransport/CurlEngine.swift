import CCurl
import Foundation
import Synchronization

/// Many transfers in flight on one libcurl multi handle, driven by one thread of its own; callers `await` their
/// response. At most `maxInFlight` transfers run at once, and at most `maxPerHost` to one host; the rest wait in
/// order of arrival (a request's timeouts start when it runs, not while it waits).
///
/// `@unchecked Sendable` is safe because the multi handle and every transfer are touched only by the loop thread,
/// and what other threads hand over (new requests, cancellations, shutdown) goes through `inbox`, a `Mutex`.
/// `curl_multi_wakeup`, the one libcurl call made from other threads, is documented as thread-safe.
public final class CurlEngine: @unchecked Sendable {
    public let maxInFlight: Int
    public let maxPerHost: Int
    private let multi: UnsafeMutableRawPointer
    private let inbox = Mutex(Inbox())

    /// The engine every fetch in the process shares: the global cap is per process.
    public static let shared = CurlEngine(maxInFlight: 64, maxPerHost: 8)

    private struct Inbox {
        var submitted: [Submission] = []
        var cancelled: [UInt64] = []
        var stopping = false
        var nextID: UInt64 = 0
        var inFlight = 0
        var peakInFlight = 0
    }

    private struct Submission {
        let id: UInt64
        let request: CurlRequest
        let continuation: CheckedContinuation<CurlResponse, any Error>
    }

    public init(maxInFlight: Int, maxPerHost: Int) {
        CurlRuntime.initialize()
        self.maxInFlight = max(1, maxInFlight)
        self.maxPerHost = max(1, maxPerHost)
        // curl_multi_init fails only without memory; there is nothing sensible to do then but stop.
        guard let multi = curl_multi_init() else { fatalError("libcurl could not create a multi handle") }
        self.multi = multi
        let thread = Thread { [self] in self.loop() }
        thread.name = "connect-ingest.curl"
        thread.start()
    }

    /// Transfers running now (for metrics and tests).
    public var inFlight: Int { inbox.withLock { $0.inFlight } }

    /// The most transfers that ever ran at once on this engine.
    public var peakInFlight: Int { inbox.withLock { $0.peakInFlight } }

    /// Runs `request` and returns its response whatever the HTTP status; throws `CurlError` when no response came
    /// (timeout, connection, TLS, size cap, cancellation).
    public func perform(_ request: CurlRequest) async throws -> CurlResponse {
        let id = inbox.withLock { inbox in
            inbox.nextID += 1
            return inbox.nextID
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let accepted = inbox.withLock { inbox in
                    guard !inbox.stopping else { return false }
                    inbox.submitted.append(Submission(id: id, request: request, continuation: continuation))
                    return true
                }
                guard accepted else {
                    continuation.resume(throwing: Self.cancelled(request.url, reason: "the engine has shut down"))
                    return
                }
                curl_multi_wakeup(multi)
            }
        } onCancel: {
            inbox.withLock { $0.cancelled.append(id) }
            curl_multi_wakeup(multi)
        }
    }

    /// Stops the loop: waiting and running transfers fail as cancelled. For engines made in tests and benchmarks.
    public func shutdown() {
        inbox.withLock { $0.stopping = true }
        curl_multi_wakeup(multi)
    }

    static func cancelled(_ url: String, reason: String) -> CurlError {
        CurlError(kind: .cancelled, code: Int(CURLE_ABORTED_BY_CALLBACK.rawValue), message: reason, url: url)
    }

    // MARK: The loop thread

    private func loop() {
        var waiting: [Submission] = []
        var running: [Int: (id: UInt64, transfer: CurlEasyTransfer)] = [:]
        var perHost: [String: Int] = [:]
        while true {
            let (submitted, cancelled, stopping) = inbox.withLock { inbox in
                defer {
                    inbox.submitted = []
                    inbox.cancelled = []
                }
                return (inbox.submitted, inbox.cancelled, inbox.stopping)
            }
            waiting += submitted
            let cancelledIDs = Set(cancelled)
            if stopping || !cancelledIDs.isEmpty {
                let reason = stopping ? "the engine has shut down" : "the task was cancelled"
                waiting.removeAll { submission in
                    guard stopping || cancelledIDs.contains(submission.id) else { return false }
                    submission.continuation.resume(throwing: Self.cancelled(submission.request.url, reason: reason))
                    return true
                }
                for (key, entry) in running where stopping || cancelledIDs.contains(entry.id) {
                    finish(
                        key, entry.transfer, .failure(Self.cancelled(entry.transfer.request.url, reason: reason)),
                        running: &running, perHost: &perHost)
                }
            }
            if stopping { break }
            admit(&waiting, running: &running, perHost: &perHost)
            var active: Int32 = 0
            curl_multi_perform(multi, &active)
            var queued: Int32 = 0
            while let message = curl_multi_info_read(multi, &queued) {
                guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle else { continue }
                let key = Int(bitPattern: easy)
                guard let entry = running[key] else { continue }
                let code = ccurl_msg_result(message)
                finish(key, entry.transfer, entry.transfer.result(code), running: &running, perHost: &perHost)
            }
            if running.isEmpty && waiting.isEmpty || !running.isEmpty {
                curl_multi_poll(multi, nil, 0, 1000, nil)
            }
        }
        curl_multi_cleanup(multi)
    }

    /// Starts waiting requests, oldest first, while the caps allow; a request whose host is full waits without
    /// holding back the others.
    private func admit(
        _ waiting: inout [Submission], running: inout [Int: (id: UInt64, transfer: CurlEasyTransfer)],
        perHost: inout [String: Int]
    ) {
        var index = 0
        while index < waiting.count, running.count < maxInFlight {
            let submission = waiting[index]
            let host = CurlEasyTransfer.host(of: submission.request.url)
            guard perHost[host, default: 0] < maxPerHost else {
                index += 1
                continue
            }
            waiting.remove(at: index)
            guard let transfer = CurlEasyTransfer(submission.request, continuation: submission.continuation) else {
                submission.continuation.resume(
                    throwing: CurlError(
                        kind: .other, code: Int(CURLE_FAILED_INIT.rawValue), message: "no easy handle",
                        url: submission.request.url))
                continue
            }
            let configured = transfer.configure()
            guard configured == CURLE_OK, curl_multi_add_handle(multi, transfer.handle) == CURLM_OK else {
                submission.continuation.resume(throwing: CurlError(code: configured, url: submission.request.url))
                continue
            }
            running[Int(bitPattern: transfer.handle)] = (submission.id, transfer)
            perHost[host, default: 0] += 1
            inbox.withLock { inbox in
                inbox.inFlight = running.count
                inbox.peakInFlight = max(inbox.peakInFlight, running.count)
            }
        }
    }

    private func finish(
        _ key: Int, _ transfer: CurlEasyTransfer, _ result: Result<CurlResponse, any Error>,
        running: inout [Int: (id: UInt64, transfer: CurlEasyTransfer)], perHost: inout [String: Int]
    ) {
        curl_multi_remove_handle(multi, transfer.handle)
        running[key] = nil
        perHost[transfer.host, default: 1] -= 1
        inbox.withLock { $0.inFlight = running.count }
        transfer.continuation.resume(with: result)
    }
}
