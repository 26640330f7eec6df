/// GR011: an agreement's or a system's vendor is a party of kind vendor.
struct VendorPartyRule: Rule {
    static let description = RuleDescription(
        id: "GR011",
        title: LocalizedText(en: "Vendors are vendor parties", nl: "Leveranciers zijn partijen van soort vendor"),
        severity: .error,
        rationale: LocalizedText(
            en: "An agreement with an internal department is not a vendor agreement; reports and escalation cards would show the wrong party.",
            nl: "Een overeenkomst met een eigen afdeling is geen leveranciersovereenkomst; rapporten en escalatiekaarten tonen dan de verkeerde partij."
        ),
        examples: RuleExamples(
            slot: .parties,
            triggering: """
                <party id="it" kind="internal"><name>IT department</name></party>
                <party id="acme" kind="internal"><name>Acme Health IT</name></party>
            """,
            nonTriggering: """
                <party id="it" kind="internal"><name>IT department</name></party>
                <party id="acme" kind="vendor"><name>Acme Health IT</name></party>
            """
        )
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        guard case .register(let register) = document else { return [] }
        let parties = register.partiesByID
        func isVendor(_ id: String) -> Bool {
            // A missing party is the schema's keyref error, not this rule's.
            parties[id].map { $0.kind == .vendor } ?? true
        }
        let agreements = register.agreements.filter { !isVendor($0.vendorID) }.map { agreement in
            RuleFinding(location: agreement.location, message: LocalizedText(
                en: "agreement '\(agreement.id)': vendor '\(agreement.vendorID)' is not a party of kind=\"vendor\"; point vendor= at the vendor, or change the party's kind",
                nl: "overeenkomst '\(agreement.id)': leverancier '\(agreement.vendorID)' is geen partij met kind=\"vendor\"; laat vendor= naar de leverancier wijzen, of pas de soort van de partij aan"
            ))
        }
        let systems = register.systems.filter { $0.vendorID.map { !isVendor($0) } ?? false }.map { system in
            RuleFinding(location: system.location, message: LocalizedText(
                en: "system '\(system.id)': vendor '\(system.vendorID ?? "")' is not a party of kind=\"vendor\"; leave vendor= out for a system run in-house",
                nl: "systeem '\(system.id)': leverancier '\(system.vendorID ?? "")' is geen partij met kind=\"vendor\"; laat vendor= weg voor een systeem in eigen beheer"
            ))
        }
        return agreements + systems
    }
}
