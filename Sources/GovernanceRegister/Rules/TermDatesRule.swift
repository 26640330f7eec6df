/// GR007: a fixed end date comes after the start date.
struct TermDatesRule: Rule {
    enum Branch: String, CaseIterable {
        case endNotAfterStart = "end-not-after-start"
    }

    static let description = RuleDescription(
        id: "GR007",
        title: LocalizedText(en: "End date after start date", nl: "Einddatum na ingangsdatum"),
        severity: .error,
        rationale: LocalizedText(
            en: "An agreement that ends before it starts is a typing error that hides the real deadline.",
            nl: "Een overeenkomst die eindigt voordat ze begint is een tikfout die de echte deadline verbergt."
        ),
        branches: Branch.self,
        examples: [
            RuleExample(.term, """
                <start>2025-01-01</start>
                ↓<end>2024-12-31</end>
            """),
            RuleExample(.term, """
                <start>2025-01-01</start>
                ↓<end>2025-01-01</end>
            """),
            RuleExample(.term, """
                <start>2025-01-01</start>
                <end>2027-12-31</end>
            """),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        document.agreements.compactMap { agreement in
            let term = agreement.term
            guard let end = term.end, end <= term.start else { return nil }
            return RuleFinding(Branch.endNotAfterStart, at: term.endLocation ?? term.location, .endNotAfterStart(agreement: agreement.id, start: term.start, end: end))
        }
    }
}

private extension LocalizedText {
    static func endNotAfterStart(agreement: String, start: CalendarDate, end: CalendarDate) -> LocalizedText {
        LocalizedText(
            en: "agreement '\(agreement)': end date \(end) is not after start date \(start); correct one of the two",
            nl: "overeenkomst '\(agreement)': einddatum \(end) ligt niet na ingangsdatum \(start); verbeter een van de twee"
        )
    }
}
