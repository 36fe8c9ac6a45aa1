import Parse
import Testing

@Suite("LocalDate from ISO text")
struct LocalDateISOTests {
    @Test("YYYY-MM-DD reads; anything else, or an impossible day, does not")
    func iso() {
        #expect(LocalDate(iso: "2026-11-20") == LocalDate(year: 2026, month: 11, day: 20))
        #expect(LocalDate(iso: "2026-02-30") == nil)
        #expect(LocalDate(iso: "2026-11") == nil)
        #expect(LocalDate(iso: "2026-11-20T10:00") == nil)
        #expect(LocalDate(iso: "") == nil)
    }
}
