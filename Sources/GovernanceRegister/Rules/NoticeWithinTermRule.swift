import Foundation
/// GR008: the notice period is shorter than the term and than each renewal term.
struct NoticeWithinTermRule: Rule {
    static let description = RuleDescription(
        id: "GR008",
        title: LocalizedText(en: "Notice period shorter than the term", nl: "Opzegtermijn korter dan de looptijd"),
        severity: .error,
        rationale: LocalizedText(
            en: "A notice period as long as the term means notice is due on the day the agreement starts.",
            nl: "Een opzegtermijn zo lang als de looptijd betekent dat opzeggen al moet op de dag dat de overeenkomst begint."
        ),
        examples: RuleExamples(
            slot: .term,
            triggering: """
                <start>2025-01-01</start><initialTerm>P12M</initialTerm>
                <renewal kind="automatic" term="P12M"/><noticePeriod>P12M</noticePeriod>
            """,
            nonTriggering: """
                <start>2025-01-01</start><initialTerm>P12M</initialTerm>
                <renewal kind="automatic" term="P12M"/><noticePeriod>P3M</noticePeriod>
            """
        )
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        document.agreements.flatMap { agreement -> [RuleFinding] in
            let term = agreement.term
            guard let notice = term.noticePeriod else { return [] }
            let location = term.noticeLocation ?? term.location
            var found: [RuleFinding] = []
            let noticeDeadline = term.initialPeriodEnd.subtracting(notice)
            if noticeDeadline <= term.start {
                found.append(RuleFinding(location: location, message: LocalizedText(
                    en: "agreement '\(agreement.id)': notice period \(notice) is not shorter than the term from \(term.start); shorten the notice period or correct the term",
                    nl: "overeenkomst '\(agreement.id)': opzegtermijn \(notice) is niet korter dan de looptijd vanaf \(term.start); verkort de opzegtermijn of verbeter de looptijd"
                )))
            }
            if let renewal = term.renewal, let renewalTerm = renewal.term, renewal.kind != .none,
               let order = ISODuration.order(notice, renewalTerm), order != .orderedAscending {
                found.append(RuleFinding(location: location, message: LocalizedText(
                    en: "agreement '\(agreement.id)': notice period \(notice) is not shorter than the renewal term \(renewalTerm); after a renewal, notice would be due before the period starts",
                    nl: "overeenkomst '\(agreement.id)': opzegtermijn \(notice) is niet korter dan de verlengingstermijn \(renewalTerm); na een verlenging zou opzeggen al vóór de periode moeten"
                )))
            }
            return found
        }
    }
}
