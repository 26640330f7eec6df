/// CT003: an agreement that covers a critical system gives service 24x7.
struct AroundTheClockRule: Rule {
    enum Branch: String, CaseIterable {
        case notAroundTheClock = "not-around-the-clock"
    }

    static let description = RuleDescription(
        id: "CT003",
        title: LocalizedText(en: "Critical system without 24x7 service", nl: "Kritiek systeem zonder 24x7-service"),
        severity: .warning,
        family: .continuity,
        rationale: LocalizedText(
            en: "Business-critical systems need fast, expert response around the clock, not only in office hours.",
            nl: "Bedrijfskritische systemen hebben dag en nacht snelle, deskundige hulp nodig, niet alleen tijdens kantooruren."
        ),
        branches: Branch.self,
        examples: [
            RuleExample([
                .systems: ExampleSystems.ehr(maxDowntime: "P5D"),
                .serviceHours: #"↓<serviceHours><window days="mon tue wed thu fri" from="08:00" until="17:00"/></serviceHours>"#,
            ]),
            RuleExample([
                .systems: ExampleSystems.ehr(maxDowntime: "P5D"),
                .serviceHours: #"↓<serviceHours><window days="mon tue wed thu fri sat sun" from="00:00" until="24:00"/></serviceHours>"#,
            ]),
            RuleExample(.serviceHours, #"<serviceHours onPublicHolidays="open"><window days="mon tue wed thu fri sat sun" from="00:00" until="24:00"/></serviceHours>"#),
            RuleExample([
                .systems: ExampleSystems.ehr(criticality: "high", maxDowntime: "P5D"),
                .serviceHours: #"<serviceHours><window days="mon tue wed thu fri" from="08:00" until="17:00"/></serviceHours>"#,
            ]),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        (context.continuity?.systems ?? []).filter(\.isCritical).flatMap { facts in
            facts.covering.filter { !$0.serviceLevels.hours.isAroundTheClock }.map { agreement in
                RuleFinding(Branch.notAroundTheClock, at: agreement.serviceLevels.hoursLocation, .notAroundTheClock(facts.system.name, agreement: agreement), system: facts.system.id)
            }
        }
    }
}

private extension LocalizedText {
    static func notAroundTheClock(_ system: String, agreement: Agreement) -> LocalizedText {
        LocalizedText { w in
            let service = w.serviceHours(agreement.serviceLevels.hours)
            return w(
                "\(agreement.id) gives service only \(service) for critical \(system); business-critical systems need 24x7: agree it with the vendor and write <always/> in the agreement's <serviceHours>",
                "\(agreement.id) geeft alleen service \(service) voor het kritieke \(system); bedrijfskritische systemen hebben 24x7 nodig: spreek dat af met de leverancier en schrijf <always/> in <serviceHours> van de overeenkomst"
            )
        }
    }
}
