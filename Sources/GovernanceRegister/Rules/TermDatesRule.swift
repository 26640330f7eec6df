/// GR007: a fixed end date comes after the start date.
struct TermDatesRule: Rule {
    static let description = RuleDescription(
        id: "GR007",
        title: LocalizedText(en: "End date after start date", nl: "Einddatum na ingangsdatum"),
        severity: .error,
        rationale: LocalizedText(
            en: "An agreement that ends before it starts is a typing error that hides the real deadline.",
            nl: "Een overeenkomst die eindigt voordat ze begint is een tikfout die de echte deadline verbergt."
        ),
        examples: RuleExamples(
            slot: .term,
            triggering: "<start>2025-01-01</start><end>2024-12-31</end>",
            nonTriggering: "<start>2025-01-01</start><end>2027-12-31</end>"
        )
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        document.agreements.compactMap { agreement in
            let term = agreement.term
            guard let end = term.end, end <= term.start else { return nil }
            return RuleFinding(location: term.endLocation ?? term.location, message: LocalizedText(
                en: "agreement '\(agreement.id)': end date \(end) is not after start date \(term.start); correct one of the two",
                nl: "overeenkomst '\(agreement.id)': einddatum \(end) ligt niet na ingangsdatum \(term.start); verbeter een van de twee"
            ))
        }
    }
}
