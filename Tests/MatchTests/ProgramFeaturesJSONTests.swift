import Foundation
import Match
import Parse
import Testing

/// The store writes features with the hand-written `canonicalJSON`; the matcher reads them with `JSONDecoder`. The
/// two must agree byte for byte with `JSONEncoder`, so a stored document never differs from what the encoder would
/// have written (the match triggers compare documents) and always decodes to the same features.
@Suite struct ProgramFeaturesJSONTests {
    static func encoded(_ features: ProgramFeatures) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(features), as: UTF8.self)
    }

    @Test("the features of every golden program are written as JSONEncoder writes them")
    func goldenPrograms() throws {
        let programs = GoldenSectorTests.goldenPrograms
        #expect(programs.count > 50)
        for program in programs {
            let features = ProgramFeatures(program: program)
            #expect(features.canonicalJSON == (try Self.encoded(features)), "\(program.title)")
        }
    }

    @Test("bodies, eligibility, regions, TRL, consortium and certifications, present and absent")
    func richFeatures() throws {
        var program = ProgramFeaturesFixtures.program(
            title: "2026년도 \"부산\" 해양/조선 AI 실증\t사업 (수정)", ministry: "해양수산부", fields: ["조선·해양"],
            keywords: ["자율운항", "a\\b"],
            body: """
                □ 신청자격: 부산광역시 소재 중소기업, 대학, 연구기관 컨소시엄
                □ 가점: 이노비즈·메인비즈 인증기업 및 벤처기업은 가점
                """)
        program.trl = 4...7
        program.eligibility.consortiumRequired = Finding(true, phrase: "컨소시엄", confidence: 0.8)
        program.eligibility.organizationTypes = [
            Finding(.sme, phrase: "중소기업", confidence: 1), Finding(.university, phrase: "대학", confidence: 1.0 / 3),
        ]
        program.eligibility.regions = [Finding("부산광역시", phrase: "부산광역시 소재", confidence: 0.75)]
        let full = ProgramFeatures(program: program)
        #expect(full.trlMin == 4 && full.consortiumRequired == true && !full.eligibleTypes.isEmpty)
        #expect(full.canonicalJSON == (try Self.encoded(full)))
        var bare = full
        bare.trlMin = nil
        bare.trlMax = nil
        bare.consortiumRequired = nil
        bare.sectors = [SectorWeight(.ict, 0.30000000000000004), SectorWeight(.bioHealth, 1e-05)]
        bare.regionConfidence = 1e20
        // Set directly: text reaches the terms only split into words, so escapes must come in through a list.
        bare.regions = ["a\"b\\c/d\te\u{1}f"]
        bare.preferredCertifications = ["x/y"]
        #expect(bare.canonicalJSON == (try Self.encoded(bare)))
        let decoded = try JSONDecoder().decode(ProgramFeatures.self, from: Data(full.canonicalJSON.utf8))
        #expect(decoded == full)
    }
}
