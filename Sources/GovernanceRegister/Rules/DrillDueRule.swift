/// CT007: the continuity plan of a critical system is drilled on time.
struct DrillDueRule: Rule {
    enum Branch: String, CaseIterable {
        case overdue
        case neverHeld = "never-held"
    }

    static let description = RuleDescription(
        id: "CT007",
        title: LocalizedText(en: "Continuity drill overdue or never held", nl: "Oefening continuïteitsplan te laat of nooit gehouden"),
        severity: .warning,
        family: .continuity,
        rationale: LocalizedText(
            en: "A plan that is never drilled fails on the day it is needed; drills show what is missing.",
            nl: "Een plan dat nooit geoefend is, faalt op de dag dat het nodig is; oefeningen laten zien wat ontbreekt."
        ),
        branches: Branch.self,
        examples: [
            RuleExample(.systems, ExampleSystems.ehr(drills: #"<drill date="2024-06-01" outcome="passed"/>↓<drill date="2025-01-15" outcome="partial"/>"#)),
            RuleExample(.systems, ExampleSystems.ehr(drills: nil, marked: true)),
            RuleExample(.systems, ExampleSystems.ehr(drills: #"<drill date="2025-06-01" outcome="passed"/>"#)),
            RuleExample(.systems, ExampleSystems.ehr(criticality: "high", drills: nil)),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        (context.continuity?.systems ?? []).compactMap { facts in
            guard facts.isCritical, let drill = facts.drill, drill.status == .overdue else { return nil }
            guard let due = drill.due, let last = facts.system.drills.max(by: { $0.date < $1.date }) else {
                return RuleFinding(Branch.neverHeld, at: facts.system.location, .neverHeld(facts.system.name), system: facts.system.id)
            }
            return RuleFinding(Branch.overdue, at: last.location, .overdue(facts.system.name, due: due), system: facts.system.id)
        }
    }
}

private extension LocalizedText {
    static func overdue(_ system: String, due: CalendarDate) -> LocalizedText {
        LocalizedText { w in
            w("the continuity drill for \(system) was due on \(w.date(due)); hold it and record it", "de oefening voor \(system) stond op \(w.date(due)); houd ze en leg ze vast")
        }
    }

    static func neverHeld(_ system: String) -> LocalizedText {
        LocalizedText(
            en: "the continuity plan for \(system) was never drilled; plan a drill",
            nl: "het continuïteitsplan voor \(system) is nooit geoefend; plan een oefening"
        )
    }
}
