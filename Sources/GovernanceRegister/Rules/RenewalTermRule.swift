/// GR014: a renewal says how long each renewal runs, and only a renewal has a term.
struct RenewalTermRule: Rule {
    enum Branch: String, CaseIterable {
        case missingTerm = "missing-term"
        case termWithoutRenewal = "term-without-renewal"
    }

    static let description = RuleDescription(
        id: "GR014",
        title: LocalizedText(en: "Renewal has a term", nl: "Verlenging heeft een termijn"),
        severity: .error,
        rationale: LocalizedText(
            en: "Without a renewal term nobody can tell when the current period ends or when notice is due.",
            nl: "Zonder verlengingstermijn weet niemand wanneer de lopende periode eindigt of wanneer opzeggen moet."
        ),
        branches: Branch.self,
        examples: [
            RuleExample(.term, """
                <start>2025-01-01</start>
                <initialTerm>P36M</initialTerm>
                ↓<renewal kind="automatic"/>
                <noticePeriod>P3M</noticePeriod>
            """),
            RuleExample(.term, """
                <start>2025-01-01</start>
                <initialTerm>P36M</initialTerm>
                ↓<renewal kind="on-request"/>
            """),
            RuleExample(.term, """
                <start>2025-01-01</start>
                <initialTerm>P36M</initialTerm>
                ↓<renewal kind="none" term="P12M"/>
            """),
            RuleExample(.term, """
                <start>2025-01-01</start>
                <initialTerm>P36M</initialTerm>
                <renewal kind="none"/>
            """),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        document.agreements.compactMap { agreement in
            guard let renewal = agreement.term.renewal else { return nil }
            switch (renewal.kind, renewal.term) {
            case (.automatic, nil), (.onRequest, nil):
                return RuleFinding(Branch.missingTerm, at: renewal.location, .missingTerm(agreement: agreement.id, kind: renewal.kind))
            case (.none, .some(let term)):
                return RuleFinding(Branch.termWithoutRenewal, at: renewal.location, .termWithoutRenewal(agreement: agreement.id, term: term))
            default:
                return nil
            }
        }
    }
}

private extension LocalizedText {
    static func missingTerm(agreement: String, kind: Term.RenewalKind) -> LocalizedText {
        LocalizedText(
            en: "agreement '\(agreement)': renewal kind=\"\(kind.rawValue)\" has no term; add term=\"P12M\" (or the agreed length)",
            nl: "overeenkomst '\(agreement)': verlenging kind=\"\(kind.rawValue)\" heeft geen termijn; voeg term=\"P12M\" toe (of de afgesproken duur)"
        )
    }

    static func termWithoutRenewal(agreement: String, term: ISODuration) -> LocalizedText {
        LocalizedText(
            en: "agreement '\(agreement)': renewal kind=\"none\" has a term (\(term)); remove the term, or say how it renews",
            nl: "overeenkomst '\(agreement)': verlenging kind=\"none\" heeft een termijn (\(term)); haal de termijn weg, of zeg hoe ze verlengt"
        )
    }
}
