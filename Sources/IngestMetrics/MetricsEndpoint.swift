import Glibc
import Logging
import ServiceLifecycle

/// The worker's `/metrics`: a service beside the worker in its service group, answering Prometheus's scrapes one at
/// a time with the state gauges read fresh from the services. An address it cannot bind (another worker on the
/// host has it) is logged and the worker goes on without metrics: crawling matters more than being watched.
public struct MetricsEndpoint: Service {
    let address: ListenAddress
    let state: PipelineStateReader?
    let logger: Logger

    /// - Parameter state: read before every scrape; nil serves only what this process recorded.
    public init(address: ListenAddress, state: PipelineStateReader?, logger: Logger) {
        self.address = address
        self.state = state
        self.logger = logger
    }

    public func run() async throws {
        IngestMetrics.bootstrap()
        let listener: MetricsListener
        do {
            listener = try MetricsListener.bind(address)
        } catch {
            logger.error("no /metrics: \(error); set metrics.listen to another port, or off")
            return
        }
        logger.info("serving metrics on http://\(address)/metrics")
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                guard let connection = await listener.accept(timeout: .milliseconds(200)) else { continue }
                await serve(connection, on: listener)
            }
        }
        listener.close()
    }

    private func serve(_ connection: MetricsConnection, on listener: MetricsListener) async {
        let head = await listener.onQueue { connection.readHead() }
        let response: [UInt8]
        switch MetricsHTTP.route(head) {
        case .metrics(let headOnly):
            await state?.refresh()
            response = MetricsHTTP.response(
                status: 200, reason: "OK", contentType: IngestMetrics.contentType, body: IngestMetrics.exposition(),
                headOnly: headOnly)
        case .notFound:
            response = MetricsHTTP.response(
                status: 404, reason: "Not Found", contentType: "text/plain", body: "only /metrics is served here\n")
        case .methodNotAllowed:
            response = MetricsHTTP.response(
                status: 405, reason: "Method Not Allowed", contentType: "text/plain", body: "GET or HEAD\n")
        case .badRequest:
            response = MetricsHTTP.response(
                status: 400, reason: "Bad Request", contentType: "text/plain", body: "not an HTTP/1.x request\n")
        }
        await listener.onQueue { connection.respond(response) }
    }
}

/// The endpoint's socket could not be set up: the address, the call that failed and the system's reason.
public struct MetricsEndpointError: Error, Sendable, CustomStringConvertible {
    public let address: ListenAddress
    public let call: String
    public let errno: Int32

    public var description: String {
        "\(call) \(address): \(String(cString: strerror(errno)))"
    }
}
