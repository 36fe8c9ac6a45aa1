/// What an announcement is, from its title (and, when the title is silent, its call type and body): only R&D calls
/// are matched to organizations, so a test row, a survey, an event or a notice must not pass for one. The original
/// pipeline had no such classification.
///
/// The rules are tried in order and the first that holds decides; its name is returned so an operator can see why
/// (`Program.kindRule`). The order, and why:
/// 1. `test.word` — junk rows (`test`, `테스트`, `(테스트용)`): whatever else the title says. `테스트베드` and
///    `테스트 베드` (a testbed) are real programmes and are not junk.
/// 2. `notice.result` — results (`결과`, `선정결과`, `발표`): they report on a call, a survey or an event that is over.
/// 3. `notice.materials` — `자료`, `발표자료`: 설명회 materials are a notice, not the event.
/// 4. `event.gathering` — 설명회, 포럼, 세미나, 교류회, 상담회, 행사, 개최 …: `신규과제 통합 공고 사업설명회 개최 안내`
///    is the briefing, not the call. `대회` is deliberately not here: `AI Champion 대회 공고` invites teams to
///    compete for R&D funding, so its `공고` makes it a call.
/// 5. `survey.demand` — 수요조사, `기술수요 사전조사`, `수요 의향조사`: nobody applies for money, even when the title
///    says `시행계획 공고`.
/// 6. `notice.hiring`, `notice.people-pool`, `notice.showcase`, `notice.designation`, `notice.finance`,
///    `notice.disclosure` — `모집`/`공고` that recruit staff, evaluators, juries, nominees or interns, collect success
///    stories, designate products (혁신제품 지정, 품목 등록, 인증 시행), appoint auditors, lend money, or publish
///    candidate topics: no R&D proposal is asked for.
/// 7. `call.registered-type` — the source registers a call type (`지정공모`, `자유공모`, `품목지정공모`; not `미등록`):
///    an IRIS call such as `… 연구개발계획서 제출 안내` or a title with no keyword at all.
/// 8. `notice.guide` — 안내, 알림, 공지, 요청, 주의: `과제참여 안내`, `전문가 공모 안내`, `사전 안내`.
/// 9. `call.amended`, `call.pre-announcement`, `call.plan`, `call.new-projects`, `call.competition`,
///    `call.recruitment`, `call.announcement` — 재공고/연장공고, 사전공고 (a call published ahead; its period says it
///    is upcoming), 시행계획/지원계획/선정계획, 신규지원/신규과제, 공모, 모집, 공고.
/// 10. `body.*` — a title with no keyword: the body's opening sentence, which names what the text is, read for the
///     survey and call rules only (a body mentions events and notices in passing).
/// 11. `default` — an R&D call: every source lists announcements, and a row that says nothing else is one.
public enum KindRules {
    /// The kind of an announcement and the name of the rule that decided it.
    /// - Parameters:
    ///   - callType: the source's 공모유형 (`지정공모`, `자유공모`, `품목지정공모`, `미등록`), when it has one.
    public static func classify(
        title: String, body: String? = nil, callType: String? = nil
    ) -> (kind: ProgramKind, rule: String) {
        let words = Words(TitleText.clean(title))
        let registered = isRegisteredCallType(callType)
        for rule in titleRules where rule.holds(in: words, registeredCallType: registered) {
            return (rule.kind, rule.name)
        }
        if let body {
            // Cleaning only collapses whitespace and decodes entities, so a generous prefix gives the same opening
            // as cleaning the whole body first.
            let opening = Words(
                String(
                    TitleText.clean(String(body.characterPrefix(bodyOpeningLength * 4)))
                        .characterPrefix(bodyOpeningLength)))
            for rule in titleRules where bodyRuleNames.contains(rule.name) {
                if rule.holds(in: opening, registeredCallType: false) { return (rule.kind, "body." + rule.name) }
            }
        }
        return (.rndCall, "default")
    }

    /// How much of a body counts as its opening.
    static let bodyOpeningLength = 300

    /// A call type that says the source registered a call for proposals (`지정공모`, `자유공모, 지정공모`).
    static func isRegisteredCallType(_ callType: String?) -> Bool {
        guard let callType else { return false }
        let words = Words(TitleText.clean(callType))
        return holds(.suffix("공모"), in: words)
    }

    /// One named rule: the patterns of which any one decides, or the source's registered call type.
    struct Rule: Sendable {
        var name: String
        var kind: ProgramKind
        var patterns: [Pattern]
        var byCallType = false

        init(_ name: String, _ kind: ProgramKind, _ patterns: [Pattern], byCallType: Bool = false) {
            self.name = name
            self.kind = kind
            self.patterns = patterns
            self.byCallType = byCallType
        }

        func holds(in words: Words, registeredCallType: Bool) -> Bool {
            if byCallType { return registeredCallType }
            return patterns.contains { KindRules.holds($0, in: words) }
        }
    }
}
