import Match
import Parse

/// Programs built in code for the feature and sector tests.
enum ProgramFeaturesFixtures {
    static func program(
        title: String, ministry: String? = nil, announcingAgency: String? = nil, agency: Agency? = nil,
        businessName: String? = nil, fields: [String] = [], keywords: [String] = [], body: String? = nil
    ) -> Program {
        var program = Program(agency: agency, source: "test", sourceID: "1", title: title)
        program.ministry = ministry
        program.announcingAgency = announcingAgency
        program.businessName = businessName
        program.fields = fields
        program.keywords = keywords
        program.bodyText = body
        return program
    }

    static func sectors(
        _ title: String, ministry: String? = nil, announcingAgency: String? = nil, fields: [String] = []
    ) -> [Sector] {
        ProgramFeatures(
            program: program(title: title, ministry: ministry, announcingAgency: announcingAgency, fields: fields)
        ).sectors.map(\.sector)
    }
}
