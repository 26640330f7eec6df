/// GR009: agreements are reviewed at least once a year.
struct ReviewIntervalRule: Rule {
    enum Branch: String, CaseIterable {
        case longerThanAYear = "longer-than-a-year"
    }

    static let year = ISODuration(years: 1)

    static let description = RuleDescription(
        id: "GR009",
        title: LocalizedText(en: "Review at least once a year", nl: "Minstens eens per jaar herzien"),
        severity: .warning,
        rationale: LocalizedText(
            en: "Procedures and phone numbers go stale; the governance model asks for regular review, quarterly by default.",
            nl: "Procedures en telefoonnummers verouderen; het governancemodel vraagt om regelmatige herziening, standaard elk kwartaal."
        ),
        branches: Branch.self,
        examples: [
            RuleExample(.reviews, #"↓<reviews interval="P2Y"><review date="2026-04-15" by="J. de Vries" outcome="approved"/></reviews>"#),
            RuleExample(.reviews, #"↓<reviews interval="P13M"/>"#),
            RuleExample(.reviews, #"<reviews interval="P12M"><review date="2026-04-15" by="J. de Vries" outcome="approved"/></reviews>"#),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        document.agreements.compactMap { agreement in
            guard agreement.reviewInterval.isLonger(than: ReviewIntervalRule.year) else { return nil }
            return RuleFinding(Branch.longerThanAYear, at: agreement.reviewsLocation ?? agreement.location, .longerThanAYear(agreement: agreement.id, interval: agreement.reviewInterval))
        }
    }
}

private extension LocalizedText {
    static func longerThanAYear(agreement: String, interval: ISODuration) -> LocalizedText {
        LocalizedText(
            en: "agreement '\(agreement)': review interval \(interval) is longer than a year; review at least yearly (P1Y), quarterly (P3M) is the norm",
            nl: "overeenkomst '\(agreement)': herzieningstermijn \(interval) is langer dan een jaar; herzie minstens jaarlijks (P1Y), elk kwartaal (P3M) is de norm"
        )
    }
}
