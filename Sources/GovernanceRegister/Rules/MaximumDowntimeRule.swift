/// CT009: a critical system says how long care can do without it.
struct MaximumDowntimeRule: Rule {
    enum Branch: String, CaseIterable {
        case notSet = "not-set"
    }

    static let description = RuleDescription(
        id: "CT009",
        title: LocalizedText(en: "No maximum downtime set", nl: "Geen maximale uitvaltijd vastgelegd"),
        severity: .warning,
        family: .continuity,
        rationale: LocalizedText(
            en: "Without a maximum downtime nothing can tell whether the agreements are fast enough for the care.",
            nl: "Zonder maximale uitvaltijd kan niemand zeggen of de afspraken snel genoeg zijn voor de zorg."
        ),
        branches: Branch.self,
        examples: [
            RuleExample(.systems, ExampleSystems.ehr(maxDowntime: nil, marked: true)),
            RuleExample(.systems, ExampleSystems.ehr + """
                ↓<system id="network" criticality="critical"><name>Network</name><fallback>Paper forms.</fallback>
                  \(ExampleSystems.backups)<drills interval="P1Y"><drill date="2026-03-01" outcome="passed"/></drills></system>
            """),
            RuleExample(.systems, ExampleSystems.ehr(criticality: "medium", maxDowntime: nil)),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        (context.continuity?.systems ?? []).compactMap { facts in
            guard facts.isCritical, facts.system.maxDowntime == nil else { return nil }
            return RuleFinding(Branch.notSet, at: facts.system.location, .notSet(facts.system.name), system: facts.system.id)
        }
    }
}

private extension LocalizedText {
    static func notSet(_ system: String) -> LocalizedText {
        LocalizedText(
            en: "\(system) has no maximum tolerable downtime; decide how long care can do without it",
            nl: "\(system) heeft geen maximaal toelaatbare uitvaltijd; bepaal hoe lang de zorg zonder kan"
        )
    }
}
