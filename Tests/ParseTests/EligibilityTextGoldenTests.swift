import Foundation
import Parse
import Testing

/// Holds `EligibilityText` to the hand-written golden records: every type a golden lists must be found in its page,
/// its consortium answer must match where it gives one, and no region may be read from pages that restrict none
/// (their venues, contact lines and footer addresses name plenty of places).
struct EligibilityTextGoldenTests {
    /// Event pages whose golden counts every attendee (`참가대상 : 중소기업 및 수요기업(대·중견기업) 관계자`): that rule
    /// belongs to the TIPA notice parser (checked through GoldenParseTests). The normalizer alone reads the 수요기업 as
    /// partners, as it must for a call's 지원대상 (golden 17444), and that is what is asserted here.
    static let eventAttendeePages: Set<String> = ["golden/tipa.notice.detail/17458.json"]

    @Test("golden eligible_org_types are all found", arguments: EligibilityGoldenPage.all)
    func organizationTypes(page: EligibilityGoldenPage) {
        let found = Set(page.eligibility.types.map(\.rawValue))
        let missing = page.types.filter { !found.contains($0) }
        let check = {
            #expect(missing.isEmpty, "\(page.file): missing \(missing), found \(found.sorted())")
        }
        if Self.eventAttendeePages.contains(page.file) {
            #expect(found.contains("sme"), "\(page.file): the 중소기업 attendees are applicants")
            #expect(!found.contains("large") && !found.contains("mid_sized"), "\(page.file): 수요기업 are partners here")
        } else {
            check()
        }
    }

    @Test("types stated as applicants (confidence 1.0) are golden types", arguments: EligibilityGoldenPage.all)
    func statedTypes(page: EligibilityGoldenPage) {
        let stated = page.eligibility.organizationTypes
            .filter { $0.confidence >= EligibilityText.statedConfidence }
        let extra = stated.filter { !page.types.contains($0.value.rawValue) }
        #expect(extra.isEmpty, "\(page.file): not in the golden: \(extra.map { "\($0.value) ← \($0.phrase)" })")
    }

    @Test("golden consortium_required is found where given", arguments: EligibilityGoldenPage.all)
    func consortium(page: EligibilityGoldenPage) {
        guard let expected = page.consortium else { return }
        let found = page.eligibility.consortiumRequired
        #expect(found?.value == expected, "\(page.file): expected \(expected), found \(String(describing: found))")
    }

    @Test("no region is read beyond the golden regions", arguments: EligibilityGoldenPage.all)
    func regions(page: EligibilityGoldenPage) {
        let found = page.eligibility.regions
        #expect(
            found.map(\.value) == page.regions,
            "\(page.file): \(found.map { "\($0.value) ← \($0.phrase)" })")
    }

    @Test("the golden corpus is read, and only pages that are not UTF-8 are skipped")
    func corpus() {
        #expect(EligibilityGoldenPage.all.count >= 40)
        for file in EligibilityGoldenPage.skipped {
            #expect(EligibilityGoldenPage.isUTF8(file: file) == false, "\(file) was skipped but is UTF-8")
        }
    }
}
