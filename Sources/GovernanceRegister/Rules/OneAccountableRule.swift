/// GR001: every RACI activity has exactly one accountable party.
struct OneAccountableRule: Rule {
    enum Branch: String, CaseIterable {
        case noAccountable = "no-accountable"
        case severalAccountable = "several-accountable"
    }

    static let description = RuleDescription(
        id: "GR001",
        title: LocalizedText(en: "Exactly one A per activity", nl: "Precies één A per activiteit"),
        severity: .error,
        rationale: LocalizedText(
            en: "With no accountable party nobody decides; with two, each waits for the other.",
            nl: "Zonder eindverantwoordelijke beslist niemand; met twee wacht de een op de ander."
        ),
        branches: Branch.self,
        examples: [
            RuleExample(.activities, """
                ↓<activity id="report"><name>Report an incident</name>
                  <assignment party="it" role="R"/><assignment party="acme" role="R"/></activity>
            """),
            RuleExample([
                .parties: ExampleRegister.defaults[.parties, default: ""] + """

                    <party id="board" kind="internal"><name>Board</name></party>
                """,
                .activities: """
                    <activity id="report"><name>Report an incident</name>
                      <assignment party="it" role="A"/><assignment party="acme" role="R"/></activity>
                    ↓<activity id="escalate"><name>Escalate</name>
                      <assignment party="it" role="A"/><assignment party="board" role="A"/><assignment party="acme" role="R"/></activity>
                """,
            ]),
            RuleExample(.activities, """
                <activity id="report"><name>Report an incident</name>
                  <assignment party="it" role="A"/><assignment party="acme" role="R"/></activity>
                <activity id="change"><name>Change a setting</name>
                  <assignment party="it" role="A R"/><assignment party="acme" role="C"/></activity>
            """),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        guard case .register(let register) = document else { return [] }
        return register.matrices.flatMap { matrix in
            matrix.activities.compactMap { activity -> RuleFinding? in
                let accountable = activity.parties(withRole: .accountable)
                if accountable.isEmpty {
                    return RuleFinding(Branch.noAccountable, at: activity.location, .noAccountable(activity: activity.id, matrix: matrix.id))
                }
                guard accountable.count > 1 else { return nil }
                return RuleFinding(Branch.severalAccountable, at: activity.location, .severalAccountable(activity: activity.id, matrix: matrix.id, parties: accountable))
            }
        }
    }
}

private extension LocalizedText {
    static func noAccountable(activity: String, matrix: String) -> LocalizedText {
        LocalizedText(
            en: "activity '\(activity)' in matrix '\(matrix)' has no accountable party; give exactly one party role=\"A\"",
            nl: "activiteit '\(activity)' in matrix '\(matrix)' heeft geen eindverantwoordelijke; geef precies één partij role=\"A\""
        )
    }

    static func severalAccountable(activity: String, matrix: String, parties: [String]) -> LocalizedText {
        let names = parties.joined(separator: ", ")
        return LocalizedText(
            en: "activity '\(activity)' in matrix '\(matrix)' has \(parties.count) accountable parties (\(names)); keep one A and make the others R or C",
            nl: "activiteit '\(activity)' in matrix '\(matrix)' heeft \(parties.count) eindverantwoordelijken (\(names)); houd één A en maak de andere R of C"
        )
    }
}
