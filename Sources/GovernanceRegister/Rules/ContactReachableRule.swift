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

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        var contacts: [(owner: String, contact: Contact)] = document.agreements.flatMap { agreement in
            agreement.escalation.map { ("agreement '\(agreement.id)'", $0.contact) }
        }
        if case .register(let register) = document {
            contacts += register.parties.flatMap { party in party.contacts.map { ("party '\(party.id)'", $0) } }
        }
        return contacts.filter { $0.contact.phones.isEmpty && $0.contact.emails.isEmpty }.map { owner, contact in
            RuleFinding(location: contact.location, message: LocalizedText(
                en: "contact '\(contact.name)' of \(owner) has no phone number or e-mail address; add at least one",
                nl: "contact '\(contact.name)' van \(owner.replacingOccurrences(of: "agreement", with: "overeenkomst").replacingOccurrences(of: "party", with: "partij")) heeft geen telefoonnummer of e-mailadres; voeg er minstens één toe"
            ))
        }.sorted { $0.location < $1.location }
    }
}

