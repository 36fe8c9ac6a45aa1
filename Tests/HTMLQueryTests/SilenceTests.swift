import Foundation
import HTMLQuery
import Testing

/// libxml2 prints parser and XPath errors to stderr unless told otherwise; a scraper's logs must not fill with them.
@Suite("libxml2 writes nothing to stderr", .serialized)
struct SilenceTests {
    private static let probe = "//div[@data-stderr-probe="

    /// Everything that makes libxml2 complain: tag soup, unknown entities, a NUL byte, bad XPath of several kinds.
    private static func provokeLibXML2() -> [String] {
        var messages: [String] = []
        let markup = Array("<div><p>unclosed<td></tr></zz>&bogus;<a href=x <b>\u{0}</div></span>".utf8)
        guard let document = try? HTMLDocument(bytes: markup + [0xFF]) else { return ["parse failed"] }
        for expression in [probe, "no-such-function()", "$undefined", "count('x')", "//a[", "///"] {
            do {
                _ = try document.evaluate(expression)
            } catch {
                messages.append(error.message)
            }
        }
        return messages
    }

    @Test("bad markup and bad XPath on a fresh thread produce typed errors and no stderr output")
    func nothingWritten() throws {
        let (messages, captured) = try StandardErrorCapture.capture {
            runOnFreshThread { Self.provokeLibXML2() }
        }
        #expect(messages.count == 6)
        #expect(messages.allSatisfy { !$0.isEmpty })
        #expect(!captured.contains("data-stderr-probe"))
        #expect(!captured.contains(" error : "))
    }

    @Test("the capture itself works: something written to fd 2 is seen")
    func captureWorks() throws {
        let (_, captured) = try StandardErrorCapture.capture {
            let line = Array("capture-self-test\n".utf8)
            _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        }
        #expect(captured.contains("capture-self-test"))
    }

    private func runOnFreshThread<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox<T>()
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.start()
        done.wait()
        return box.value!
    }
}

private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}

/// Redirects file descriptor 2 into a pipe while `body` runs, then restores it and replays what was captured (other
/// tests may print while this runs; their output is passed through, not lost).
enum StandardErrorCapture {
    struct Failure: Error {}

    static func capture<T>(_ body: () throws -> T) throws -> (T, String) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw Failure() }
        // A full pipe must not block a writer while nobody reads: drop the excess instead.
        _ = fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK)
        fflush(nil)
        let saved = dup(2)
        guard saved >= 0, dup2(fds[1], 2) >= 0 else { throw Failure() }
        close(fds[1])
        let result: Result<T, any Error> = Result { try body() }
        fflush(nil)
        dup2(saved, 2)
        close(saved)

        var captured: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fds[0], $0.baseAddress, $0.count) }
            if count <= 0 { break }
            captured.append(contentsOf: chunk.prefix(count))
        }
        close(fds[0])
        if !captured.isEmpty {
            _ = captured.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        }
        return (try result.get(), String(decoding: captured, as: UTF8.self))
    }
}
