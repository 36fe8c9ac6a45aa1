/// 문의처 lines as announcements write them — `○ 해양수산과학기술진흥원 해양산업기술실 박지훈 선임연구원 (02-3460-4072,
/// jhpark@kimst.re.kr)` — read into department, name, phone and e-mail. Tokens are matched whole: a department is
/// a word ending in a unit suffix (팀, 실, 단, 센터, 본부 …), a name is a 2–4 syllable word followed by a rank.
public enum ContactText {
    static let unitSuffixes = ["팀", "실", "단", "센터", "본부", "부서", "과", "PD실"]
    static let ranks: Set<String> = [
        "책임", "선임", "수석", "주임", "전임", "연구원", "책임연구원", "선임연구원", "수석연구원", "주임연구원", "팀장", "실장",
        "단장", "센터장", "PD", "담당", "담당자", "대리", "과장", "차장", "부장", "사원", "위원", "매니저", "전문위원",
    ]

    public static func parse(_ text: String) -> Contact? {
        let email = emailAddress(in: text)
        let phone = phoneNumber(in: text)
        let words = text.split(whereSeparator: { $0.isWhitespace || "()[],/·:○-".contains($0) }).map(String.init)
        var department: String?
        var name: String?
        for (index, word) in words.enumerated() {
            if department == nil, word.count >= 2, !word.hasSuffix("원"), unitSuffixes.contains(where: word.hasSuffix),
                word.allSatisfy({ $0.isLetter || $0 == "&" })
            {
                department = word
            }
            if name == nil, index + 1 < words.count, ranks.contains(words[index + 1]), (2...4).contains(word.count),
                word.unicodeScalars.allSatisfy({ (0xAC00...0xD7A3).contains($0.value) })
            {
                name = word
            }
        }
        guard department != nil || name != nil || phone != nil || email != nil else { return nil }
        return Contact(department: department, name: name, phone: phone, email: email)
    }

    /// `042-612-8273`, `02-3460-4072`, `1357` (a call-centre number in parentheses or after a colon), `0537188365`.
    static func phoneNumber(in text: String) -> String? {
        var candidates: [String] = []
        var current = ""
        for character in text + " " {
            if character.isASCII, character.isNumber || character == "-" {
                current.append(character)
            } else {
                if !current.isEmpty { candidates.append(current.trimmingCharacters(in: ["-"])) }
                current = ""
            }
        }
        return candidates.first { candidate in
            let digits = candidate.filter(\.isNumber).count
            let dashes = candidate.filter { $0 == "-" }.count
            return (dashes == 2 && (9...11).contains(digits))
                || (dashes == 0 && (digits == 4 || (9...11).contains(digits)))
                    && !candidate.hasPrefix("20")
        }
    }

    /// The first `local@domain.tld` in the text.
    static func emailAddress(in text: String) -> String? {
        var current = ""
        for character in text + " " {
            if character.isASCII, character.isLetter || character.isNumber || "@._-+".contains(character) {
                current.append(character)
            } else if current.utf8.contains(UInt8(ascii: "@")) {
                // Only a token with an `@` can be an address; in Korean text most tokens end empty, and trimming
                // each through Foundation cost more than the rest of reading a contact line.
                let token = current.trimmingCharacters(in: [".", "-"])
                if token.contains("@"), token.first != "@", token.last != "@", token.contains(".") { return token }
                current = ""
            } else {
                current = ""
            }
        }
        return nil
    }
}

extension String {
    fileprivate func trimmingCharacters(in characters: Set<Character>) -> String {
        var text = Substring(self)
        while let first = text.first, characters.contains(first) { text = text.dropFirst() }
        while let last = text.last, characters.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
