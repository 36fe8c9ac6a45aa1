import Match

/// One organization as an import file gives it: the profile the matcher reads, the stable external id the file
/// may carry, the business registration number (kept apart from the profile, which is printed and shared), and
/// where in the file it came from, so store-time conflicts name the row.
public struct ImportedOrganization: Sendable {
    /// `ref`: the caller's stable id (`org-ict-saas`), the first thing a re-import is matched by.
    public var ref: String?
    public var organization: Organization
    public var businessNumber: BusinessNumber?
    public var position: RowPosition

    public init(
        ref: String?, organization: Organization, businessNumber: BusinessNumber? = nil, position: RowPosition
    ) {
        self.ref = ref
        self.organization = organization
        self.businessNumber = businessNumber
        self.position = position
    }
}

/// Where a row is in its file: the physical line a CSV record starts on, or the 1-based index of a JSON record.
public struct RowPosition: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable { case line, record }
    public var file: String
    public var kind: Kind
    public var number: Int

    public init(file: String, kind: Kind, number: Int) {
        self.file = file
        self.kind = kind
        self.number = number
    }

    /// `organizations.csv:7` or `sample.json record 3`.
    public var description: String {
        switch kind {
        case .line: "\(file):\(number)"
        case .record: "\(file) record \(number)"
        }
    }
}
