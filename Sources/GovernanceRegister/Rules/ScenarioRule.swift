import Foundation

/// CT014: the plan prepares for the loss of every critical system, and every emergency in it says
/// who does what.
struct ScenarioRule: Rule {
    enum Branch: String, CaseIterable {
        case criticalSystemMissing = "critical-system-missing"
        case nobodyAssigned = "nobody-assigned"
    }

    static let description = RuleDescription(
        id: "CT014",
        title: LocalizedText(en: "Emergency the plan does not prepare for", nl: "Noodsituatie waar het plan niet op voorbereidt"),
        severity: .warning,
        family: .continuity,
        rationale: LocalizedText(
            en: "On the day a critical system goes down, staff need its procedure and to know whose task is what.",
            nl: "Op de dag dat een kritiek systeem uitvalt, hebben medewerkers de procedure nodig en moeten ze weten wie wat doet."
        ),
        branches: Branch.self,
        examples: [
            RuleExample([
                .parties: ExamplePlan.parties, .systems: ExampleSystems.ehr(marked: true),
                .plan: ExamplePlan.plan(scenarios: ExamplePlan.scenario.replacingOccurrences(of: #"<affects system="ehr"/>"#, with: "")),
            ]),
            ExamplePlan.example(ExamplePlan.plan(scenarios: ExamplePlan.scenario.replacingOccurrences(of: #"<task party="it">Call the vendor and keep the log</task>"#, with: "")
                .replacingOccurrences(of: "<scenario ", with: "↓<scenario "))),
            ExamplePlan.example(ExamplePlan.plan(scenarios: ExamplePlan.scenario + """
                <scenario id="fire" kind="fire" likelihood="low" priority="2"><name>Fire</name>
                  <impact>Building closed</impact><care>Care from the GP post</care><communication>Mobile phones</communication>
                  <privacy>Paper records stay in the fire safe</privacy><task party="it">Call the fire brigade</task></scenario>
            """)),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        guard case let .register(register) = document, let plan = register.plan else { return [] }
        let prepared = Set(plan.scenarios.flatMap(\.systemIDs))
        var found = register.systems.filter { $0.criticality == .critical && !prepared.contains($0.id) }.map { system in
            RuleFinding(Branch.criticalSystemMissing, at: system.location, .criticalSystemMissing(system.name), system: system.id)
        }
        found += plan.scenarios.filter(\.tasks.isEmpty).map { scenario in
            RuleFinding(Branch.nobodyAssigned, at: scenario.location, .nobodyAssigned(scenario.name))
        }
        return found
    }
}

private extension LocalizedText {
    static func criticalSystemMissing(_ system: String) -> LocalizedText {
        LocalizedText(
            en: "the continuity plan has no emergency in which critical \(system) goes down; add a scenario that affects it, with its procedure",
            nl: "het continuïteitsplan heeft geen noodsituatie waarin het kritieke \(system) uitvalt; voeg een scenario toe dat het treft, met de procedure"
        )
    }

    static func nobodyAssigned(_ scenario: String) -> LocalizedText {
        LocalizedText(
            en: "the emergency \"\(scenario)\" says nobody's task; add who does what (<task party=...>)",
            nl: "de noodsituatie \"\(scenario)\" noemt niemands taak; leg vast wie wat doet (<task party=...>)"
        )
    }
}
