import Foundation
import Parse
import Testing

/// The hand-written golden records (Fixtures/golden) are the parsers' answers: each `period_text` must parse to the
/// record's instants, closing-time flag and open end.
@Suite("PeriodText: golden records' period texts")
struct PeriodTextGoldenTests {
    /// One golden record's period fields.
    struct Record: CustomTestStringConvertible, Sendable {
        let file: String
        let text: String
        let start: String?
        let end: String?
        let closingTimeGiven: Bool
        let openEnded: Bool
        var testDescription: String { "\(file): \(text)" }
    }

    /// Records whose period the page states partly outside `period_text`, with the reason.
    static let statedElsewhere: [String: String] = [
        "iitp.ezone.detail/DSP2026009.json": "closing time 17:00 is in the body (마감시간 : 2026. 11. 30.(월) 17:00까지)"
    ]

    static let records: [Record] = {
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Fixtures/golden").standardized
        let sources = (try? FileManager.default.contentsOfDirectory(atPath: golden.path)) ?? []
        var records: [Record] = []
        for source in sources.sorted() {
            let names =
                (try? FileManager.default.contentsOfDirectory(atPath: golden.appendingPathComponent(source).path))
            for name in (names ?? []).sorted() where name.hasSuffix(".json") && !name.hasSuffix(".list.json") {
                let file = "\(source)/\(name)"
                guard statedElsewhere[file] == nil,
                    let data = try? Data(contentsOf: golden.appendingPathComponent(file)),
                    let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                    let program = object["program"] as? [String: Any],
                    let text = program["period_text"] as? String
                else { continue }
                records.append(
                    Record(
                        file: file, text: text, start: program["application_start"] as? String,
                        end: program["application_end"] as? String,
                        closingTimeGiven: program["closing_time_given"] as? Bool ?? false,
                        openEnded: program["open_ended"] as? Bool ?? false))
            }
        }
        return records
    }()

    @Test("the golden set has period texts to check")
    func enoughRecords() {
        #expect(Self.records.count >= 40)
    }

    @Test("each period_text parses to the golden instants", arguments: records)
    func goldenPeriod(_ record: Record) throws {
        let period = try #require(PeriodText.parse(record.text))
        #expect(period.start.map(KoreaTime.iso8601) == record.start)
        #expect(period.end.map(KoreaTime.iso8601) == record.end)
        #expect(period.closingTimeGiven == record.closingTimeGiven)
        #expect(period.openEnded == record.openEnded)
        #expect(period.text == record.text)
    }
}
