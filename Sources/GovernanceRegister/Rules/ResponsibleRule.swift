/// GR002: every RACI activity has at least one responsible party.
struct ResponsibleRule: Rule {
    enum Branch: String, CaseIterable {
        case noResponsible = "no-responsible"
    }

    static let description = RuleDescription(
        id: "GR002",
        title: LocalizedText(en: "At least one R per activity", nl: "Minstens één R per activiteit"),
        severity: .error,
        rationale: LocalizedText(
            en: "An activity nobody carries out does not happen on the day of the outage.",
            nl: "Een activiteit die niemand uitvoert, gebeurt niet op de dag van de uitval."
        ),
        branches: Branch.self,
        examples: [
            RuleExample(.activities, """
                ↓<activity id="report"><name>Report an incident</name>
                  <assignment party="it" role="A"/><assignment party="acme" role="C"/></activity>
            """),
            RuleExample(.activities, """
                ↓<activity id="report"><name>Report an incident</name>
                  <assignment party="it" role="A"/></activity>
            """),
            RuleExample(.activities, """
                <activity id="report"><name>Report an incident</name>
                  <assignment party="it" role="A"/><assignment party="acme" role="R"/></activity>
            """),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        guard case .register(let register) = document else { return [] }
        return register.matrices.flatMap { matrix in
            matrix.activities.filter { $0.parties(withRole: .responsible).isEmpty }.map { activity in
                RuleFinding(Branch.noResponsible, at: activity.location, .noResponsible(activity: activity.id, matrix: matrix.id))
            }
        }
    }
}

private extension LocalizedText {
    static func noResponsible(activity: String, matrix: String) -> LocalizedText {
        LocalizedText(
            en: "activity '\(activity)' in matrix '\(matrix)' has no responsible party; give the party that does the work the role R (role=\"R\"), or A/R when the accountable party does it itself",
            nl: "activiteit '\(activity)' in matrix '\(matrix)' heeft geen verantwoordelijke; geef de partij die het werk doet de rol R (role=\"R\"), of A/R als de eindverantwoordelijke het zelf doet"
        )
    }
}
