import Foundation
import HTMLQuery

/// Label rows inside announcement bodies (HWP-editor tables): `<td>공모유형</td><td>지정공모</td>`. The label cell is
/// matched on its text with spaces removed, so `공 모 유 형` matches too.
public enum BodyTables {
    /// The text of the cell after the first cell whose text is `label`.
    public static func value(_ label: String, in node: HTMLNode) -> String? {
        let xpath =
            ".//*[self::td or self::th][translate(normalize-space(.), ' ', '')='\(label)']"
            + "/following-sibling::*[self::td or self::th][1]"
        guard let value = try? node.text(xpath), !value.isEmpty else { return nil }
        return value
    }

    /// A comma/middle-dot separated list in a cell (`인공지능, 전파`).
    public static func list(_ label: String, in node: HTMLNode) -> [String] {
        guard let value = value(label, in: node) else { return [] }
        return value.split(whereSeparator: { ",·ㆍ/、".contains($0) })
            .map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// What follows the section heading `heading` (e.g. `문의처`) in clean body text: the rest of its line, or the
    /// next line when the heading stands alone (`4. 문의처` / `○ …팀 (042-…)`).
    public static func line(after heading: String, in bodyText: String) -> String? {
        let lines = bodyText.split(separator: "\n")
        // Byte for byte where heading and body are single-scalar characters (equal words have equal bytes there);
        // Foundation's search, which compares up to canonical equivalence, otherwise. It ran on every line.
        let plain = heading.hasSingleScalarCharacters && bodyText.hasSingleScalarCharacters
        for (index, line) in lines.enumerated() {
            guard let range = plain ? line.rangeOfText(heading) : line.range(of: heading) else { continue }
            let rest = line[range.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " :："))
            if !rest.isEmpty { return rest }
            if index + 1 < lines.count { return String(lines[index + 1]) }
        }
        return nil
    }
}
