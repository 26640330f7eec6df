import Foundation

/// GR005: escalation levels follow each other in strictly increasing time.
struct EscalationOrderRule: Rule {
    enum Branch: String, CaseIterable {
        case notLater = "not-later"
    }

    static let description = RuleDescription(
        id: "GR005",
        title: LocalizedText(en: "Escalation levels in time order", nl: "Escalatieniveaus op volgorde van tijd"),
        severity: .error,
        rationale: LocalizedText(
            en: "Staff read the path top to bottom during an outage; each level must come later than the one before.",
            nl: "Tijdens uitval lezen medewerkers het pad van boven naar beneden; elk niveau moet later komen dan het vorige."
        ),
        branches: Branch.self,
        examples: [
            RuleExample(.escalation, """
                <level after="PT4H"><name>Service desk</name>
                  <contact><name>Service desk</name><phone>+31 20 555 0199</phone></contact></level>
                ↓<level after="PT2H"><name>Management</name>
                  <contact><name>Director</name><phone>+31 6 5555 0123</phone></contact></level>
            """),
            RuleExample(.escalation, """
                <level after="PT0M"><name>Service desk</name>
                  <contact><name>Service desk</name><phone>+31 20 555 0199</phone></contact></level>
                <level after="PT1H"><name>Team lead</name>
                  <contact><name>Team lead</name><phone>+31 20 555 0198</phone></contact></level>
                ↓<level after="PT60M"><name>Management</name>
                  <contact><name>Director</name><phone>+31 6 5555 0123</phone></contact></level>
            """),
            RuleExample(.escalation, """
                <level after="PT0M"><name>Service desk</name>
                  <contact><name>Service desk</name><phone>+31 20 555 0199</phone></contact></level>
                <level after="PT1H"><name>Team lead</name>
                  <contact><name>Team lead</name><phone>+31 20 555 0198</phone></contact></level>
                <level after="PT2H"><name>Management</name>
                  <contact><name>Director</name><phone>+31 6 5555 0123</phone></contact></level>
            """),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        document.agreements.flatMap { agreement -> [RuleFinding] in
            let levels = Array(agreement.escalation.enumerated())
            return zip(levels, levels.dropFirst()).compactMap { earlier, later -> RuleFinding? in
                // Only an order that holds in every month counts (P1M against P30D does not).
                guard let order = ISODuration.order(earlier.element.after, later.element.after), order != .orderedAscending else { return nil }
                return RuleFinding(Branch.notLater, at: later.element.location, .notLater(agreement: agreement.id, earlier: earlier, later: later))
            }
        }
    }
}

private extension LocalizedText {
    static func notLater(agreement: String, earlier: (offset: Int, element: EscalationLevel), later: (offset: Int, element: EscalationLevel)) -> LocalizedText {
        LocalizedText(
            en: "agreement '\(agreement)': escalation level \(later.offset + 1) (\(later.element.name)) starts after \(later.element.after), not later than level \(earlier.offset + 1) (\(earlier.element.after)); give each level a later 'after' than the one before",
            nl: "overeenkomst '\(agreement)': escalatieniveau \(later.offset + 1) (\(later.element.name)) begint na \(later.element.after), niet later dan niveau \(earlier.offset + 1) (\(earlier.element.after)); geef elk niveau een latere 'after' dan het vorige"
        )
    }
}
