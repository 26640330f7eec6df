/// CT010: a critical system with 24x7 service can be reached around the clock at both ends: a
/// contact at the vendor reachable 24x7, one on our own side, and no escalation level that only
/// has office numbers.
struct ReachableBothWaysRule: Rule {
    enum Branch: String, CaseIterable {
        case vendorNotReachable = "vendor-not-reachable"
        case ourSideNotReachable = "our-side-not-reachable"
        case officeNumbersOnly = "office-numbers-only"
    }

    static let description = RuleDescription(
        id: "CT010",
        title: LocalizedText(en: "24x7 service that cannot be reached 24x7", nl: "24x7-service die niet 24x7 bereikbaar is"),
        severity: .warning,
        family: .continuity,
        rationale: LocalizedText(
            en: "24x7 service helps only when someone at the vendor answers at night, and someone of our own is there to call and be called.",
            nl: "24x7-service helpt alleen als er 's nachts iemand bij de leverancier opneemt, en er aan onze kant iemand is die belt en gebeld kan worden."
        ),
        branches: Branch.self,
        examples: [
            RuleExample(.escalation, """
                ↓<level after="PT0M"><name>Service desk</name>
                  <contact><name>Service desk</name><phone>+31 20 555 0199</phone></contact></level>
                <level after="PT2H"><name>Management</name>
                  <contact><name>Director of operations</name><phone>+31 6 5555 0123</phone></contact></level>
            """),
            RuleExample([
                .parties: """
                    <party id="it" kind="internal"><name>IT department</name>
                      <contact><name>Service desk</name><phone>+31 20 555 0100</phone></contact></party>
                    <party id="acme" kind="vendor"><name>Acme Health IT</name></party>
                """,
                .owner: #"↓<owner party="it"/>"#,
            ]),
            RuleExample(.escalation, """
                <level after="PT0M"><name>Service desk</name>
                  <contact reachable24x7="true"><name>Service desk</name><phone>+31 20 555 0199</phone></contact></level>
                ↓<level after="PT2H"><name>Management</name>
                  <contact><name>Director of operations</name><phone use="office">+31 20 555 0123</phone></contact></level>
            """),
            RuleExample(.escalation, """
                <level after="PT0M"><name>Service desk</name>
                  <contact reachable24x7="true"><name>Service desk</name><phone>+31 20 555 0199</phone></contact></level>
                <level after="PT2H"><name>Management</name>
                  <contact><name>Director of operations</name><phone use="office">+31 20 555 0123</phone><phone use="out-of-hours">+31 6 5555 0123</phone></contact></level>
            """),
            RuleExample([
                .systems: ExampleSystems.ehr(criticality: "high"),
                .escalation: """
                    <level after="PT0M"><name>Service desk</name>
                      <contact><name>Service desk</name><phone use="office">+31 20 555 0199</phone></contact></level>
                """,
            ]),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        guard case let .register(register) = document else { return [] }
        let parties = register.partiesByID
        return (context.continuity?.systems ?? []).filter(\.isCritical).flatMap { facts in
            facts.covering.filter(\.serviceLevels.hours.isAroundTheClock).flatMap { agreement -> [RuleFinding] in
                var found: [RuleFinding] = []
                let system = facts.system
                let vendorContacts = agreement.escalation.map(\.contact) + (parties[agreement.vendorID]?.contacts ?? [])
                if !vendorContacts.contains(where: \.reachable24x7) {
                    found.append(RuleFinding(Branch.vendorNotReachable, at: agreement.escalation.first?.location ?? agreement.location,
                                             .vendorNotReachable(system.name, agreement: agreement), system: system.id))
                }
                let ours = agreement.ownerID.flatMap { parties[$0] }.map { [$0] } ?? register.parties.filter { $0.kind == .internal }
                if !ours.flatMap(\.contacts).contains(where: \.reachable24x7) {
                    found.append(RuleFinding(Branch.ourSideNotReachable, at: agreement.ownerLocation ?? agreement.location,
                                             .ourSideNotReachable(system.name, agreement: agreement, owner: ours.count == 1 ? ours.first?.name : nil), system: system.id))
                }
                for (index, level) in agreement.escalation.enumerated() where !level.contact.reachable24x7 && !level.contact.phones.isEmpty
                    && level.contact.phones.allSatisfy({ $0.use == "office" }) {
                    found.append(RuleFinding(Branch.officeNumbersOnly, at: level.location,
                                             .officeNumbersOnly(system.name, agreement: agreement.id, level: index + 1, name: level.name), system: system.id))
                }
                return found
            }
        }
    }
}

private extension LocalizedText {
    static func vendorNotReachable(_ system: String, agreement: Agreement) -> LocalizedText {
        LocalizedText(
            en: "\(agreement.id) gives 24x7 service for critical \(system), but no contact at the vendor is reachable 24x7; ask the vendor for its 24x7 number and mark that contact reachable24x7=\"true\"",
            nl: "\(agreement.id) geeft 24x7-service voor het kritieke \(system), maar geen contact bij de leverancier is 24x7 bereikbaar; vraag de leverancier om het 24x7-nummer en zet bij dat contact reachable24x7=\"true\""
        )
    }

    static func ourSideNotReachable(_ system: String, agreement: Agreement, owner: String?) -> LocalizedText {
        let whoEN = owner.map { "at \($0)" } ?? "on our own side", whoNL = owner.map { "bij \($0)" } ?? "aan onze eigen kant"
        return LocalizedText(
            en: "\(agreement.id) gives 24x7 service for critical \(system), but no contact \(whoEN) is reachable 24x7 for the vendor to call at night; add an on-call contact with reachable24x7=\"true\"",
            nl: "\(agreement.id) geeft 24x7-service voor het kritieke \(system), maar geen contact \(whoNL) is 24x7 bereikbaar voor de leverancier; voeg een contact met dienst toe met reachable24x7=\"true\""
        )
    }

    static func officeNumbersOnly(_ system: String, agreement: String, level: Int, name: String) -> LocalizedText {
        LocalizedText(
            en: "\(agreement) escalation level \(level) (\(name)) has only office numbers, while \(system) has 24x7 service; add an out-of-hours or mobile number",
            nl: "\(agreement) escalatieniveau \(level) (\(name)) heeft alleen kantoornummers, terwijl \(system) 24x7-service heeft; voeg een nummer buiten kantoortijd of een mobiel nummer toe"
        )
    }
}
