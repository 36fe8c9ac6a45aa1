extension BudgetText {
    /// Reads one amount group by group (`1억` `5천만원`), remembering the last place where what was read so far is a
    /// complete amount, so `5억 3개 과제` still gives 5억.
    struct AmountReader {
        /// One group: numbers with their small units, then the large unit that closes them, then 원 if written.
        struct Group {
            var won: Int64?
            var bigIndex: Int?
            var endsWithWon: Bool
        }

        let characters: [Unicode.Scalar]
        var position: Int

        func peek() -> Unicode.Scalar? { position < characters.count ? characters[position] : nil }

        mutating func skipSpaces() {
            while position < characters.count, characters[position] == " " { position += 1 }
        }

        mutating func readAmount() -> Amount? {
            let start = position
            var total: Int64? = 0
            var lastBig = -1
            var committed: (won: Int64?, end: Int)?
            while let group = readGroup(smallerThan: lastBig) {
                total = total.flatMap { sum in
                    group.won.flatMap { value in
                        let added = sum.addingReportingOverflow(value)
                        return added.overflow ? nil : added.partialValue
                    }
                }
                if group.endsWithWon {
                    committed = (total, position)
                    break
                }
                guard let bigIndex = group.bigIndex else { break }
                // 억 and 조 may end an amount without 원 (`117.32억`); 만 may not (`3만 명` is people).
                if BudgetText.bigUnits[bigIndex].won >= 100_000_000, followerAllowed(at: position) {
                    committed = (total, position)
                }
                lastBig = bigIndex
                let afterGroup = position
                skipSpaces()
                guard BudgetText.digitValue(peek()) != nil else {
                    position = afterGroup
                    break
                }
            }
            guard let committed else { return nil }
            position = committed.end
            return Amount(won: committed.won, range: start..<committed.end)
        }

        /// One group whose large unit (if any) is smaller than the one at `lastBig`; nil when none is here.
        mutating func readGroup(smallerThan lastBig: Int) -> Group? {
            let groupStart = position
            var parts: [(number: WrittenNumber, small: Int64)] = []
            while let number = BudgetText.number(in: characters, at: position) {
                position = number.end
                let afterNumber = position
                skipSpaces()
                if let small = BudgetText.smallUnits.first(where: { $0.unit == peek() }), smallUnitCloses(position + 1)
                {
                    position += 1
                    parts.append((number, small.won))
                    let afterSmall = position
                    skipSpaces()
                    if BudgetText.digitValue(peek()) != nil { continue }
                    position = afterSmall
                    break
                }
                position = afterNumber
                parts.append((number, 1))
                break
            }
            guard !parts.isEmpty else {
                position = groupStart
                return nil
            }
            let bigIndex = readBigUnit(smallerThan: lastBig)
            let hasWon = readWon()
            guard bigIndex != nil || hasWon else {
                position = groupStart
                return nil
            }
            // A bare number with 원 must end the word: `5원자력` is not five won.
            if bigIndex == nil, parts.allSatisfy({ $0.small == 1 }), !followerAllowed(at: position) {
                position = groupStart
                return nil
            }
            let big = bigIndex.map { BudgetText.bigUnits[$0].won } ?? 1
            var won: Int64? = 0
            for part in parts {
                guard let value = BudgetText.won(of: part.number, small: part.small, big: big), let sum = won else {
                    won = nil
                    break
                }
                let added = sum.addingReportingOverflow(value)
                won = added.overflow ? nil : added.partialValue
            }
            return Group(won: won, bigIndex: bigIndex, endsWithWon: hasWon)
        }

        mutating func readBigUnit(smallerThan lastBig: Int) -> Int? {
            let before = position
            skipSpaces()
            if let index = BudgetText.bigUnits.firstIndex(where: { $0.unit == peek() }), index > lastBig {
                position += 1
                return index
            }
            position = before
            return nil
        }

        mutating func readWon() -> Bool {
            let before = position
            skipSpaces()
            if peek() == "원" {
                position += 1
                return true
            }
            position = before
            return false
        }

        /// A small unit (천, 백, 십) counts only when a number, a large unit or 원 follows it (`3천 명` is people).
        func smallUnitCloses(_ index: Int) -> Bool {
            var index = index
            while index < characters.count, characters[index] == " " { index += 1 }
            guard index < characters.count else { return false }
            let next = characters[index]
            return BudgetText.digitValue(next) != nil || next == "원"
                || BudgetText.bigUnits.contains { $0.unit == next }
        }

        /// Whether the amount may end before `index`: the next character does not continue a Korean word, or it
        /// starts a qualifier or particle (`10억 이내`, `5억원이`).
        func followerAllowed(at index: Int) -> Bool {
            guard index < characters.count, BudgetText.isHangulSyllable(characters[index]) else { return true }
            return BudgetText.followers.contains { BudgetText.matches($0, in: characters, at: index) }
        }
    }
}
