/// CT006: a critical system has a fallback procedure: what staff do while it is down.
struct FallbackRule: Rule {
    enum Branch: String, CaseIterable {
        case noFallback = "no-fallback"
    }

    static let description = RuleDescription(
        id: "CT006",
        title: LocalizedText(en: "No fallback procedure", nl: "Geen terugvalprocedure"),
        severity: .error,
        family: .continuity,
        rationale: LocalizedText(
            en: "Limit what you cannot prevent: care goes on only if staff know what to do without the system.",
            nl: "Beperk wat je niet kunt voorkomen: de zorg gaat alleen door als medewerkers weten wat ze zonder het systeem doen."
        ),
        branches: Branch.self,
        examples: [
            RuleExample(.systems, ExampleSystems.ehr(fallback: false, marked: true)),
            RuleExample(.systems, ExampleSystems.ehr + """
                ↓<system id="lab" criticality="critical"><name>Lab</name><maxDowntime>PT8H</maxDowntime>
                  \(ExampleSystems.backups)<drills interval="P1Y"><drill date="2026-03-01" outcome="passed"/></drills></system>
            """),
            RuleExample(.systems, ExampleSystems.ehr(criticality: "high", fallback: false)),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        (context.continuity?.systems ?? []).compactMap { facts in
            guard facts.isCritical, (facts.system.fallback ?? "").isEmpty else { return nil }
            return RuleFinding(Branch.noFallback, at: facts.system.location, .noFallback(facts.system.name), system: facts.system.id)
        }
    }
}

private extension LocalizedText {
    static func noFallback(_ system: String) -> LocalizedText {
        LocalizedText(
            en: "\(system) has no fallback procedure; write down what staff do while it is down",
            nl: "\(system) heeft geen terugvalprocedure; leg vast wat medewerkers doen als het uitvalt"
        )
    }
}
