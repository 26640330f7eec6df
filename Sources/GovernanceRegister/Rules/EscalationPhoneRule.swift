/// GR006: every escalation level has a phone number.
struct EscalationPhoneRule: Rule {
    enum Branch: String, CaseIterable {
        case noPhone = "no-phone"
    }

    static let description = RuleDescription(
        id: "GR006",
        title: LocalizedText(en: "A phone number on every escalation level", nl: "Een telefoonnummer op elk escalatieniveau"),
        severity: .error,
        rationale: LocalizedText(
            en: "When the IT is down, e-mail and portals may be down too; the phone is what still works.",
            nl: "Als de IT uitvalt, werken e-mail en portalen misschien ook niet; de telefoon werkt dan nog."
        ),
        branches: Branch.self,
        examples: [
            RuleExample(.escalation, """
                <level after="PT0M"><name>Service desk</name>
                  ↓<contact><name>Service desk</name><email>desk@acme.example</email></contact></level>
                <level after="PT2H"><name>Management</name>
                  <contact><name>Director</name><phone>+31 6 5555 0123</phone></contact></level>
            """),
            RuleExample(.escalation, """
                <level after="PT0M"><name>Service desk</name>
                  <contact><name>Service desk</name><phone>+31 20 555 0199</phone></contact></level>
                <level after="PT2H"><name>Management</name>
                  ↓<contact><name>Director</name><email>director@acme.example</email></contact></level>
            """),
            RuleExample(.escalation, """
                <level after="PT0M"><name>Service desk</name>
                  <contact><name>Service desk</name><phone>+31 20 555 0199</phone><email>desk@acme.example</email></contact></level>
            """),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        document.agreements.flatMap { agreement in
            agreement.escalation.enumerated().filter { $0.element.contact.phones.isEmpty }.map { index, level in
                RuleFinding(Branch.noPhone, at: level.contact.location, .noPhone(agreement: agreement.id, level: index + 1, name: level.name))
            }
        }
    }
}

private extension LocalizedText {
    static func noPhone(agreement: String, level: Int, name: String) -> LocalizedText {
        LocalizedText(
            en: "agreement '\(agreement)': escalation level \(level) (\(name)) has no phone number; add a <phone> to its contact, it is what works when the IT is down",
            nl: "overeenkomst '\(agreement)': escalatieniveau \(level) (\(name)) heeft geen telefoonnummer; voeg een <phone> toe aan het contact, dat werkt nog als de IT uitvalt"
        )
    }
}
