import Foundation

/// The agencies the pipeline serves.
public enum Agency: String, Sendable, Hashable, Codable, CaseIterable {
    case iitp = "IITP", keit = "KEIT", tipa = "TIPA", kimst = "KIMST"

    /// 공고기관/전문기관 names as sites write them (KEIT has an older name too).
    public static func named(_ name: String) -> Agency? {
        let compact = name.filter { !$0.isWhitespace }
        switch compact {
        case "정보통신기획평가원": return .iitp
        case "한국산업기술기획평가원", "한국산업기술평가관리원": return .keit
        case "중소기업기술정보진흥원": return .tipa
        case "해양수산과학기술진흥원": return .kimst
        default: return nil
        }
    }
}

/// A file attached to an announcement: the name as shown, the URL that downloads it, and its type (extension).
public struct Attachment: Sendable, Hashable, Codable {
    public var name: String
    public var url: String
    public var type: String

    public init(name: String, url: String, type: String) {
        self.name = name
        self.url = url
        self.type = type
    }
}

/// 문의처, as far as the page states it.
public struct Contact: Sendable, Hashable, Codable {
    public var department: String?
    public var name: String?
    public var phone: String?
    public var email: String?

    public init(department: String? = nil, name: String? = nil, phone: String? = nil, email: String? = nil) {
        self.department = department
        self.name = name
        self.phone = phone
        self.email = email
    }
}

/// One announcement, normalized: what every source's parser produces and the store keeps.
public struct Program: Sendable, Hashable {
    /// nil for another agency's call (on IRIS or NTIS), which the pipeline skips.
    public var agency: Agency?
    /// The source it was read from, e.g. `iris.detail`.
    public var source: String
    /// The source's stable id (IRIS ancmId, itech ancmId-bsnsYy, SMTECH ancmId-dtlAncmSn, NTIS roRndUid …).
    public var sourceID: String
    public var announcementNumber: String?
    public var title: String
    /// The budget program (사업명, 내역사업 or round) the call belongs to, where the source names it apart from the
    /// title (NTIS's `_(2025)사업명` heading suffix): calls under different programs are different calls.
    public var businessName: String?
    public var ministry: String?
    public var announcingAgency: String?
    public var kind: ProgramKind
    /// The name of the rule that decided `kind`, for operators reading a surprising classification.
    public var kindRule: String
    public var callType: String?
    public var postedOn: LocalDate?
    public var period: ApplicationPeriod
    public var budget: Budget
    public var eligibility: Eligibility
    public var trl: ClosedRange<Int>?
    public var fields: [String]
    public var keywords: [String]
    public var attachments: [Attachment]
    public var contact: Contact?
    public var detailURL: String?
    /// The announcement body as clean text (no scripts, styles or editor comments).
    public var bodyText: String?
    /// Ids of the same call in other sources the page links to, e.g. `["iris": "014954"]` from NTIS's IRIS link.
    public var crossReferences: [String: String]

    public init(
        agency: Agency?, source: String, sourceID: String, title: String, kind: ProgramKind = .rndCall,
        kindRule: String = "default"
    ) {
        self.agency = agency
        self.source = source
        self.sourceID = sourceID
        self.announcementNumber = nil
        self.title = title
        self.businessName = nil
        self.ministry = nil
        self.announcingAgency = nil
        self.kind = kind
        self.kindRule = kindRule
        self.callType = nil
        self.postedOn = nil
        self.period = .unknown
        self.budget = .unknown
        self.eligibility = Eligibility()
        self.trl = nil
        self.fields = []
        self.keywords = []
        self.attachments = []
        self.contact = nil
        self.detailURL = nil
        self.bodyText = nil
        self.crossReferences = [:]
    }

    public func status(asOf instant: Date) -> ProgramStatus { period.status(asOf: instant) }
}
