/// CT004: for a critical system, the escalation path reaches the vendor's management within the
/// maximum downtime, or at once for the top priority.
struct ManagementInTimeRule: Rule {
    enum Branch: String, CaseIterable {
        case tooLate = "too-late"
    }

    static let description = RuleDescription(
        id: "CT004",
        title: LocalizedText(en: "Vendor management reached too late", nl: "Directie leverancier te laat bereikt"),
        severity: .warning,
        family: .continuity,
        rationale: LocalizedText(
            en: "Scale up fast: too big rather than too late. Management that hears of an outage after care has run out of time cannot help.",
            nl: "Schaal snel op: liever te groot dan te laat. Een directie die van de uitval hoort als de zorg geen tijd meer heeft, kan niet meer helpen."
        ),
        branches: Branch.self,
        examples: [
            RuleExample(.escalation, """
                <level after="PT0M"><name>Service desk</name>
                  <contact reachable24x7="true"><name>Service desk</name><phone>+31 20 555 0199</phone></contact></level>
                ↓<level after="PT12H"><name>Management</name>
                  <contact><name>Director of operations</name><phone>+31 6 5555 0123</phone></contact></level>
            """),
            RuleExample(.escalation, """
                <level after="PT0M"><name>Service desk</name>
                  <contact reachable24x7="true"><name>Service desk</name><phone>+31 20 555 0199</phone></contact></level>
                ↓<level after="PT12H" atOnceFor="P2"><name>Management</name>
                  <contact><name>Director of operations</name><phone>+31 6 5555 0123</phone></contact></level>
            """),
            RuleExample(.escalation, """
                <level after="PT0M"><name>Service desk</name>
                  <contact reachable24x7="true"><name>Service desk</name><phone>+31 20 555 0199</phone></contact></level>
                <level after="PT12H" atOnceFor="P1"><name>Management</name>
                  <contact><name>Director of operations</name><phone>+31 6 5555 0123</phone></contact></level>
            """),
            RuleExample([.systems: ExampleSystems.ehr(criticality: "high"), .escalation: """
                <level after="PT0M"><name>Service desk</name>
                  <contact reachable24x7="true"><name>Service desk</name><phone>+31 20 555 0199</phone></contact></level>
                <level after="PT12H"><name>Management</name>
                  <contact><name>Director of operations</name><phone>+31 6 5555 0123</phone></contact></level>
            """]),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        (context.continuity?.systems ?? []).filter(\.isCritical).flatMap { facts in
            facts.covering.compactMap { agreement -> RuleFinding? in
                // A level reached at once for the priority of an outage of a critical system is never late.
                guard let last = agreement.escalation.last, last.atOnceFor != agreement.serviceLevels.priorities.first?.name,
                      let maximum = facts.maximumMinutes, let after = last.after.exactSeconds, Int(after / 60) > maximum
                else { return nil }
                return RuleFinding(Branch.tooLate, at: last.location, .tooLate(facts.system, agreement: agreement, level: last), system: facts.system.id)
            }
        }
    }
}

private extension LocalizedText {
    static func tooLate(_ system: ITSystem, agreement: Agreement, level: EscalationLevel) -> LocalizedText {
        LocalizedText { w in
            let maximum = w.duration(system.maxDowntime ?? ISODuration())
            return w(
                "\(agreement.id) reaches the vendor's \(level.name) only \(w.delay(level.after)), after the \(maximum) \(system.name) may be down; escalate sooner: too big rather than too late",
                "\(agreement.id) bereikt \(level.name) van de leverancier pas \(w.delay(level.after)), later dan de \(maximum) die \(system.name) mag uitvallen; schaal eerder op: liever te groot dan te laat"
            )
        }
    }
}
