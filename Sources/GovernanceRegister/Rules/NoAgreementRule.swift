/// CT001: a critical system run by a vendor is covered by an active agreement.
struct NoAgreementRule: Rule {
    enum Branch: String, CaseIterable {
        case uncovered
    }

    static let description = RuleDescription(
        id: "CT001",
        title: LocalizedText(en: "Critical system without an agreement", nl: "Kritiek systeem zonder overeenkomst"),
        severity: .error,
        family: .continuity,
        rationale: LocalizedText(
            en: "Without an agreement nothing says how fast the vendor responds or restores when the system the care depends on is down.",
            nl: "Zonder overeenkomst staat nergens hoe snel de leverancier reageert of herstelt als het systeem waar de zorg op draait uitvalt."
        ),
        branches: Branch.self,
        examples: [
            RuleExample(.systems, ExampleSystems.ehr + """
                ↓<system id="lab" criticality="critical" vendor="acme"><name>Lab</name>
                  <maxDowntime>PT8H</maxDowntime><fallback>Paper requests.</fallback>
                  \(ExampleSystems.backups)<drills interval="P1Y"><drill date="2026-03-01" outcome="passed"/></drills></system>
            """),
            RuleExample([.agreement: #"<agreement id="ehr-sla" vendor="acme" status="draft">"#, .systems: """
                ↓<system id="ehr" criticality="critical" vendor="acme"><name>EHR</name>
                  <maxDowntime>PT8H</maxDowntime><fallback>Paper forms.</fallback>
                  \(ExampleSystems.backups)<drills interval="P1Y"><drill date="2026-03-01" outcome="passed"/></drills></system>
            """]),
            RuleExample(.systems, ExampleSystems.ehr + """
                <system id="lab" criticality="critical"><name>Lab, run in-house</name>
                  <maxDowntime>PT8H</maxDowntime><fallback>Paper requests.</fallback>
                  \(ExampleSystems.backups)<drills interval="P1Y"><drill date="2026-03-01" outcome="passed"/></drills></system>
            """),
            RuleExample(.systems, ExampleSystems.ehr + """
                <system id="lab" criticality="high" vendor="acme"><name>Lab</name></system>
            """),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        (context.continuity?.systems ?? []).compactMap { facts in
            guard facts.isCritical, facts.system.vendorID != nil, facts.covering.isEmpty else { return nil }
            return RuleFinding(Branch.uncovered, at: facts.system.location, .uncovered(facts.system.name), system: facts.system.id)
        }
    }
}

private extension LocalizedText {
    static func uncovered(_ system: String) -> LocalizedText {
        LocalizedText(
            en: "\(system) is critical but no active agreement covers it; agree service levels with the vendor",
            nl: "\(system) is kritiek maar geen lopende overeenkomst dekt het; maak afspraken over serviceniveaus met de leverancier"
        )
    }
}
