/// The form of a clause that words are matched in, built without walking it character by character where the
/// clause gives no reason to: most clauses have no 「」 and no 산·학·연.
extension EligibilityText {
    /// The text words are matched in: law and program names in 「」/『』 blanked (`「중소기업기본법」` names no
    /// applicant), `출연(연)` and `산·학·연` joined into one word. Same length, so offsets stay those of the clause.
    static func prepared(_ text: String) -> String {
        // A 「 or 『 character is that one scalar: without it, nothing is blanked.
        var joined = has("「", in: text) || has("『", in: text) ? blankingNames(text) : text
        if has("출연(", in: joined) {
            joined = joined.replacing(EligibilityPatterns.institutesAbbreviated) { _ in "출연연  " }
        }
        if has("학", in: joined), has("산", in: joined), mayJoinIndustryAcademia(joined) {
            joined = joined.replacing(EligibilityPatterns.industryAcademiaInstitutes) { match in
                "산학연" + String(repeating: " ", count: max(0, match.output.count - 3))
            }
        }
        return joined
    }

    /// `text` with the characters inside 「」/『』 as spaces; scalar by scalar where each character is one (and no CR
    /// LF pair makes two scalars one character). `characterByCharacter` forces the `Character` path (tests compare).
    static func blankingNames(_ text: String, characterByCharacter: Bool = false) -> String {
        if !characterByCharacter, text.hasOneScalarPerCharacter {
            var blanked = String.UnicodeScalarView()
            var depth = 0
            for scalar in text.unicodeScalars {
                if scalar == "「" || scalar == "『" {
                    depth += 1
                } else if scalar == "」" || scalar == "』" {
                    depth = max(0, depth - 1)
                } else if depth > 0 {
                    blanked.append(" ")
                    continue
                }
                blanked.append(scalar)
            }
            return String(blanked)
        }
        var characters = Array(text)
        var depth = 0
        for index in characters.indices {
            let character = characters[index]
            if character == "「" || character == "『" {
                depth += 1
            } else if character == "」" || character == "』" {
                depth = max(0, depth - 1)
            } else if depth > 0 {
                characters[index] = " "
            }
        }
        return String(characters)
    }

    /// Whether `EligibilityPatterns.industryAcademiaInstitutes` can match: some 산 followed, past spaces, by one of
    /// its separators. Decided by scalars only where each character is one scalar; other texts go to the regex.
    private static func mayJoinIndustryAcademia(_ text: String) -> Bool {
        guard text.hasSingleScalarCharacters else { return true }
        var afterSan = false
        for scalar in text.unicodeScalars {
            if scalar == "산" {
                afterSan = true
            } else if afterSan, scalar == "·" || scalar == "ㆍ" || scalar == "・" || scalar == "," {
                return true
            } else if !scalar.isWhitespaceScalar {
                afterSan = false
            }
        }
        return false
    }

    /// Where each character of `text` starts, then `endIndex`; from its scalars when each character is one (grapheme
    /// breaking costs more; a CR may pair with an LF, so a text with one is broken into characters).
    static func characterBoundaries(of text: String) -> [String.Index] {
        var boundaries: [String.Index]
        if text.hasOneScalarPerCharacter {
            boundaries = Array(text.unicodeScalars.indices)
        } else {
            boundaries = Array(text.indices)
        }
        boundaries.append(text.endIndex)
        return boundaries
    }
}
