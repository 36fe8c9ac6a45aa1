import HTMLQuery

/// The header cells of an itech detail read into program fields.
extension KEITItechDetailParser {
    /// A header cell's text, nil when the cell is empty or a dash (`-`).
    static func value(_ cell: String?) -> String? {
        guard let cell = cell?.trimmingSpaces(), !cell.isEmpty,
            !cell.allSatisfy({ $0 == "-" })
        else { return nil }
        return cell
    }

    /// 공고번호 from its header cell (`-` there means none, so the body is not searched); from the body's first
    /// `… 공고 제YYYY-N호`, or the list row's `ancmNo`, only when the page has no such cell.
    static func announcementNumber(labels: [String: String], body: String, context: [String: String]) -> String? {
        if let cell = labels["공고번호"] { return AnnouncementNumber.normalize(cell) }
        return AnnouncementNumber.find(in: body) ?? AnnouncementNumber.normalize(context["number"])
    }

    /// 기술분야 `소재·부품, 전자·정보통신, 기계·로봇` → three fields (the middle dot joins words within one field).
    static func fields(_ cell: String?) -> [String] {
        guard let cell = value(cell) else { return [] }
        return cell.split(whereSeparator: { ",，、/".contains($0) })
            .map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// 접수기간 from its header cell (`2026-11-16 09:00 ~ 2026-12-14 18:00 (연장)`); without one, the list row's dates
    /// (the JSON's `20261116`/`20261207`, or the screen's `start ~ end` cell).
    static func period(labels: [String: String], context: [String: String], referenceYear: Int?) -> ApplicationPeriod {
        if let cell = value(labels["접수기간"]), let period = PeriodText.parse(cell, referenceYear: referenceYear) {
            return period
        }
        if let text = context["period"], let period = PeriodText.parse(text, referenceYear: referenceYear) {
            return period
        }
        return PeriodText.parse(start: context["start"], end: context["end"], closingTime: nil)
    }

    /// 담당부서, 담당자, 연락처, 이메일; nil when the page names none of them. (The footer's 대표전화 is not a contact.)
    static func contact(_ labels: [String: String]) -> Contact? {
        let contact = Contact(
            department: value(labels["담당부서"]), name: value(labels["담당자"]), phone: value(labels["연락처"]),
            email: value(labels["이메일"]))
        guard contact.department != nil || contact.name != nil || contact.phone != nil || contact.email != nil
        else { return nil }
        return contact
    }
}
