import Foundation
import Match
import Parse
import Testing

/// Sectors of the programs in the fixture golden records and of the 934 real NTIS records the original system
/// stored: rules that hold for real titles, written before the classifier's weights were tuned.
@Suite struct GoldenSectorTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Programs of the golden records: details with their ministry, agency and fields; list rows with their title
    /// and the agency whose list they come from.
    static let goldenPrograms: [Program] = {
        let folder = root.appendingPathComponent("Fixtures/golden")
        guard let paths = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] else {
            return []
        }
        var programs: [Program] = []
        for path in paths.sorted() where path.hasSuffix(".json") {
            guard let data = try? Data(contentsOf: folder.appendingPathComponent(path)),
                let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            else { continue }
            let listAgency = Agency(rawValue: String(path.prefix { $0 != "." }).uppercased())
            let records = (json["program"] as? [String: Any]).map { [$0] } ?? (json["items"] as? [[String: Any]] ?? [])
            for record in records {
                guard let title = record["title"] as? String else { continue }
                var program = Program(
                    agency: (record["agency"] as? String).flatMap(Agency.init(rawValue:)) ?? listAgency,
                    source: path, sourceID: record["source_id"] as? String ?? "", title: title)
                program.ministry = record["ministry"] as? String
                program.announcingAgency = record["announcing_agency"] as? String
                program.fields = record["fields"] as? [String] ?? []
                programs.append(program)
            }
        }
        return programs
    }()

    @Test func goldenRecordsAreRead() {
        #expect(Self.goldenPrograms.count > 300)
    }

    @Test func everyMarineMinistryProgramIsMarine() {
        let marine = Self.goldenPrograms.filter { $0.ministry == "해양수산부" }
        #expect(marine.count >= 5)
        for program in marine {
            #expect(ProgramFeatures(program: program).sectors.map(\.sector).contains(.marine), "\(program.title)")
        }
    }

    @Test func everyKIMSTBusinessCallIsMarine() {
        let calls = Self.goldenPrograms.filter { $0.source.hasPrefix("kimst.business") }
        #expect(calls.count >= 10)
        for program in calls {
            #expect(ProgramFeatures(program: program).sectors.map(\.sector).contains(.marine), "\(program.title)")
        }
    }

    @Test func iitpDetailCallsAreICT() {
        let calls = Self.goldenPrograms.filter { $0.source.hasPrefix("iitp.ezone.detail") }
        #expect(!calls.isEmpty)
        for program in calls { #expect(ProgramFeatures(program: program).primarySector == .ict, "\(program.title)") }
    }

    @Test(arguments: [
        ("치매극복연구개발사업", Sector.bioHealth), ("로봇산업기술개발사업", .robotics), ("반도체첨단산업기술개발", .semiconductor),
        ("자율운항선박", .marine), ("스마트팜", .agriFood), ("농업연구개발사업", .agriFood), ("우주핵심기술개발", .aerospace),
        ("감염병 예방·치료", .bioHealth), ("재난안전 공동연구", .safety), ("에너지기술개발사업", .energy),
        ("환경기술개발사업", .environment), ("자동차산업기술개발", .mobility), ("국토교통", .construction),
    ])
    func goldenTitlesHaveTheirPrimarySector(word: String, sector: Sector) {
        let programs = Self.goldenPrograms.filter { $0.title.contains(word) }
        #expect(!programs.isEmpty, "no golden title contains \(word)")
        for program in programs {
            #expect(ProgramFeatures(program: program).primarySector == sector, "\(program.title)")
        }
    }

    /// The 934 NTIS records of the original system (their ids and titles, kept in `Fixtures/real`): titles
    /// `공고명_(연도)사업명`, no ministry or body.
    static let ntisFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/real/connect-ntis-934-titles.json").path

    static let ntisPrograms: [Program] = {
        guard let data = FileManager.default.contents(atPath: ntisFile),
            let records = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        else { return [] }
        return records.compactMap { record in
            guard let title = record["title"] as? String else { return nil }
            let parts = title.components(separatedBy: "_(")
            var program = Program(agency: nil, source: "ntis", sourceID: record["id"] as? String ?? "", title: parts[0])
            if parts.count > 1 { program.businessName = String(parts[1].drop { $0 != ")" }.dropFirst()) }
            return program
        }
    }()

    @Test func ntisRecordsAreMostlyPlaced() {
        #expect(Self.ntisPrograms.count == 934)
        let placed = Self.ntisPrograms.filter { !ProgramFeatures(program: $0).sectors.isEmpty }
        #expect(Double(placed.count) >= 0.7 * Double(Self.ntisPrograms.count))
    }

    @Test(
        arguments: [
            ("해양", Sector.marine), ("수산", .marine), ("농업", .agriFood), ("반도체", .semiconductor),
            ("의료", .bioHealth), ("바이오", .bioHealth), ("원자력", .energy), ("우주", .aerospace), ("감염병", .bioHealth),
        ])
    func ntisTitlesWithASectorWordGetThatSector(word: String, sector: Sector) {
        let programs = Self.ntisPrograms.filter { ($0.title + ($0.businessName ?? "")).contains(word) }
        #expect(programs.count >= 3)
        for program in programs {
            #expect(ProgramFeatures(program: program).sectors.map(\.sector).contains(sector), "\(program.title)")
        }
    }

    /// `실증달성형` contains `달`, the original's moon keyword.
    @Test func achievementIsNotTheMoon() {
        let programs = Self.ntisPrograms.filter { $0.title.contains("달성") }
        #expect(!programs.isEmpty)
        for program in programs {
            #expect(!ProgramFeatures(program: program).sectors.map(\.sector).contains(.aerospace), "\(program.title)")
        }
    }
}
