/// GR013: an agreement's owner and our counterparts on its escalation path are internal parties.
struct InternalPartyRule: Rule {
    enum Branch: String, CaseIterable {
        case ownerIsVendor = "owner-is-vendor"
        case counterpartIsVendor = "counterpart-is-vendor"
    }

    static let description = RuleDescription(
        id: "GR013",
        title: LocalizedText(en: "Owners and counterparts are internal", nl: "Eigenaren en tegenhangers zijn intern"),
        severity: .error,
        rationale: LocalizedText(
            en: "The vendor cannot own our side of the agreement or be our own counterpart when escalating.",
            nl: "De leverancier kan niet onze kant van de overeenkomst beheren of onze eigen tegenhanger zijn bij escalatie."
        ),
        branches: Branch.self,
        examples: [
            RuleExample(.owner, #"↓<owner party="acme"/>"#),
            RuleExample(.escalation, """
                <level after="PT0M"><name>Service desk</name>
                  <contact><name>Service desk</name><phone>+31 20 555 0199</phone></contact>
                  <counterpart party="it"/></level>
                <level after="PT2H"><name>Management</name>
                  <contact><name>Director</name><phone>+31 6 5555 0123</phone></contact>
                  ↓<counterpart party="acme"/></level>
            """),
            RuleExample(.escalation, """
                <level after="PT0M"><name>Service desk</name>
                  <contact><name>Service desk</name><phone>+31 20 555 0199</phone></contact>
                  <counterpart party="it"/></level>
            """),
        ]
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
                found.append(RuleFinding(Branch.ownerIsVendor, at: agreement.ownerLocation ?? agreement.location, .ownerIsVendor(agreement: agreement.id, owner: owner)))
            }
            for (index, level) in agreement.escalation.enumerated() {
                guard let counterpart = level.counterpartID, isVendor(counterpart) else { continue }
                found.append(RuleFinding(Branch.counterpartIsVendor, at: level.counterpartLocation ?? level.location,
                                         .counterpartIsVendor(agreement: agreement.id, counterpart: counterpart, level: index + 1)))
            }
        }
        return found
    }
}

private extension LocalizedText {
    static func ownerIsVendor(agreement: String, owner: String) -> LocalizedText {
        LocalizedText(
            en: "agreement '\(agreement)': owner '\(owner)' is a vendor; the owner is the internal party that manages the agreement",
            nl: "overeenkomst '\(agreement)': eigenaar '\(owner)' is een leverancier; de eigenaar is de interne partij die de overeenkomst beheert"
        )
    }

    static func counterpartIsVendor(agreement: String, counterpart: String, level: Int) -> LocalizedText {
        LocalizedText(
            en: "agreement '\(agreement)': counterpart '\(counterpart)' of escalation level \(level) is a vendor; name the internal party that talks to the vendor at this level",
            nl: "overeenkomst '\(agreement)': tegenhanger '\(counterpart)' van escalatieniveau \(level) is een leverancier; noem de interne partij die op dit niveau met de leverancier spreekt"
        )
    }
}
