import Foundation

/// GR012: every contact has a phone number or an e-mail address.
struct ContactReachableRule: Rule {
    static let description = RuleDescription(
        id: "GR012",
        title: LocalizedText(en: "Every contact can be reached", nl: "Elk contact is bereikbaar"),
        severity: .error,
        rationale: LocalizedText(
            en: "A name without a number or address does not help anyone reach that person.",
            nl: "Een naam zonder nummer of adres helpt niemand die persoon te bereiken."
        ),
        examples: RuleExamples(
            slot: .parties,
            triggering: """
                <party id="it" kind="internal"><name>IT department</name>
                  <contact><name>Service desk</name></contact></party>
                <party id="acme" kind="vendor"><name>Acme Health IT</name></party>
            """,
            nonTriggering: """
                <party id="it" kind="internal"><name>IT department</name>
                  <contact><name>Service desk</name><email>ict@hospital.example</email></contact></party>
                <party id="acme" kind="vendor"><name>Acme Health IT</name></party>
            """
        )
    )

    /// Escalation contacts are GR006's: they need a phone, which makes them reachable too.
    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        guard case .register(let register) = document else { return [] }
        return register.parties.flatMap { party in
            party.contacts.filter { $0.phones.isEmpty && $0.emails.isEmpty }.map { contact in
                RuleFinding(location: contact.location, message: LocalizedText(
                    en: "contact '\(contact.name)' of party '\(party.id)' has no phone number or e-mail address; add at least one",
                    nl: "contact '\(contact.name)' van partij '\(party.id)' heeft geen telefoonnummer of e-mailadres; voeg er minstens één toe"
                ))
            }
        }
    }
}

