import Foundation
import Match
import TestSupport
import Testing

@testable import Organizations

@Suite("Reading organization files")
struct OrganizationFileTests {
    static let header =
        "ref,name,type,scale,locations,certifications,trl_current,trl_target,has_research_lab,"
        + "excluded_domains,business_number"

    static func csv(_ lines: String...) throws(OrganizationImportError) -> [ImportedOrganization] {
        try OrganizationFile.parse(
            Data(([header] + lines).joined(separator: "\n").utf8), file: "orgs.csv", format: .csv)
    }

    static func problems(_ body: () throws -> Void) -> [OrganizationImportError.Problem] {
        do {
            try body()
            Issue.record("the file was accepted")
        } catch let error as OrganizationImportError {
            return error.problems
        } catch {
            Issue.record("unexpected error \(error)")
        }
        return []
    }

    @Test("a good row reads every column: Korean words, region spellings, certification synonyms, TRL ranges")
    func goodRow() throws {
        let rows = try Self.csv(
            "r1,(주)한빛,기업,중소기업,\"본사:부산광역시;공장:경상남도;연구소:대전\",벤처인증;이노비즈,6,4-6,예,defense,"
                + "124-81-35750")
        let organization = rows[0].organization
        #expect(rows[0].ref == "r1")
        #expect(organization.kind == .company)
        #expect(organization.scale == .sme)
        #expect(
            organization.locations == [
                .init(role: .headquarters, region: "부산"), .init(role: .factory, region: "경남"),
                .init(role: .lab, region: "대전"),
            ])
        #expect(organization.certifications == ["벤처기업", "이노비즈"])
        #expect(organization.trlCurrent == 6)
        #expect(organization.trlTarget == 4...6)
        #expect(organization.rndExperience.hasResearchLab == true)
        #expect(organization.excludedDomains == ["defense"])
        #expect(rows[0].businessNumber?.digits == "1248135750")
        #expect(rows[0].position == RowPosition(file: "orgs.csv", kind: .line, number: 2))
    }

    @Test("every bad cell is reported with its line and field, the line being where a multi-line record starts")
    func badCells() {
        let problems = Self.problems {
            _ = try Self.csv(
                "r1,\"두 줄\n이름\",company,huge,본사:달나라,골드인증,10,7-3,maybe,spaceships,124-81-35751",
                "r2,,기업,,,,,,,,",
                "r3,연구소,research_institute,sme,,,,,,,")
        }
        let found = Set(problems.map { "\($0.position.number) \($0.field)" })
        let expected: Set<String> = [
            "2 scale", "2 locations", "2 certifications", "2 trl_current", "2 trl_target", "2 has_research_lab",
            "2 excluded_domains", "2 business_number", "4 name", "5 scale",
        ]
        #expect(found == expected)
        #expect(problems.allSatisfy { $0.position.file == "orgs.csv" })
        let certification = problems.first { $0.field == "certifications" }
        #expect(certification?.message.contains("골드인증") == true)
        let number = problems.first { $0.field == "business_number" }
        #expect(number.map { !$0.message.contains("35751") } == true)
        #expect(problems.first { $0.field == "locations" }?.message.contains("달나라") == true)
    }

    @Test("an unknown or missing column is an error naming it; a short record names its line")
    func columns() {
        let unknown = Self.problems {
            _ = try OrganizationFile.parse(
                Data("name,type,employee_count\nA,company,3\n".utf8), file: "x.csv", format: .csv)
        }
        #expect(unknown.map(\.field) == ["employee_count"])
        #expect(unknown.first?.message == "unknown column")
        let missing = Self.problems {
            _ = try OrganizationFile.parse(Data("name,scale\nA,sme\n".utf8), file: "x.csv", format: .csv)
        }
        #expect(missing.map(\.field) == ["type"])
        let short = Self.problems {
            _ = try OrganizationFile.parse(Data("name,type\nA,company\nB\n".utf8), file: "x.csv", format: .csv)
        }
        #expect(short.map(\.position.number) == [3])
    }

    @Test("the same ref, number, or (without either) name and type twice in one file is reported on the later line")
    func duplicates() {
        let problems = Self.problems {
            _ = try Self.csv(
                "r1,가,company,,,,,,,,124-81-35750", "r1,나,company,,,,,,,,", "r3,다,company,,,,,,,,124-81-35750",
                ",라,university,,,,,,,,", ",라,university,,,,,,,,", ",라,company,,,,,,,,")
        }
        #expect(problems.map { "\($0.position.number) \($0.field)" } == ["3 ref", "4 business_number", "6 name"])
    }

    @Test("JSON: records are numbered from 1; arrays, numbers, booleans and null are accepted; unknown keys named")
    func json() throws {
        let url = ServiceURLs.checkoutRoot.appendingPathComponent("Fixtures/organizations/organizations-sample.json")
        let rows = try OrganizationFile.read(path: url.path)
        #expect(rows.count == 3)
        #expect(rows[0].organization.scale == .startup)
        #expect(rows[0].organization.locations == [.init(role: .headquarters, region: "서울")])
        #expect(rows[0].organization.rndExperience.hasResearchLab == false)
        #expect(rows[0].businessNumber != nil)
        #expect(rows[1].organization.kind == .researchInstitute)
        #expect(rows[1].organization.trlTarget == 4...6)
        #expect(rows[2].position == RowPosition(file: "organizations-sample.json", kind: .record, number: 3))
        let problems = Self.problems {
            _ = try OrganizationFile.parse(
                Data(#"[{"name":"A","type":"company"},{"name":"B","type":"company","size":3,"trl_current":[1]}]"#.utf8),
                file: "x.json", format: .json)
        }
        #expect(
            problems.map { "\($0.position) \($0.field)" } == ["x.json record 2 size", "x.json record 2 trl_current"])
    }

    @Test("the fixture file reads cleanly: ≥ 30 organizations, all four types and scales, the refs tests name")
    func fixture() throws {
        let url = ServiceURLs.checkoutRoot.appendingPathComponent("Fixtures/organizations/organizations.csv")
        let rows = try OrganizationFile.read(path: url.path)
        #expect(rows.count >= 30)
        #expect(Set(rows.map(\.organization.kind)) == Set(OrganizationKind.allCases))
        #expect(Set(rows.compactMap(\.organization.scale)) == Set(CompanyScale.allCases))
        let refs = Set(rows.compactMap(\.ref))
        for ref in [
            "org-ict-saas", "org-marine-sme", "org-bio-dementia", "org-quantum-security", "org-daegu-manufacturing",
            "org-university-kaist-like", "org-gri-ict",
        ] {
            #expect(refs.contains(ref), "\(ref) missing")
        }
        let marine = try #require(rows.first { $0.ref == "org-marine-sme" }?.organization)
        #expect(marine.regions.contains("부산"))
        #expect(marine.excludedDomains == ["defense"])
        #expect(rows.first { $0.ref == "org-daegu-manufacturing" }?.organization.regions == ["대구"])
        #expect(rows.filter { $0.businessNumber != nil }.count >= 25)
        #expect(rows.contains { $0.organization.scale == nil && $0.organization.kind == .company })
        #expect(Set(rows.flatMap(\.organization.regions)).count >= 12)
    }
}
