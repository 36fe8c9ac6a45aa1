import Foundation

extension AgencySimulator {
    /// The admin endpoints, on any host under `/__sim/`, for a simulator running as a separate process:
    /// `GET /__sim/requests` (the request log as JSON), `GET /__sim/hosts`, `POST /__sim/scenario?name=N` (apply
    /// `Fixtures/scenarios/N.toml`), `POST /__sim/clear` (drop every scenario), `POST /__sim/clear-log`.
    func adminResponse(_ request: HTTPRequest) -> HTTPResponse {
        switch (request.method, request.path) {
        case ("GET", "/__sim/requests"):
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = .iso8601
            encoder.outputFormatting = [.withoutEscapingSlashes]
            let body = (try? encoder.encode(requestLog)) ?? Data("[]".utf8)
            return HTTPResponse(status: 200, headers: [("Content-Type", "application/json")], body: [UInt8](body))
        case ("GET", "/__sim/hosts"):
            return .text(200, sites.keys.sorted().joined(separator: "\n") + "\n")
        case ("POST", "/__sim/scenario"):
            guard let name = request.parameters["name"], !name.contains("/"), !name.contains("..") else {
                return .text(400, "POST /__sim/scenario?name=<scenario file name without .toml>")
            }
            do {
                try apply(scenarioNamed: name)
                return .text(200, "applied scenario \(name)\n")
            } catch {
                return .text(400, "\(error)\n")
            }
        case ("POST", "/__sim/clear"):
            clearScenarios()
            return .text(200, "scenarios cleared\n")
        case ("POST", "/__sim/clear-log"):
            clearRequestLog()
            return .text(200, "request log cleared\n")
        default:
            return .text(404, "unknown admin endpoint \(request.method) \(request.path)\n")
        }
    }
}
