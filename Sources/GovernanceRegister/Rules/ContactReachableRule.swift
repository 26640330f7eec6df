/// GR012: every contact has a phone number or an e-mail address.
struct ContactReachableRule: Rule {
    enum Branch: String, CaseIterable {
        case unreachable
    }

    static let description = RuleDescription(
        id: "GR012",
        title: LocalizedText(en: "Every contact can be reached", nl: "Elk contact is bereikbaar"),
        severity: .error,
        rationale: LocalizedText(
            en: "A name without a number or address does not help anyone reach that person.",
            nl: "Een naam zonder nummer of adres helpt niemand die persoon te bereiken."
        ),
        branches: Branch.self,
        examples: [
            RuleExample(.parties, """
                <party id="it" kind="internal"><name>IT department</name>
                  ↓<contact><name>Service desk</name></contact></party>
                <party id="acme" kind="vendor"><name>Acme Health IT</name></party>
            """),
            RuleExample(.parties, """
                <party id="it" kind="internal"><name>IT department</name>
                  <contact><name>Service desk</name><phone>+31 20 555 0100</phone></contact></party>
                <party id="acme" kind="vendor"><name>Acme Health IT</name>
                  ↓<contact><name>Account manager</name><role>Sales</role></contact></party>
            """),
            RuleExample(.parties, """
                <party id="it" kind="internal"><name>IT department</name>
                  <contact><name>Service desk</name><email>ict@hospital.example</email></contact></party>
                <party id="acme" kind="vendor"><name>Acme Health IT</name></party>
            """),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        guard case .register(let register) = document else { return [] }
        return register.parties.flatMap { party in
            party.contacts.filter { $0.phones.isEmpty && $0.emails.isEmpty }.map { contact in
                RuleFinding(Branch.unreachable, at: contact.location, .unreachable(contact: contact.name, party: party.id))
            }
        }
    }
}

private extension LocalizedText {
    static func unreachable(contact: String, party: String) -> LocalizedText {
        LocalizedText(
            en: "contact '\(contact)' of party '\(party)' has no phone number or e-mail address; add at least one",
            nl: "contact '\(contact)' van partij '\(party)' heeft geen telefoonnummer of e-mailadres; voeg er minstens één toe"
        )
    }
}
