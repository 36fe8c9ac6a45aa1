import Foundation
import Match

/// An organization as `orgs list` shows it: the profile, the file's ref, and whether a business number is stored
/// (never the number).
public struct StoredOrganization: Sendable, Hashable {
    public var organization: Organization
    public var ref: String?
    public var hasBusinessNumber: Bool
    public var updatedAt: Date

    public init(organization: Organization, ref: String?, hasBusinessNumber: Bool, updatedAt: Date) {
        self.organization = organization
        self.ref = ref
        self.hasBusinessNumber = hasBusinessNumber
        self.updatedAt = updatedAt
    }
}

/// A lookup by name that names more than one organization.
public struct OrganizationLookupError: Error, Sendable, Hashable, CustomStringConvertible {
    public var name: String
    public var ids: [Int64]

    public init(name: String, ids: [Int64]) {
        self.name = name
        self.ids = ids
    }

    public var description: String {
        "\(ids.count) organizations are named \"\(name)\" (ids \(ids.map(String.init).joined(separator: ", "))): "
            + "use the id"
    }
}
