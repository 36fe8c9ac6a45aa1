import Foundation

/// When two sightings (IRIS, NTIS, an agency's own board) are the same call, and so one program with several
/// sources. The rules, in order:
///
/// 1. The same IRIS `ancmId`: IRIS's own id, or the IRIS link another source carries (NTIS's IRIS 바로가기, KIMST's
///    사업공고 rows). An id is an identity.
/// 2. The same 공고번호 **and** the same normalized title. One 공고 often covers several tracks or sub-programs
///    (`중소벤처기업부 공고 제2026-446호` covers three) that differ only in the title's track, so the number alone
///    never merges.
/// 3. The same normalized title and the same posting date, for sources that show no number (agency boards).
///
/// Rules 2 and 3 never merge two sightings whose budget programs (`Program.businessName`, NTIS's `_(YYYY)사업명`)
/// differ: one 통합공고 is held by NTIS as one record per round or 내역사업, under one title and number.
///
/// Titles are compared after `TitleText.normalizedForMatching` (spacing, brackets and middle dots unified, the track in
/// parentheses kept), without NTIS's `_(YYYY)사업명` suffix and with `2025년도` read as `2025년`. Different agencies
/// never merge.
public enum MergeRules {
    /// Why two programs are one, or nil when they are distinct.
    public enum Reason: String, Sendable, Hashable {
        case sameIRISID = "same IRIS ancmId"
        case sameNumberAndTitle = "same 공고번호 and title"
        case sameTitleAndPostingDate = "same title and posting date"
    }

    public static func reason(_ first: Program, _ second: Program) -> Reason? {
        if let a = first.agency, let b = second.agency, a != b { return nil }
        if let a = irisID(first), let b = irisID(second) {
            // Two IRIS ids that differ are two calls, whatever their titles say (tracks share titles' stems).
            return a == b ? .sameIRISID : nil
        }
        // NTIS records of one 통합공고 share title and number and differ only in the program they belong to.
        if let a = first.businessName, let b = second.businessName,
            TitleText.normalizedForMatching(a) != TitleText.normalizedForMatching(b)
        {
            return nil
        }
        let titleA = comparableTitle(first.title)
        let titleB = comparableTitle(second.title)
        guard !titleA.isEmpty, titleA == titleB else { return nil }
        if let a = first.announcementNumber.map(comparableNumber),
            let b = second.announcementNumber.map(comparableNumber),
            a == b
        {
            return .sameNumberAndTitle
        }
        if let a = first.postedOn, a == second.postedOn { return .sameTitleAndPostingDate }
        return nil
    }

    /// The IRIS id a program is known by: its own when read from IRIS, else the IRIS link it carries.
    public static func irisID(_ program: Program) -> String? {
        if program.source.hasPrefix("iris.") { return program.sourceID }
        return program.crossReferences["iris"]
    }

    /// NTIS holds one call as several records written either way (`2025년 1차 국민생활안전 …` and `2025년도 1차
    /// 국민생활안전 …`, same deadline): both say the same year, so `년도` after a year reads as `년`.
    public static func comparableTitle(_ title: String) -> String {
        plainComparableTitle(title) ?? generalComparableTitle(title)
    }

    /// `comparableTitle` for any title, step by step.
    static func generalComparableTitle(_ title: String) -> String {
        TitleText.normalizedForMatching(readingYearsAsNen(withoutNTISSuffix(title)))
    }

    /// The title before NTIS's `_(YYYY)` suffix, if it has one.
    static func withoutNTISSuffix(_ title: String) -> String {
        let scalars = Array(title.unicodeScalars)
        guard scalars.count >= 7 else { return title }
        for start in 0...(scalars.count - 7) where scalars[start] == "_" && scalars[start + 1] == "(" {
            let digits = scalars[(start + 2)..<(start + 6)]
            if digits.allSatisfy({ ("0"..."9").contains($0) }), scalars[start + 6] == ")" {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[..<start])
                return String(view)
            }
        }
        return title
    }

    /// `2025년도` (spaces allowed before 년도) as `2025년`. Written out rather than as a regular expression: the store
    /// compares the title of every sighting, and nearly every Korean title has a 년도.
    static func readingYearsAsNen(_ title: String) -> String {
        guard title.containsText("년도") else { return title }
        let scalars = Array(title.unicodeScalars)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "년", index + 1 < scalars.count, scalars[index + 1] == "도" {
                var end = out.count
                while end > 0, out[end - 1].properties.isWhitespace { end -= 1 }
                if end >= 4, out[(end - 4)..<end].allSatisfy({ ("0"..."9").contains($0) }) {
                    out.removeSubrange(end...)
                    out.append("년")
                    index += 2
                    continue
                }
            }
            out.append(scalars[index])
            index += 1
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: out)
        return String(view)
    }

    /// `중소벤처기업부공고제2023-409호` and `중소벤처기업부 공고 제2023-409호` are the same number.
    static func comparableNumber(_ number: String) -> String {
        number.filter { !$0.isWhitespace }
    }

    /// Groups programs into calls: each group is one program seen through one or more sources.
    public static func group(_ programs: [Program]) -> [[Program]] {
        var groups: [[Program]] = []
        for program in programs {
            if let index = groups.firstIndex(where: { group in group.contains { reason($0, program) != nil } }) {
                groups[index].append(program)
            } else {
                groups.append([program])
            }
        }
        return groups
    }
}
