import Foundation

extension KIMSTBodyItems {
    /// 접수기간 and the like (`신청기간`, `모집기간`, `공모기간`, `제출기간`): the first such item whose value reads as a
    /// period. 지원기간/사업기간 are the project's duration, not when to apply, and are not read.
    /// - Parameter referenceYear: the year of a period written without one (the posting year).
    func period(referenceYear: Int?) -> ApplicationPeriod? {
        let periodLabels = values { label in
            (label.hasSuffix("기간") || label.hasSuffix("기한"))
                && Self.applicationWords.contains { label.containsText($0) }
        }
        for value in periodLabels {
            if let period = PeriodText.parse(value, referenceYear: referenceYear) { return period }
        }
        return nil
    }

    static let applicationWords = ["접수", "신청", "모집", "공모", "제출"]

    /// The ministry named by a 주최/주관 item (`주최/주관: 해양수산부 / 해양수산과학기술진흥원`, `사업주관:
    /// 해양수산부(주최), …`): its first word that is a ministry (ends in 부). nil when the page names none: a body
    /// that mentions a ministry in passing does not make it the organizer.
    var ministry: String? {
        let organizers = values { label in
            label.containsText("주최") || label.containsText("부처") || label == "주관" || label == "사업주관"
        }
        for value in organizers {
            let words = value.split { !($0.isLetter) }.map(String.init)
            if let ministry = words.first(where: { $0.count >= 3 && $0.hasSuffix("부") }) { return ministry }
        }
        return nil
    }

    /// 지원분야 (or 기술분야, 공모분야, 모집분야) as a list: comma-separated, the middle dots inside a field's name
    /// (`해양장비·기기`) kept.
    var fields: [String] {
        let lists = values { ["지원분야", "기술분야", "공모분야", "모집분야", "분야"].contains($0) }
        guard let first = lists.first else { return [] }
        return first.split(whereSeparator: { $0 == "," || $0 == "、" || $0 == ";" })
            .map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// 문의처: department, name, phone and e-mail as `ContactText` reads them. When the line's department cannot be
    /// read, the article's 작성자 stands in for it if it names a unit (`R&D기획팀`), not a person.
    func contact(writer: String?) -> Contact? {
        guard let line = values({ $0 == "문의처" || $0 == "문의" || $0 == "담당자" }).first,
            var contact = ContactText.parse(line)
        else { return nil }
        if contact.department == nil, let writer = writer?.trimmingSpaces(),
            ContactText.unitSuffixes.contains(where: writer.hasSuffix), writer.count >= 2
        {
            contact.department = writer
        }
        return contact
    }
}
