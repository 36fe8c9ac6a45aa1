// PLACEHOLDER: the interface the taxonomy/terms helper implements (this file is replaced by the real files).
import Parse

extension Sector {
    /// The sector a free-text name or code denotes (`ICT`, `정보통신`, `바이오헬스`, `bio_health`, `국방`), nil when none.
    public static func named(_ text: String) -> Sector? { Sector(rawValue: text.lowercased()) }

    /// How relevant a program of sector `program` is to an organization of this sector, 0...1 (1 for the same).
    public func relevance(toProgramIn program: Sector) -> Double { self == program ? 1 : 0.3 }

    /// The Korean name shown in reasons (`정보통신`).
    public var koreanName: String { rawValue }
}

/// Normalized terms of Korean/English text: tokens split on non-word characters, particles and common suffixes
/// stripped, known compounds split into their dictionary parts (`양자암호통신` → `양자`, `암호`, `통신`, and the
/// whole word), lowercased Latin; stop words (`기술`, `개발`, `연구`, `사업` …) dropped.
public enum KoreanTerms {
    public static func terms(in text: String) -> [String] { text.split(separator: " ").map(String.init) }
}

/// Finds which terms of a vocabulary a keyword matches: the same term, a dictionary part of a compound, or n-gram
/// similarity above a threshold for words of three syllables or more; a one-syllable keyword only ever matches
/// the same one-syllable term.
public struct TermIndex: Sendable {
    public let vocabulary: [String]
    public init(vocabulary: [String]) { self.vocabulary = vocabulary }
    /// Indices into `vocabulary` of the terms `keyword` matches, ascending.
    public func matches(_ keyword: String) -> [Int32] {
        vocabulary.indices.filter { vocabulary[$0] == keyword }.map { Int32($0) }
    }
}

extension ProgramFeatures {
    /// Features of a parsed program (title, business name, ministry, announcing agency, fields, keywords, body,
    /// eligibility, TRL, kind).
    public init(program: Program) {
        self.init(kind: program.kind, titleTerms: KoreanTerms.terms(in: program.title))
    }
}
