/// GR013: an agreement's owner and every escalation counterpart are internal parties.
struct InternalPartyRule: Rule {
    static let description = RuleDescription(
        id: "GR013",
        title: LocalizedText(en: "Owners and counterparts are internal", nl: "Eigenaren en tegenhangers zijn intern"),
        severity: .error,
        rationale: LocalizedText(
            en: "The vendor cannot own our side of the agreement or be our own counterpart when escalating.",
            nl: "De leverancier kan niet onze kant van de overeenkomst beheren of onze eigen tegenhanger zijn bij escalatie."
        ),
        examples: RuleExamples(
            slot: .parties,
            triggering: """
                <party id="it" kind="vendor"><name>IT department</name></party>
                <party id="acme" kind="vendor"><name>Acme Health IT</name></party>
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
            parties[id]?.kind == .vendor
        }
        var found: [RuleFinding] = []
        for agreement in register.agreements {
            if let owner = agreement.ownerID, isVendor(owner) {
                found.append(RuleFinding(location: agreement.ownerLocation ?? agreement.location, message: LocalizedText(
                    en: "agreement '\(agreement.id)': owner '\(owner)' is a vendor; the owner is the internal party that manages the agreement",
                    nl: "overeenkomst '\(agreement.id)': eigenaar '\(owner)' is een leverancier; de eigenaar is de interne partij die de overeenkomst beheert"
                )))
            }
            for (index, level) in agreement.escalation.enumerated() {
                guard let counterpart = level.counterpartID, isVendor(counterpart) else { continue }
                found.append(RuleFinding(location: level.counterpartLocation ?? level.location, message: LocalizedText(
                    en: "agreement '\(agreement.id)': counterpart '\(counterpart)' of escalation level \(index + 1) is a vendor; name the internal party that talks to the vendor at this level",
                    nl: "overeenkomst '\(agreement.id)': tegenhanger '\(counterpart)' van escalatieniveau \(index + 1) is een leverancier; noem de interne partij die op dit niveau met de leverancier spreekt"
                )))
            }
        }
        return found
    }
}
