import Foundation
import Match
import PostgresClient
import Store
import TestSupport
import Testing

@testable import Organizations

@Suite("Storing organizations")
struct OrganizationStoreTests {
    static let fixture = ServiceURLs.checkoutRoot.appendingPathComponent("Fixtures/organizations/organizations.csv")

    static func withStore(_ body: (OrganizationStore, PostgresConnection) async throws -> Void) async throws {
        try await TestDatabase.withSchema { db, _ in
            try await MigrationRunner(connection: db).migrate()
            try await body(OrganizationStore(connection: db), db)
        }
    }

    static func updatedAt(_ db: PostgresConnection) async throws -> [Int64: String] {
        let rows = try await db.query("SELECT id, updated_at::text AS at FROM organizations")
        return Dictionary(
            uniqueKeysWithValues: try rows.map { (try $0.decode(Int64.self, "id"), try $0.decode(String.self, "at")) })
    }

    @Test("the fixture imports; a re-import changes nothing, not even updated_at; one changed field updates one row")
    func reimport() async throws {
        try await Self.withStore { store, db in
            let cipher = try BusinessNumberTests.cipher()
            var rows = try OrganizationFile.read(path: Self.fixture.path)
            let first = try await store.importRows(rows, cipher: cipher)
            #expect(first.inserted.count == rows.count)
            #expect(first.ids == first.inserted)
            let before = try await Self.updatedAt(db)

            let again = try await store.importRows(rows, cipher: cipher)
            #expect(again.inserted.isEmpty && again.updated.isEmpty)
            #expect(again.unchanged.count == rows.count)
            #expect(again.ids == first.ids)
            #expect(try await Self.updatedAt(db) == before)

            // Without the numbers (an export re-imported): still unchanged, and the stored numbers stay.
            let withoutNumbers = rows.map { row in
                var row = row
                row.businessNumber = nil
                return row
            }
            #expect(try await store.importRows(withoutNumbers, cipher: nil).unchanged.count == rows.count)
            let marine = try #require(rows.firstIndex { $0.ref == "org-marine-sme" })
            #expect(
                try await store.businessNumber(ofOrganization: first.ids[marine], cipher: cipher)
                    == rows[marine].businessNumber)

            rows[marine].organization.keyTechnologies.append("수중 드론")
            let changed = try await store.importRows(rows, cipher: cipher)
            #expect(changed.updated == [first.ids[marine]])
            #expect(changed.unchanged.count == rows.count - 1)
            let after = try await Self.updatedAt(db)
            #expect(after.filter { before[$0.key] != $0.value }.map(\.key) == [first.ids[marine]])
            #expect(
                try await store.organization(id: first.ids[marine])?.keyTechnologies.last == "수중 드론")
        }
    }

    @Test("a file with one bad row imports nothing")
    func badFileImportsNothing() async throws {
        try await Self.withStore { store, db in
            var text = try String(contentsOf: Self.fixture, encoding: .utf8)
            text += "org-bad,(주)오류,company,enormous,,,,,,,,,,,,,,,\n"
            do {
                let rows = try OrganizationFile.parse(Data(text.utf8), file: "organizations.csv", format: .csv)
                _ = try await store.importRows(rows, cipher: try BusinessNumberTests.cipher())
                Issue.record("the file was imported")
            } catch let error as OrganizationImportError {
                #expect(error.problems.map(\.field) == ["scale"])
                #expect(error.problems.first?.position.number == text.split(separator: "\n").count)
            }
            #expect(try await db.query("SELECT count(*)::int AS n FROM organizations")[0].decode(Int.self, "n") == 0)
        }
    }

    @Test("stored profiles load back whole; by ids, by id or name, by business number; the number is sealed")
    func loads() async throws {
        try await Self.withStore { store, db in
            let cipher = try BusinessNumberTests.cipher()
            let rows = try OrganizationFile.read(path: Self.fixture.path)
            let outcome = try await store.importRows(rows, cipher: cipher)
            let all = try await store.allOrganizations()
            #expect(all.count == rows.count)
            for (row, id) in zip(rows, outcome.ids) {
                var expected = row.organization
                expected.id = id
                #expect(all.first { $0.id == id } == expected)
            }
            let some = try await store.organizations(ids: [outcome.ids[2], outcome.ids[0], 999_999])
            #expect(some.map(\.id) == [outcome.ids[0], outcome.ids[2]])
            let saas = try #require(rows.first { $0.ref == "org-ict-saas" })
            #expect(try await store.find(saas.organization.name)?.name == saas.organization.name)
            #expect(try await store.find(String(outcome.ids[3]))?.id == outcome.ids[3])
            #expect(try await store.find("없는 기관") == nil)
            let number = try #require(saas.businessNumber)
            #expect(
                try await store.organization(businessNumber: number, cipher: cipher)?.name == saas.organization.name)
            #expect(
                try await store.organization(businessNumber: number, cipher: try BusinessNumberTests.cipher()) == nil)
            let stored = try await db.query(
                "SELECT encode(business_number_encrypted, 'escape') AS raw FROM organizations WHERE external_ref = 'org-ict-saas'"
            )
            #expect(!(try stored[0].decode(String.self, "raw")).contains(number.digits))
            let listing = try await store.listing()
            #expect(listing.first { $0.ref == "org-ict-saas" }?.hasBusinessNumber == true)
            #expect(listing.first { $0.ref == "org-gri-ict" }?.hasBusinessNumber == false)
        }
    }

    @Test(
        "rows without a ref find their stored row by business number, then by name and type; a dry run writes nothing")
    func identity() async throws {
        try await Self.withStore { store, db in
            let cipher = try BusinessNumberTests.cipher()
            let header = "ref,name,type,scale,business_number\n"
            func rows(_ text: String) throws -> [ImportedOrganization] {
                try OrganizationFile.parse(Data((header + text).utf8), file: "x.csv", format: .csv)
            }
            let first = try await store.importRows(
                try rows("a,가나,company,sme,124-81-35750\n,다라,company,,\n,마바,university,,\n"), cipher: cipher)
            #expect(first.inserted.count == 3)
            // Renamed, found by number; 다라 found by name and type, gains a ref; a new one inserted.
            let second = try await store.importRows(
                try rows(",가나다,company,sme,124-81-35750\nd,다라,company,startup,\n,마바,company,,\n"), cipher: cipher)
            #expect(second.updated == [first.ids[0], first.ids[1]])
            #expect(second.inserted.count == 1)
            #expect(try await store.find("가나다")?.id == first.ids[0])
            // The ref stays when a row gives none (`가나` above kept `a`): `a` still finds the row.
            let third = try await store.importRows(try rows("a,가나다,company,sme,\n"), cipher: nil)
            #expect(third.unchanged == [first.ids[0]])
            // A number already held by another ref is a conflict naming the row.
            do {
                _ = try await store.importRows(try rows("z,딴회사,company,,124-81-35750\n"), cipher: cipher)
                Issue.record("the conflicting number was accepted")
            } catch let error as OrganizationImportError {
                #expect(error.code == .conflict)
                #expect(error.problems.map { "\($0.position.number) \($0.field)" } == ["2 business_number"])
                #expect(!error.description.contains("35750"))
            }
            let dry = try await store.importRows(try rows("n,새기관,public_institution,,\n"), cipher: nil, dryRun: true)
            #expect(dry.inserted.count == 1)
            #expect(try await store.find("새기관") == nil)
            #expect(try await db.query("SELECT count(*)::int AS n FROM organizations")[0].decode(Int.self, "n") == 4)
            // Numbers without a key: refused before anything is written.
            await #expect(throws: BusinessNumberKeyError(code: .missing)) {
                _ = try await store.importRows(try rows("q,큐,company,,220-81-62517\n"), cipher: nil)
            }
        }
    }
}
