/// CT005: every escalation level of an agreement that covers a system has a phone number.
struct LevelPhoneRule: Rule {
    enum Branch: String, CaseIterable {
        case noPhone = "no-phone"
    }

    static let description = RuleDescription(
        id: "CT005",
        title: LocalizedText(en: "Escalation level without a phone number", nl: "Escalatieniveau zonder telefoonnummer"),
        severity: .error,
        family: .continuity,
        rationale: LocalizedText(
            en: "When all technical means fail, the phone numbers on paper are what still works.",
            nl: "Als alle technische middelen uitvallen, werken de telefoonnummers op papier nog."
        ),
        branches: Branch.self,
        examples: [
            RuleExample(.escalation, """
                ↓<level after="PT0M"><name>Service desk</name>
                  <contact reachable24x7="true"><name>Service desk</name><email>desk@acme.example</email></contact></level>
                <level after="PT2H"><name>Management</name>
                  <contact><name>Director of operations</name><phone>+31 6 5555 0123</phone></contact></level>
            """),
            RuleExample([.systems: ExampleSystems.ehr(criticality: "low"), .escalation: """
                <level after="PT0M"><name>Service desk</name>
                  <contact reachable24x7="true"><name>Service desk</name><phone>+31 20 555 0199</phone></contact></level>
                ↓<level after="PT2H"><name>Management</name>
                  <contact><name>Director of operations</name><email>director@acme.example</email></contact></level>
            """]),
            RuleExample(.escalation, """
                <level after="PT0M"><name>Service desk</name>
                  <contact reachable24x7="true"><name>Service desk</name><phone>+31 20 555 0199</phone><email>desk@acme.example</email></contact></level>
            """),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        (context.continuity?.systems ?? []).flatMap { facts in
            facts.covering.flatMap { agreement in
                agreement.escalation.enumerated().filter { $0.element.contact.phones.isEmpty }.map { index, level in
                    RuleFinding(Branch.noPhone, at: level.location, .noPhone(agreement: agreement.id, level: index + 1, name: level.name), system: facts.system.id)
                }
            }
        }
    }
}

private extension LocalizedText {
    static func noPhone(agreement: String, level: Int, name: String) -> LocalizedText {
        LocalizedText(
            en: "\(agreement) escalation level \(level) (\(name)) has no phone number; when the IT is down, the phone is what works",
            nl: "\(agreement) escalatieniveau \(level) (\(name)) heeft geen telefoonnummer; als de IT uitvalt, werkt de telefoon nog"
        )
    }
}
