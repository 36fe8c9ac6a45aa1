import Foundation
import Match
import Parse
import PostgresClient
import Store

/// Program store throughput against the project's PostgreSQL, in a schema of its own: N programs stored fresh, then
/// unchanged, then with 10 % changed, each beside a plain COPY of the same rows (the columns the store fills for
/// them, the matcher's features included) into an empty copy of the table (same indexes) in the same run. The store
/// writes on `store.connections` connections (2 by default), the plain COPY is one stream.
struct StoreBenchmark {
    let databaseURL: String
    let count: Int
    /// `store.connections`, as a replay would store them.
    let connections: Int

    func run() async throws {
        try await BenchSchema.with(databaseURL: databaseURL) { db, url in
            let lanes = StoreLanes(count: connections) { try await PostgresConnection.connect(to: url) }
            try await measure(ProgramStore(connection: db, lanes: lanes), db)
        }
    }

    private func measure(_ store: ProgramStore, _ db: PostgresConnection) async throws {
        var programs = (0..<count).map(Self.program)
        // All of them in one call, as a replay hands its programs over; the store commits them 1,000 at a time, on
        // `connections` connections at once.
        let fresh = try await timed { _ = try await store.store(programs) }
        let copy = try await copyBaseline(db, programs)
        figures("store.fresh", seconds: fresh, copy: copy, target: ">= 50")
        let unchanged = try await timed { _ = try await store.store(programs) }
        figures("store.unchanged", seconds: unchanged, copy: copy, target: ">= 90")
        for index in stride(from: 0, to: programs.count, by: 10) {
            programs[index].period.end = programs[index].period.end.map { $0.addingTimeInterval(86_400) }
        }
        let changed = try await timed { _ = try await store.store(programs) }
        figures("store.ten_percent_changed", seconds: changed, copy: copy, target: nil)
    }

    static func program(_ index: Int) -> Program {
        var program = Program(
            agency: Agency.allCases[index % 4], source: "iris.detail", sourceID: String(format: "B%07d", index),
            title: "2026년도 벤치마크 기술개발사업 신규지원 대상과제 공고 제\(index)호")
        program.announcementNumber = "과학기술정보통신부 공고 제2026-\(index)호"
        let end = LocalDate(year: 2026, month: 12, day: 1 + index % 28).map { KoreaTime.instant($0, hour: 18) }
        program.period = ApplicationPeriod(end: end, closingTimeGiven: true)
        program.bodyText = String(repeating: "지원대상: 중소기업. 예산 총 10억원. ", count: 20)
        return program
    }

    /// The same rows COPYed into an empty copy of `programs` (same indexes): the median of three loads, each into the
    /// emptied table, so one checkpoint or autovacuum pass does not move the baseline every ratio is taken against.
    /// The rows are the store's own, encoded before the clock starts: every column it writes, the records and the
    /// matcher's features included.
    private func copyBaseline(_ db: PostgresConnection, _ programs: [Program]) async throws -> Double {
        try await db.query("CREATE TABLE programs_copy (LIKE programs INCLUDING ALL)")
        let (columns, rows) = try ProgramStore.freshRows(programs)
        var loads: [Double] = []
        for _ in 0..<3 {
            try await db.query("TRUNCATE programs_copy")
            loads.append(
                try await timed { _ = try await db.copy(into: "programs_copy", columns: columns, encoded: rows) })
        }
        return loads.sorted()[1]
    }

    private func timed(_ body: () async throws -> Void) async throws -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        try await body()
        let elapsed = clock.now - start
        return elapsed.seconds
    }

    private func figures(_ name: String, seconds: Double, copy: Double, target: String?) {
        Figure(name: "\(name).rows_per_second", value: Double(count) / seconds, unit: "rows/s", target: nil).print()
        Figure(name: "\(name).share_of_copy", value: 100 * copy / seconds, unit: "%", target: target).print()
    }
}
