import Match
import Parse

/// What is wrong with one cell, without the row and column (the validator adds those).
struct CellProblem: Error {
    var message: String
}

/// Readers for the cells that are more than free text: each accepts the documented English codes and the Korean
/// words people write in spreadsheets, and says what it expected when a cell is neither.
enum OrganizationCellReaders {
    static let kinds: [String: OrganizationKind] = [
        "company": .company, "기업": .company, "회사": .company,
        "research_institute": .researchInstitute, "연구기관": .researchInstitute, "출연연": .researchInstitute,
        "university": .university, "대학": .university, "대학교": .university,
        "public_institution": .publicInstitution, "공공기관": .publicInstitution,
    ]

    static let scales: [String: CompanyScale] = [
        "startup": .startup, "스타트업": .startup, "창업기업": .startup,
        "sme": .sme, "중소기업": .sme,
        "mid_sized": .midSized, "중견기업": .midSized,
        "large": .large, "대기업": .large,
    ]

    static let roles: [String: OrganizationLocation.Role] = [
        "본사": .headquarters, "headquarters": .headquarters, "hq": .headquarters,
        "연구소": .lab, "lab": .lab,
        "공장": .factory, "factory": .factory,
        "지사": .branch, "지점": .branch, "사업장": .branch, "branch": .branch,
    ]

    static func kind(_ text: String) throws(CellProblem) -> OrganizationKind {
        guard let kind = kinds[text.lowercased()] else {
            throw CellProblem(
                message: "\"\(text)\" is not an organization type "
                    + "(company, research_institute, university, public_institution, 기업, 연구기관, 대학, 공공기관)")
        }
        return kind
    }

    static func scale(_ text: String) throws(CellProblem) -> CompanyScale {
        guard let scale = scales[text.lowercased().replacingOccurrences(of: "-", with: "_")] else {
            throw CellProblem(
                message: "\"\(text)\" is not a company scale "
                    + "(startup, sme, mid_sized, large, 스타트업, 중소기업, 중견기업, 대기업)")
        }
        return scale
    }

    static func date(_ text: String) throws(CellProblem) -> LocalDate {
        guard text.count == 10, let date = LocalDate(iso: text) else {
            throw CellProblem(message: "\"\(text)\" is not a date written YYYY-MM-DD")
        }
        return date
    }

    static func trl(_ text: String) throws(CellProblem) -> Int {
        guard let level = Int(text), (1...9).contains(level) else {
            throw CellProblem(message: "\"\(text)\" is not a TRL (a whole number from 1 to 9)")
        }
        return level
    }

    /// `4-6`, `4~6` or `7`.
    static func trlRange(_ text: String) throws(CellProblem) -> ClosedRange<Int> {
        let parts = text.split(whereSeparator: { "-~–".contains($0) }).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let levels = parts.compactMap { Int($0) }.filter { (1...9).contains($0) }
        guard (1...2).contains(parts.count), levels.count == parts.count, levels[0] <= levels[levels.count - 1]
        else {
            throw CellProblem(message: "\"\(text)\" is not a TRL range (`4-6` or `7`, levels 1 to 9, low to high)")
        }
        return levels[0]...levels[levels.count - 1]
    }

    static func count(_ text: String) throws(CellProblem) -> Int {
        guard let count = Int(text), count >= 0 else {
            throw CellProblem(message: "\"\(text)\" is not a count (a whole number, 0 or more)")
        }
        return count
    }

    static func boolean(_ text: String) throws(CellProblem) -> Bool {
        switch text.lowercased() {
        case "true", "yes", "y", "1", "예", "있음", "o": return true
        case "false", "no", "n", "0", "아니오", "아니요", "없음", "x": return false
        default: throw CellProblem(message: "\"\(text)\" is not true/false (also 예/아니오, Y/N)")
        }
    }

    /// `;`-separated items, trimmed, empty ones dropped.
    static func list(_ text: String) -> [String] {
        text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// Each item of a `;` list read by `read`, once each, in the order first written.
    private static func distinct<Value: Equatable>(
        _ text: String, _ read: (String) throws(CellProblem) -> Value
    ) throws(CellProblem) -> [Value] {
        var values: [Value] = []
        for item in list(text) {
            let value = try read(item)
            if !values.contains(value) { values.append(value) }
        }
        return values
    }

    /// `본사:서울;연구소:대전광역시`; an item without a role is the headquarters.
    static func locations(_ text: String) throws(CellProblem) -> [OrganizationLocation] {
        try distinct(text) { item throws(CellProblem) in
            let parts = item.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let roleText = parts.count == 2 ? parts[0] : "본사"
            let regionText = parts[parts.count - 1]
            guard let role = roles[roleText.lowercased()] else {
                throw CellProblem(message: "\"\(roleText)\" in \"\(item)\" is not a role (본사, 연구소, 공장, 지사)")
            }
            guard let region = KoreanRegions.canonicalName(regionText) else {
                throw CellProblem(
                    message: "\"\(regionText)\" in \"\(item)\" is not a 시·도 (서울, 부산광역시, 경상남도 …)")
            }
            return OrganizationLocation(role: role, region: region)
        }
    }

    static func certifications(_ text: String) throws(CellProblem) -> [String] {
        try distinct(text) { item throws(CellProblem) in
            guard let name = Certification.canonicalName(item) else {
                throw CellProblem(
                    message: "unknown certification \"\(item)\" (known: "
                        + Certification.canonical.joined(separator: ", ") + ")")
            }
            return name
        }
    }

    /// Each domain must name a sector; the sector's code is kept, so the matcher compares codes.
    static func excludedDomains(_ text: String) throws(CellProblem) -> [String] {
        try distinct(text) { item throws(CellProblem) in
            guard let sector = Sector.named(item) else {
                throw CellProblem(
                    message: "\"\(item)\" is not a sector (known codes: "
                        + Sector.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
            return sector.rawValue
        }
    }
}
