/// GR014: a renewing agreement says how long each renewal runs; one that does not renew gives no renewal term.
struct RenewalTermRule: Rule {
    static let description = RuleDescription(
        id: "GR014",
        title: LocalizedText(en: "Renewal has a term", nl: "Verlenging heeft een termijn"),
        severity: .error,
        rationale: LocalizedText(
            en: "Without a renewal term nobody can tell when the current period ends or when notice is due.",
            nl: "Zonder verlengingstermijn weet niemand wanneer de lopende periode eindigt of wanneer opzeggen moet."
        ),
        examples: RuleExamples(
            slot: .term,
            triggering: #"<start>2025-01-01</start><initialTerm>P36M</initialTerm><renewal kind="automatic"/>"#,
            nonTriggering: #"<start>2025-01-01</start><initialTerm>P36M</initialTerm><renewal kind="automatic" term="P12M"/>"#
        )
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        document.agreements.compactMap { agreement in
            guard let renewal = agreement.term.renewal else { return nil }
            switch (renewal.kind, renewal.term) {
            case (.automatic, nil), (.onRequest, nil):
                return RuleFinding(location: renewal.location, message: LocalizedText(
                    en: "agreement '\(agreement.id)': renewal kind=\"\(renewal.kind.rawValue)\" has no term; add term=\"P12M\" (or the agreed length)",
                    nl: "overeenkomst '\(agreement.id)': verlenging kind=\"\(renewal.kind.rawValue)\" heeft geen termijn; voeg term=\"P12M\" toe (of de afgesproken duur)"
                ))
            case (.none, .some(let term)):
                return RuleFinding(location: renewal.location, message: LocalizedText(
                    en: "agreement '\(agreement.id)': renewal kind=\"none\" has a term (\(term)); remove the term, or say how it renews",
                    nl: "overeenkomst '\(agreement.id)': verlenging kind=\"none\" heeft een termijn (\(term)); haal de termijn weg, of zeg hoe ze verlengt"
                ))
            default:
                return nil
            }
        }
    }
}
