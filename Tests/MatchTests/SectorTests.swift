import Match
import Testing

@Suite struct SectorCodeTests {
    @Test func codesRoundTrip() {
        for sector in Sector.allCases { #expect(Sector(rawValue: sector.rawValue) == sector) }
    }
}
