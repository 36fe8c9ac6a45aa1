import IngestConfig
import Testing

@Suite("Durations as operators write them")
struct DurationTextTests {
    @Test(
        "valid forms",
        arguments: [
            ("500ms", Duration.milliseconds(500)), ("15s", .seconds(15)), ("2m", .seconds(120)),
            ("1h", .seconds(3600)), ("1h30m", .seconds(5400)), ("1.5s", .milliseconds(1500)), ("90", .seconds(90)),
            (" 2m ", .seconds(120)),
        ])
    func parses(text: String, expected: Duration) {
        #expect(DurationText.parse(text) == expected)
    }

    @Test("invalid forms", arguments: ["", "s", "15x", "-1s", "0s", "1h-2m", "1 h", "ten"])
    func rejects(text: String) {
        #expect(DurationText.parse(text) == nil)
    }

    @Test("formatting round-trips")
    func formats() {
        for text in ["250ms", "15s", "2m", "1h", "1h30m", "1h0m5s"] {
            let duration = DurationText.parse(text)
            #expect(duration != nil)
            if let duration { #expect(DurationText.parse(DurationText.format(duration)) == duration) }
        }
        #expect(DurationText.format(.seconds(5400)) == "1h30m")
    }
}
