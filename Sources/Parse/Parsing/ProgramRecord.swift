import Foundation

/// A program in the shape of the golden records (Fixtures/README.md): what `connect-ingest parse` prints and what
/// the parser tests compare field by field. Instants are ISO 8601 in Korea time, amounts in won.
public struct ProgramRecord: Codable, Sendable, Hashable {
    public var agency: String?
    public var sourceID: String
    public var announcementNumber: String?
    public var title: String
    public var ministry: String?
    public var announcingAgency: String?
    public var kind: String
    public var callType: String?
    public var postedOn: String?
    public var applicationStart: String?
    public var applicationEnd: String?
    public var closingTimeGiven: Bool
    public var openEnded: Bool
    public var periodText: String?
    public var status: String
    public var budgetTotalKRW: Int64?
    public var budgetPerProjectKRW: Int64?
    public var budgetText: String?
    public var eligibleOrgTypes: [String]
    public var consortiumRequired: Bool?
    public var regions: [String]
    public var trlMin: Int?
    public var trlMax: Int?
    public var fields: [String]
    public var attachments: [Attachment]
    public var contact: Contact?
    public var detailURL: String?

    enum CodingKeys: String, CodingKey {
        case agency
        case sourceID = "source_id"
        case announcementNumber = "announcement_number"
        case title, ministry
        case announcingAgency = "announcing_agency"
        case kind
        case callType = "call_type"
        case postedOn = "posted_on"
        case applicationStart = "application_start"
        case applicationEnd = "application_end"
        case closingTimeGiven = "closing_time_given"
        case openEnded = "open_ended"
        case periodText = "period_text"
        case status
        case budgetTotalKRW = "budget_total_krw"
        case budgetPerProjectKRW = "budget_per_project_krw"
        case budgetText = "budget_text"
        case eligibleOrgTypes = "eligible_org_types"
        case consortiumRequired = "consortium_required"
        case regions
        case trlMin = "trl_min"
        case trlMax = "trl_max"
        case fields, attachments, contact
        case detailURL = "detail_url"
    }

    public init(_ program: Program, asOf: Date) {
        agency = program.agency?.rawValue
        sourceID = program.sourceID
        announcementNumber = program.announcementNumber
        title = program.title
        ministry = program.ministry
        announcingAgency = program.announcingAgency
        kind = program.kind.rawValue
        callType = program.callType
        postedOn = program.postedOn?.description
        applicationStart = program.period.start.map(KoreaTime.iso8601)
        applicationEnd = program.period.end.map(KoreaTime.iso8601)
        closingTimeGiven = program.period.closingTimeGiven
        openEnded = program.period.openEnded
        periodText = program.period.text
        status = program.status(asOf: asOf).rawValue
        budgetTotalKRW = program.budget.totalKRW
        budgetPerProjectKRW = program.budget.perProjectKRW
        budgetText = program.budget.text
        eligibleOrgTypes = program.eligibility.types.map(\.rawValue)
        consortiumRequired = program.eligibility.consortiumRequired?.value
        regions = program.eligibility.regions.map(\.value)
        trlMin = program.trl?.lowerBound
        trlMax = program.trl?.upperBound
        fields = program.fields
        attachments = program.attachments
        contact = program.contact
        detailURL = program.detailURL
    }

    /// Encodes nils as JSON null, so the output has every field like the golden records.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(agency, forKey: .agency)
        try container.encode(sourceID, forKey: .sourceID)
        try container.encode(announcementNumber, forKey: .announcementNumber)
        try container.encode(title, forKey: .title)
        try container.encode(ministry, forKey: .ministry)
        try container.encode(announcingAgency, forKey: .announcingAgency)
        try container.encode(kind, forKey: .kind)
        try container.encode(callType, forKey: .callType)
        try container.encode(postedOn, forKey: .postedOn)
        try container.encode(applicationStart, forKey: .applicationStart)
        try container.encode(applicationEnd, forKey: .applicationEnd)
        try container.encode(closingTimeGiven, forKey: .closingTimeGiven)
        try container.encode(openEnded, forKey: .openEnded)
        try container.encode(periodText, forKey: .periodText)
        try container.encode(status, forKey: .status)
        try container.encode(budgetTotalKRW, forKey: .budgetTotalKRW)
        try container.encode(budgetPerProjectKRW, forKey: .budgetPerProjectKRW)
        try container.encode(budgetText, forKey: .budgetText)
        try container.encode(eligibleOrgTypes, forKey: .eligibleOrgTypes)
        try container.encode(consortiumRequired, forKey: .consortiumRequired)
        try container.encode(regions, forKey: .regions)
        try container.encode(trlMin, forKey: .trlMin)
        try container.encode(trlMax, forKey: .trlMax)
        try container.encode(fields, forKey: .fields)
        try container.encode(attachments, forKey: .attachments)
        try container.encode(contact, forKey: .contact)
        try container.encode(detailURL, forKey: .detailURL)
    }
}
