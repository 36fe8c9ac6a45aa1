import Foundation
import IngestMetrics
import TestSupport
import Testing

/// scripts/monitoring: the alert rules pass promtool, fire on the situations they describe, and the rules and the
/// dashboard only query series the code exposes.
@Suite("Alert rules and the dashboard")
struct MonitoringFilesTests {
    static let rules = Promtool.monitoring.appendingPathComponent("alerts.yml")
    static let dashboard = Promtool.monitoring.appendingPathComponent("dashboard.json")

    /// Names in PromQL that look like our series (functions, labels and keywords do not have these shapes).
    static func seriesNames(in expression: String) -> Set<String> {
        var names = Set<String>()
        var current = ""
        for character in expression + " " {
            if character.isLetter || character.isNumber || character == "_" || character == ":" {
                current.append(character)
                continue
            }
            if current.hasPrefix("connect_ingest_") || current.hasPrefix("scraping_") { names.insert(current) }
            current = ""
        }
        return names
    }

    static func isExposed(_ name: String) -> Bool { MetricSeries.named(name) != nil }

    @Test("promtool check rules")
    func checkRules() async throws {
        let check = try await Promtool.run(["check", "rules", Self.rules.path])
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("SUCCESS: 5 rules found"), "\(check.output)")
    }

    @Test("every series the rules query is one the code exposes")
    func rulesQueryExposedSeries() throws {
        let text = try String(contentsOf: Self.rules, encoding: .utf8)
        let names = Self.seriesNames(in: text)
        #expect(names.contains("scraping_failures_total"))
        #expect(names.contains("connect_ingest_last_success_timestamp_seconds"))
        for name in names { #expect(Self.isExposed(name), "alerts.yml queries \(name), which nothing exposes") }
    }

    @Test("the dashboard parses and queries only exposed series")
    func dashboardQueriesExposedSeries() throws {
        let data = try Data(contentsOf: Self.dashboard)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let panels = try #require(object["panels"] as? [[String: Any]])
        #expect(panels.count >= 10)
        var queried = Set<String>()
        for panel in panels {
            let targets = try #require(panel["targets"] as? [[String: Any]], "\(panel["title"] ?? "?")")
            for target in targets {
                let expression = try #require(target["expr"] as? String)
                let names = Self.seriesNames(in: expression)
                #expect(!names.isEmpty, "\(expression) queries none of our series")
                queried.formUnion(names)
            }
        }
        for name in queried { #expect(Self.isExposed(name), "dashboard.json queries \(name), which nothing exposes") }
        // Every series the code exposes is on the dashboard.
        for series in MetricSeries.all {
            #expect(queried.contains { $0.hasPrefix(series.name) }, "\(series.name) is on no panel")
        }
    }

    @Test("promtool test rules: each alert fires on its situation and not before")
    func alertsFire() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // The rules as written, less their annotations (promtool would compare every rendered text too).
        let rules = folder.appendingPathComponent("alerts.yml")
        try Self.withoutAnnotations(try String(contentsOf: Self.rules, encoding: .utf8))
            .write(to: rules, atomically: true, encoding: .utf8)
        let test = folder.appendingPathComponent("alerts_test.yml")
        try Self.ruleTests(rules: rules.path).write(to: test, atomically: true, encoding: .utf8)
        let outcome = try await Promtool.run(["test", "rules", test.path])
        #expect(outcome.status == 0, "\(outcome.output)")
    }

    /// YAML less every `annotations:` block (the lines indented under it).
    static func withoutAnnotations(_ yaml: String) -> String {
        var kept: [Substring] = []
        var skippingDeeperThan: Int?
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            let indent = line.prefix { $0 == " " }.count
            if let depth = skippingDeeperThan, indent > depth || line.allSatisfy({ $0 == " " }) { continue }
            skippingDeeperThan = nil
            if line.trimmingCharacters(in: .whitespaces) == "annotations:" {
                skippingDeeperThan = indent
                continue
            }
            kept.append(line)
        }
        return kept.joined(separator: "\n")
    }
}
