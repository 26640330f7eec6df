/// GR011: an agreement's or a system's vendor is a party of kind vendor.
struct VendorPartyRule: Rule {
    enum Branch: String, CaseIterable {
        case agreementVendor = "agreement-vendor"
        case systemVendor = "system-vendor"
    }

    static let description = RuleDescription(
        id: "GR011",
        title: LocalizedText(en: "Vendors are vendor parties", nl: "Leveranciers zijn partijen van soort vendor"),
        severity: .error,
        rationale: LocalizedText(
            en: "An agreement with an internal department is not a vendor agreement; reports and escalation cards would show the wrong party.",
            nl: "Een overeenkomst met een eigen afdeling is geen leveranciersovereenkomst; rapporten en escalatiekaarten tonen dan de verkeerde partij."
        ),
        branches: Branch.self,
        examples: [
            RuleExample([
                .agreement: #"↓<agreement id="ehr-sla" vendor="it">"#,
                .systems: """
                    <system id="ehr" criticality="critical"><name>EHR</name>
                      <maxDowntime>PT8H</maxDowntime><fallback>Paper forms.</fallback>
                      <drills interval="P1Y"><drill date="2026-03-01" outcome="passed"/></drills></system>
                """,
            ]),
            RuleExample(.systems, """
                ↓<system id="ehr" criticality="critical" vendor="it"><name>EHR</name>
                  <maxDowntime>PT8H</maxDowntime><fallback>Paper forms.</fallback>
                  <drills interval="P1Y"><drill date="2026-03-01" outcome="passed"/></drills></system>
            """),
            RuleExample([
                .parties: """
                    <party id="it" kind="internal"><name>IT department</name></party>
                    <party id="acme" kind="internal"><name>Acme Health IT</name></party>
                """,
                .agreement: #"↓<agreement id="ehr-sla" vendor="acme">"#,
                .systems: """
                    ↓<system id="ehr" criticality="critical" vendor="acme"><name>EHR</name>
                      <maxDowntime>PT8H</maxDowntime><fallback>Paper forms.</fallback>
                      <drills interval="P1Y"><drill date="2026-03-01" outcome="passed"/></drills></system>
                """,
            ]),
            RuleExample(.systems, """
                <system id="ehr" criticality="critical"><name>EHR</name>
                  <maxDowntime>PT8H</maxDowntime><fallback>Paper forms.</fallback>
                  <drills interval="P1Y"><drill date="2026-03-01" outcome="passed"/></drills></system>
            """),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        guard case .register(let register) = document else { return [] }
        let parties = register.partiesByID
        func isVendor(_ id: String) -> Bool {
            // A missing party is the schema's keyref error, not this rule's.
            parties[id].map { $0.kind == .vendor } ?? true
        }
        let agreements = register.agreements.filter { !isVendor($0.vendorID) }.map { agreement in
            RuleFinding(Branch.agreementVendor, at: agreement.location, .agreementVendor(agreement: agreement.id, vendor: agreement.vendorID))
        }
        let systems = register.systems.filter { $0.vendorID.map { !isVendor($0) } ?? false }.map { system in
            RuleFinding(Branch.systemVendor, at: system.location, .systemVendor(system: system.id, vendor: system.vendorID ?? ""))
        }
        return agreements + systems
    }
}

private extension LocalizedText {
    static func agreementVendor(agreement: String, vendor: String) -> LocalizedText {
        LocalizedText(
            en: "agreement '\(agreement)': vendor '\(vendor)' is not a party of kind=\"vendor\"; point vendor= at the vendor, or change the party's kind",
            nl: "overeenkomst '\(agreement)': leverancier '\(vendor)' is geen partij met kind=\"vendor\"; laat vendor= naar de leverancier wijzen, of pas de soort van de partij aan"
        )
    }

    static func systemVendor(system: String, vendor: String) -> LocalizedText {
        LocalizedText(
            en: "system '\(system)': vendor '\(vendor)' is not a party of kind=\"vendor\"; leave vendor= out for a system run in-house",
            nl: "systeem '\(system)': leverancier '\(vendor)' is geen partij met kind=\"vendor\"; laat vendor= weg voor een systeem in eigen beheer"
        )
    }
}
