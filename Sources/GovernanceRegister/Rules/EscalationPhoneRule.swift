/// GR006: every escalation level has a phone number.
struct EscalationPhoneRule: Rule {
    static let description = RuleDescription(
        id: "GR006",
        title: LocalizedText(en: "A phone number on every escalation level", nl: "Een telefoonnummer op elk escalatieniveau"),
        severity: .error,
        rationale: LocalizedText(
            en: "When the IT is down, e-mail and portals may be down too; the phone is what still works.",
            nl: "Als de IT uitvalt, werken e-mail en portalen misschien ook niet; de telefoon werkt dan nog."
        ),
        examples: RuleExamples(
            slot: .escalation,
            triggering: """
                <level after="PT0M"><name>Service desk</name>
                  <contact><name>Service desk</name><email>support@acme.example</email></contact></level>
            """,
            nonTriggering: """
                <level after="PT0M"><name>Service desk</name>
                  <contact><name>Service desk</name><phone>+31 20 555 0199</phone></contact></level>
            """
        )
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        document.agreements.flatMap { agreement in
            agreement.escalation.enumerated().filter { $0.element.contact.phones.isEmpty }.map { index, level in
                RuleFinding(location: level.contact.location, message: LocalizedText(
                    en: "agreement '\(agreement.id)': escalation level \(index + 1) (\(level.name)) has no phone number; add a <phone> to its contact, it is what works when the IT is down",
                    nl: "overeenkomst '\(agreement.id)': escalatieniveau \(index + 1) (\(level.name)) heeft geen telefoonnummer; voeg een <phone> toe aan het contact, dat werkt nog als de IT uitvalt"
                ))
            }
        }
    }
}
