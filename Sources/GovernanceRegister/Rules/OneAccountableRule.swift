/// GR001: every RACI activity has exactly one accountable party.
struct OneAccountableRule: Rule {
    static let description = RuleDescription(
        id: "GR001",
        title: LocalizedText(en: "Exactly one A per activity", nl: "Precies één A per activiteit"),
        severity: .error,
        rationale: LocalizedText(
            en: "With no accountable party nobody decides; with two, each waits for the other.",
            nl: "Zonder eindverantwoordelijke beslist niemand; met twee wacht de een op de ander."
        ),
        examples: RuleExamples(
            slot: .activities,
            triggering: """
                <activity id="report"><name>Report an incident</name>
                  <assignment party="it" role="R"/><assignment party="acme" role="R"/></activity>
            """,
            nonTriggering: """
                <activity id="report"><name>Report an incident</name>
                  <assignment party="it" role="A"/><assignment party="acme" role="R"/></activity>
            """
        )
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        guard case .register(let register) = document else { return [] }
        return register.matrices.flatMap { matrix in
            matrix.activities.compactMap { activity -> RuleFinding? in
                let accountable = activity.parties(withRole: .accountable)
                if accountable.isEmpty {
                    return RuleFinding(location: activity.location, message: LocalizedText(
                        en: "activity '\(activity.id)' in matrix '\(matrix.id)' has no accountable party; give exactly one party role=\"A\"",
                        nl: "activiteit '\(activity.id)' in matrix '\(matrix.id)' heeft geen eindverantwoordelijke; geef precies één partij role=\"A\""
                    ))
                }
                guard accountable.count > 1 else { return nil }
                let names = accountable.joined(separator: ", ")
                return RuleFinding(location: activity.location, message: LocalizedText(
                    en: "activity '\(activity.id)' in matrix '\(matrix.id)' has \(accountable.count) accountable parties (\(names)); keep one A and make the others R or C",
                    nl: "activiteit '\(activity.id)' in matrix '\(matrix.id)' heeft \(accountable.count) eindverantwoordelijken (\(names)); houd één A en maak de andere R of C"
                ))
            }
        }
    }
}
