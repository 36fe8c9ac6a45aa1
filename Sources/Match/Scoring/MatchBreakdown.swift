/// What lowered a match's confidence: something the program or the organization did not say. None of these gates.
public struct UncertaintyNotes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let organizationSectorUnknown = UncertaintyNotes(rawValue: 1 << 0)
    public static let programSectorUnknown = UncertaintyNotes(rawValue: 1 << 1)
    public static let organizationKeywordsUnknown = UncertaintyNotes(rawValue: 1 << 2)
    public static let eligibilityUnstated = UncertaintyNotes(rawValue: 1 << 3)
    public static let eligibilityUncertain = UncertaintyNotes(rawValue: 1 << 4)
    public static let organizationScaleUnknown = UncertaintyNotes(rawValue: 1 << 5)
    public static let regionUncertain = UncertaintyNotes(rawValue: 1 << 6)
    public static let organizationRegionUnknown = UncertaintyNotes(rawValue: 1 << 7)
    public static let trlUnknown = UncertaintyNotes(rawValue: 1 << 8)
    public static let deadlineUnknown = UncertaintyNotes(rawValue: 1 << 9)

    /// Stored codes, in bit order.
    static let codes: [(UncertaintyNotes, String)] = [
        (.organizationSectorUnknown, "org_sector_unknown"), (.programSectorUnknown, "program_sector_unknown"),
        (.organizationKeywordsUnknown, "org_keywords_unknown"), (.eligibilityUnstated, "eligibility_unstated"),
        (.eligibilityUncertain, "eligibility_uncertain"), (.organizationScaleUnknown, "org_scale_unknown"),
        (.regionUncertain, "region_uncertain"), (.organizationRegionUnknown, "org_region_unknown"),
        (.trlUnknown, "trl_unknown"), (.deadlineUnknown, "deadline_unknown"),
    ]

    public var codes: [String] { Self.codes.filter { contains($0.0) }.map(\.1) }

    public init(codes: [String]) {
        var notes = UncertaintyNotes()
        for (note, code) in Self.codes where codes.contains(code) { notes.insert(note) }
        self = notes
    }

    /// Each unknown costs a tenth of the confidence, down to 30 %: many unknowns make a guess, never nothing.
    var confidencePercent: Int { max(30, 100 - 10 * rawValue.nonzeroBitCount) }
}

/// A scored pair: points per component, how sure, and what was unknown. Stored compactly (millions of rows) as
/// `{"d":27,"k":19,"t":5,"s":7,"r":4,"c":0,"u":8,"cf":80,"n":["trl_unknown"]}`; readers render it as Korean text.
public struct MatchBreakdown: Sendable, Hashable {
    public var domain: UInt8
    public var keywords: UInt8
    public var trl: UInt8
    public var scale: UInt8
    public var track: UInt8
    public var certification: UInt8
    public var urgency: UInt8
    public var notes: UncertaintyNotes

    public init(
        domain: UInt8 = 0, keywords: UInt8 = 0, trl: UInt8 = 0, scale: UInt8 = 0, track: UInt8 = 0,
        certification: UInt8 = 0, urgency: UInt8 = 0, notes: UncertaintyNotes = []
    ) {
        self.domain = domain
        self.keywords = keywords
        self.trl = trl
        self.scale = scale
        self.track = track
        self.certification = certification
        self.urgency = urgency
        self.notes = notes
    }

    /// 0...100: the components' sum (each is capped at its maximum).
    public var score: Int {
        Int(domain) + Int(keywords) + Int(trl) + Int(scale) + Int(track) + Int(certification) + Int(urgency)
    }

    public var confidencePercent: Int { notes.confidencePercent }

    public func points(_ component: ScoreComponent) -> Int {
        switch component {
        case .domain: Int(domain)
        case .keywords: Int(keywords)
        case .trl: Int(trl)
        case .scale: Int(scale)
        case .track: Int(track)
        case .certification: Int(certification)
        case .urgency: Int(urgency)
        }
    }

    /// The stored JSON, written by hand: it is built for every stored pair of a full run.
    public var json: String {
        var text = "{\"d\":\(domain),\"k\":\(keywords),\"t\":\(trl),\"s\":\(scale),\"r\":\(track),"
        text += "\"c\":\(certification),\"u\":\(urgency),\"cf\":\(confidencePercent)"
        let codes = notes.codes
        if !codes.isEmpty { text += ",\"n\":[" + codes.map { "\"\($0)\"" }.joined(separator: ",") + "]" }
        return text + "}"
    }
}
