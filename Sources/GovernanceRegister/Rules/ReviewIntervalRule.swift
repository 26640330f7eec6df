/// GR009: an agreement is reviewed at least once a year.
struct ReviewIntervalRule: Rule {
    static let description = RuleDescription(
        id: "GR009",
        title: LocalizedText(en: "Review at least once a year", nl: "Minstens eens per jaar herzien"),
        severity: .warning,
        rationale: LocalizedText(
            en: "Procedures and phone numbers go stale; the governance model asks for regular review, quarterly by default.",
            nl: "Procedures en telefoonnummers verouderen; het governancemodel vraagt om regelmatige herziening, standaard elk kwartaal."
        ),
        examples: RuleExamples(
            slot: .reviews,
            triggering: #"<reviews interval="P2Y"/>"#,
            nonTriggering: #"<reviews interval="P6M"/>"#
        )
    )

    private static let year = ISODuration(years: 1)

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        document.agreements.compactMap { agreement in
            guard agreement.reviewInterval.isLonger(than: ReviewIntervalRule.year) else { return nil }
            return RuleFinding(location: agreement.reviewsLocation ?? agreement.location, message: LocalizedText(
                en: "agreement '\(agreement.id)': review interval \(agreement.reviewInterval) is longer than a year; review at least yearly (P1Y), quarterly (P3M) is the norm",
                nl: "overeenkomst '\(agreement.id)': herzieningstermijn \(agreement.reviewInterval) is langer dan een jaar; herzie minstens jaarlijks (P1Y), elk kwartaal (P3M) is de norm"
            ))
        }
    }
}
