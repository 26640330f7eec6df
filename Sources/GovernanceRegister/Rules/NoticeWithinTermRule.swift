import Foundation

/// GR008: the notice period is shorter than the initial term and than the renewal term.
struct NoticeWithinTermRule: Rule {
    enum Branch: String, CaseIterable {
        case notShorterThanTerm = "not-shorter-than-term"
        case notShorterThanRenewal = "not-shorter-than-renewal"
    }

    static let description = RuleDescription(
        id: "GR008",
        title: LocalizedText(en: "Notice period shorter than the term", nl: "Opzegtermijn korter dan de looptijd"),
        severity: .error,
        rationale: LocalizedText(
            en: "A notice period as long as the term means notice is due on the day the agreement starts.",
            nl: "Een opzegtermijn zo lang als de looptijd betekent dat opzeggen al moet op de dag dat de overeenkomst begint."
        ),
        branches: Branch.self,
        examples: [
            RuleExample(.term, """
                <start>2025-01-01</start>
                <initialTerm>P12M</initialTerm>
                ↓<noticePeriod>P12M</noticePeriod>
            """),
            RuleExample(.term, """
                <start>2025-01-01</start>
                <initialTerm>P36M</initialTerm>
                <renewal kind="automatic" term="P3M"/>
                ↓<noticePeriod>P6M</noticePeriod>
            """),
            RuleExample(.term, """
                <start>2025-01-01</start>
                <initialTerm>P36M</initialTerm>
                <renewal kind="automatic" term="P12M"/>
                <noticePeriod>P3M</noticePeriod>
            """),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        document.agreements.flatMap { agreement -> [RuleFinding] in
            let term = agreement.term
            guard let notice = term.noticePeriod else { return [] }
            let location = term.noticeLocation ?? term.location
            var found: [RuleFinding] = []
            if term.initialPeriodEnd.subtracting(notice) <= term.start {
                found.append(RuleFinding(Branch.notShorterThanTerm, at: location, .notShorterThanTerm(agreement: agreement.id, notice: notice, start: term.start)))
            }
            if let renewal = term.renewal, let renewalTerm = renewal.term, renewal.kind != .none,
               let order = ISODuration.order(notice, renewalTerm), order != .orderedAscending {
                found.append(RuleFinding(Branch.notShorterThanRenewal, at: location, .notShorterThanRenewal(agreement: agreement.id, notice: notice, renewal: renewalTerm)))
            }
            return found
        }
    }
}

private extension LocalizedText {
    static func notShorterThanTerm(agreement: String, notice: ISODuration, start: CalendarDate) -> LocalizedText {
        LocalizedText(
            en: "agreement '\(agreement)': notice period \(notice) is not shorter than the term from \(start); shorten the notice period or correct the term",
            nl: "overeenkomst '\(agreement)': opzegtermijn \(notice) is niet korter dan de looptijd vanaf \(start); verkort de opzegtermijn of verbeter de looptijd"
        )
    }

    static func notShorterThanRenewal(agreement: String, notice: ISODuration, renewal: ISODuration) -> LocalizedText {
        LocalizedText(
            en: "agreement '\(agreement)': notice period \(notice) is not shorter than the renewal term \(renewal); after a renewal, notice would be due before the period starts",
            nl: "overeenkomst '\(agreement)': opzegtermijn \(notice) is niet korter dan de verlengingstermijn \(renewal); na een verlenging zou opzeggen al vóór de periode moeten"
        )
    }
}
