import Foundation
import IngestMetrics
import TestSupport
import Testing

@Suite("The text format read and written")
struct ExpositionTests {
    static let sample = """
        # HELP requests_total Requests, with a \\\\ and a\\nnewline in the help.
        # TYPE requests_total counter
        requests_total{agency="KEIT",status="200"} 3
        requests_total{agency="KEIT",status="q\\"uo\\\\te"} 1.5
        # HELP age_seconds Age.
        # TYPE age_seconds gauge
        age_seconds 12
        # HELP duration_seconds Durations.
        # TYPE duration_seconds histogram
        duration_seconds_bucket{le="0.5"} 1
        duration_seconds_bucket{le="+Inf"} 2
        duration_seconds_sum 1.25
        duration_seconds_count 2

        """

    @Test("parses families, samples, escapes; renders back byte for byte")
    func roundTrip() throws {
        let exposition = try Exposition(parsing: Self.sample)
        #expect(exposition.families.map(\.name) == ["requests_total", "age_seconds", "duration_seconds"])
        #expect(exposition.families[0].help == "Requests, with a \\ and a\nnewline in the help.")
        #expect(exposition.families[0].samples[1].labels[1].value == "q\"uo\\te")
        #expect(exposition.families[2].samples.count == 4)
        #expect(exposition.sum("requests_total", where: ["agency": "KEIT"]) == 4.5)
        #expect(exposition.sum("duration_seconds_bucket", where: ["le": "+Inf"]) == 2)
        #expect(exposition.rendered() == Self.sample)
    }

    @Test("a malformed line is an error naming its line")
    func malformed() {
        #expect(throws: ExpositionError.self) { try Exposition(parsing: "# TYPE x counter\nx{a=\"1\" 2\n") }
        do {
            _ = try Exposition(parsing: "# TYPE x counter\nx 1\nx{a=\"1\"} many\n")
            Issue.record("a non-number value was accepted")
        } catch {
            #expect(error.line == 3)
        }
    }

    @Test("a label goes in front of every sample; counters and histograms accumulate, gauges do not")
    func labelAndAccumulate() async throws {
        let run = try Exposition(parsing: Self.sample).labelled(.init("command", "crawl"))
        #expect(run.families.allSatisfy { $0.samples.allSatisfy { $0.labels.first == .init("command", "crawl") } })
        let previous = try Exposition(
            parsing: """
                # TYPE requests_total counter
                requests_total{command="crawl",status="200",agency="KEIT"} 10
                requests_total{command="crawl",agency="TIPA",status="500"} 2
                # TYPE age_seconds gauge
                age_seconds{command="crawl"} 999
                # TYPE duration_seconds histogram
                duration_seconds_bucket{command="crawl",le="0.5"} 4
                duration_seconds_bucket{command="crawl",le="+Inf"} 4
                duration_seconds_sum{command="crawl"} 1
                duration_seconds_count{command="crawl"} 4
                # HELP old_total Counted by an earlier run only.
                # TYPE old_total counter
                old_total{command="crawl"} 7

                """)
        let merged = run.accumulating(previous)
        #expect(merged.sum("requests_total", where: ["agency": "KEIT", "status": "200"]) == 13)
        #expect(merged.sum("requests_total", where: ["agency": "TIPA"]) == 2)
        #expect(merged.sum("age_seconds") == 12)
        #expect(merged.sum("duration_seconds_bucket", where: ["le": "+Inf"]) == 6)
        #expect(merged.sum("duration_seconds_count") == 6)
        #expect(merged.sum("old_total") == 7)
        let check = try await Promtool.checkMetrics(merged.rendered())
        #expect(check.status == 0 && check.output.isEmpty, "\(check.output)")
    }
}
