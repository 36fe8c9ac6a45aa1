import IngestConfig
import IngestMetrics
import Testing

@Suite("Listen addresses and the settings")
struct ListenAddressTests {
    @Test("host:port and [v6]:port; names, bad ports and missing ports are refused")
    func parsing() {
        #expect(ListenAddress("127.0.0.1:9464") == ListenAddress(host: "127.0.0.1", port: 9464))
        #expect(ListenAddress("[::1]:9000") == ListenAddress(host: "::1", port: 9000))
        #expect(ListenAddress("[::1]:9000")?.description == "[::1]:9000")
        for bad in [
            "localhost:9464", "127.0.0.1", "127.0.0.1:0", "127.0.0.1:70000", "::1:9000", "[::1]9000", "1.2.3:4",
        ] {
            #expect(ListenAddress(bad) == nil, "\(bad)")
        }
    }

    @Test("metrics.listen and metrics.textfile_dir: defaults, off, and a bad address naming the setting")
    func settings() throws {
        let defaults = try IngestSettings.load(environment: [:])
        #expect(try MetricsSettings.listenAddress(defaults) == ListenAddress(host: "127.0.0.1", port: 9464))
        #expect(MetricsSettings.textfileDirectory(defaults) == nil)
        let off = try IngestSettings.load(
            environment: ["CONNECT_METRICS_LISTEN": "off", "CONNECT_METRICS_TEXTFILE_DIR": "/var/lib/node_exporter"])
        #expect(try MetricsSettings.listenAddress(off) == nil)
        #expect(MetricsSettings.textfileDirectory(off) == "/var/lib/node_exporter")
        let bad = try IngestSettings.load(environment: ["CONNECT_METRICS_LISTEN": "localhost:80"])
        do {
            _ = try MetricsSettings.listenAddress(bad)
            Issue.record("a host name was accepted")
        } catch {
            #expect(error.setting == "metrics.listen")
            #expect(error.origin.contains("CONNECT_METRICS_LISTEN"))
        }
    }
}
