import Foundation
import Testing

@testable import JobQueue

@Suite("Jobs written and read as JSON by hand")
struct JobJSONTests {
    static let jobs: [Job] = [
        Job(kind: .noop),
        Job(
            id: "1a2b-3c", kind: .crawlSource, agency: "KEIT", source: "keit.itech.list",
            payload: ["page": "1", "only_agency": "IITP"], attempt: 2, runID: -42, trigger: .replay,
            enqueuedAt: Date(timeIntervalSince1970: 1_795_000_000.123456)),
        Job(
            kind: .fetchDetail, source: "ntis.detail",
            payload: [
                "title": "2026년도 \"정보통신\" 방송 기술개발사업\\공고", "control": "tab\there\nnewline\r\u{1}\u{1f}",
                "emoji": "🚀 e\u{301}", "": "empty key", "slash": "a/b",
            ],
            runID: Int64.max, trigger: .timer, enqueuedAt: Date(timeIntervalSinceReferenceDate: 0)),
        Job(kind: .matchBatch, payload: [:], enqueuedAt: Date(timeIntervalSinceReferenceDate: -1.5)),
    ]

    @Test("what the fast writer writes, JSONDecoder reads back to the same job", arguments: jobs)
    func foundationReadsFastText(_ job: Job) throws {
        #expect(try JSONDecoder().decode(Job.self, from: Data(JobJSON.encode(job))) == job)
    }

    @Test("what JSONEncoder writes, the fast reader reads back to the same job", arguments: jobs)
    func fastReadsFoundationText(_ job: Job) throws {
        let text = Array(try JSONEncoder().encode(job))
        #expect(try JobJSON.decode(text, decoder: JSONDecoder()) == job)
    }

    @Test("the fast writer's text round-trips through the fast reader", arguments: jobs)
    func fastRoundTrip(_ job: Job) throws {
        #expect(try JobJSON.decode(JobJSON.encode(job), decoder: JSONDecoder()) == job)
    }

    @Test("text the fast reader does not expect goes to JSONDecoder: escapes, spaces, nulls, unknown keys")
    func fallback() throws {
        let text = """
            { "id" : "a\\u00e9", "kind": "noop", "agency": null, "payload": {"k": "\\ud83d\\ude80"},
              "attempt": 0, "trigger": "manual", "enqueuedAt": 1e3, "future": [1, {"x": null}] }
            """
        let job = try JobJSON.decode(Array(text.utf8), decoder: JSONDecoder())
        #expect(job.id == "aé")
        #expect(job.agency == nil)
        #expect(job.payload == ["k": "🚀"])
        #expect(job.enqueuedAt == Date(timeIntervalSinceReferenceDate: 1000))
    }

    @Test("a broken job is an error, not a guess")
    func broken() {
        for text in [#"{"id":"x","kind":"noop"}"#, #"{"id":"x","kind":"unknown","payload":{},"attempt":0}"#, "", "{"] {
            #expect(throws: (any Error).self) { try JobJSON.decode(Array(text.utf8), decoder: JSONDecoder()) }
        }
    }
}
