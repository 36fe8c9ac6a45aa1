import CurlTransport
import Foundation
import Testing

@Suite("libcurl binding")
struct CurlTransferTests {
    @Test("the linked libcurl reports its version and speaks HTTP, HTTPS and compression")
    func runtime() {
        #expect(CurlRuntime.initialize())
        #expect(CurlRuntime.version.hasPrefix("libcurl/"))
        let protocols = CurlRuntime.protocols
        #expect(protocols.contains("http"))
        #expect(protocols.contains("https"))
        #expect(CurlRuntime.decodesCompression.gzip)
    }

    @Test("a GET over HTTP on loopback returns status, content type and the exact body bytes")
    func httpGet() async throws {
        let body = Array("<html><body>정보통신기획평가원 공고</body></html>".utf8)
        let responder = try LoopbackResponder(status: "200 OK", contentType: "text/html; charset=UTF-8", body: body)
        defer { responder.stop() }
        let response = try await CurlTransfer.get("http://127.0.0.1:\(responder.port)/notice/list.do")
        #expect(response.status == 200)
        #expect(response.contentType == "text/html; charset=UTF-8")
        #expect(response.body == body)
    }

    @Test("an HTTP error status is a response, not a transfer failure")
    func httpStatus() async throws {
        let responder = try LoopbackResponder(status: "503 Service Unavailable", contentType: "text/plain", body: [])
        defer { responder.stop() }
        let response = try await CurlTransfer.get("http://127.0.0.1:\(responder.port)/")
        #expect(response.status == 503)
        #expect(response.body.isEmpty)
    }

    @Test("a refused connection is a CurlError with libcurl's code and the URL")
    func refused() async throws {
        let error = await #expect(throws: CurlError.self) {
            _ = try await CurlTransfer.get("http://127.0.0.1:1/closed", timeout: .seconds(5))
        }
        #expect(error?.code == 7)
        #expect(error?.url == "http://127.0.0.1:1/closed")
    }

    @Test("file:// transfers read local files; a missing one fails with code 37")
    func fileScheme() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("curl-\(UUID().uuidString).html")
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("BOM 뒤의 본문".utf8)
        try Data(bytes).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        #expect(try await CurlTransfer.get(path.absoluteString).body == bytes)
        let error = await #expect(throws: CurlError.self) {
            _ = try await CurlTransfer.get("file:///nonexistent/\(UUID().uuidString)")
        }
        #expect(error?.code == 37)
    }
}
