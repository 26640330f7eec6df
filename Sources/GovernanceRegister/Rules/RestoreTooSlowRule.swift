/// CT002: in the worst case, the vendor restores a top-priority outage within the system's maximum
/// downtime, counted in real time over the service hours.
struct RestoreTooSlowRule: Rule {
    enum Branch: String, CaseIterable {
        case tooSlow = "too-slow"
        case neverInTime = "never-in-time"
    }

    static let description = RuleDescription(
        id: "CT002",
        title: LocalizedText(en: "Worst-case restore longer than the maximum downtime", nl: "Herstel in het slechtste geval langer dan de maximale uitvaltijd"),
        severity: .error,
        family: .continuity,
        rationale: LocalizedText(
            en: "A restore time counts only in service hours; an outage on Friday evening can last all weekend while care has hours to spare.",
            nl: "Een hersteltijd telt alleen in servicetijd; uitval op vrijdagavond kan het hele weekend duren, terwijl de zorg maar uren heeft."
        ),
        branches: Branch.self,
        examples: [
            RuleExample([
                .systems: ExampleSystems.ehr(criticality: "high"),
                .serviceHours: #"<serviceHours><window days="mon tue wed thu fri" from="08:00" until="17:00"/></serviceHours>"#,
                .priorities: """
                    ↓<priority name="P1"><responseTime>PT30M</responseTime><restoreTime>PT4H</restoreTime></priority>
                    <priority name="P2"><responseTime>PT1H</responseTime><restoreTime>PT8H</restoreTime></priority>
                """,
            ]),
            RuleExample([
                .systems: ExampleSystems.ehr(criticality: "high", maxDowntime: "P30D"),
                .serviceHours: #"<serviceHours><window days="mon" from="09:00" until="10:00"/></serviceHours>"#,
                .priorities: """
                    ↓<priority name="P1"><responseTime>PT30M</responseTime><restoreTime>P3D</restoreTime></priority>
                    <priority name="P2"><responseTime>PT1H</responseTime><restoreTime>P4D</restoreTime></priority>
                """,
            ]),
            RuleExample([
                .systems: ExampleSystems.ehr(criticality: "high", maxDowntime: "P4D"),
                .serviceHours: #"<serviceHours><window days="mon tue wed thu fri" from="08:00" until="17:00"/></serviceHours>"#,
            ]),
            RuleExample(.systems, ExampleSystems.ehr(criticality: "high", maxDowntime: nil)),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        (context.continuity?.systems ?? []).compactMap { facts in
            if let agreement = facts.beyondHorizon, let top = agreement.serviceLevels.priorities.first {
                return RuleFinding(Branch.neverInTime, at: top.location, .neverInTime(facts.system.name, agreement: agreement, top: top), system: facts.system.id)
            }
            guard let agreement = facts.slowest, let worst = facts.ownWorstCase, let maximum = facts.maximumMinutes, worst.minutes > maximum,
                  let top = agreement.serviceLevels.priorities.first
            else { return nil }
            return RuleFinding(Branch.tooSlow, at: top.location, .tooSlow(facts, agreement: agreement, top: top, worst: worst), system: facts.system.id)
        }
    }
}

private extension LocalizedText {
    static func tooSlow(_ facts: ContinuityAnalysis.SystemFacts, agreement: Agreement, top: PriorityLevel, worst: ContinuityCheck.WorstCase) -> LocalizedText {
        let name = facts.system.name, maximum = facts.system.maxDowntime ?? ISODuration()
        return LocalizedText { w in
            let hours = ContinuityCheck.hours(worst.minutes, w), service = w.serviceHours(agreement.serviceLevels.hours)
            let start = ContinuityCheck.moment(worst.start, w), end = ContinuityCheck.moment(worst.end, w)
            return w(
                "\(name) may be down \(hours) in the worst case (\(top.name) restore \(w.duration(top.restoreTime)) within \(service); an outage at \(start) is restored \(end)), longer than the \(w.duration(maximum)) care can do without it; agree 24x7 restore or a faster restore time in \(agreement.id)",
                "\(name) kan in het slechtste geval \(hours) uitvallen (\(top.name)-herstel \(w.duration(top.restoreTime)) binnen \(service); uitval op \(start) is hersteld op \(end)), langer dan de \(w.duration(maximum)) die de zorg zonder kan; spreek 24x7-herstel of een snellere hersteltijd af in \(agreement.id)"
            )
        }
    }

    static func neverInTime(_ system: String, agreement: Agreement, top: PriorityLevel) -> LocalizedText {
        LocalizedText { w in
            let service = w.serviceHours(agreement.serviceLevels.hours), restore = w.duration(top.restoreTime)
            return w(
                "\(system) may never be restored in time: \(agreement.id) gives \(service), too little to provide the \(top.name) restore time of \(restore) within a year of some outages; agree service hours that cover the restore time, or 24x7 (<always/>)",
                "\(system) wordt mogelijk nooit op tijd hersteld: \(agreement.id) geeft \(service), te weinig om de \(top.name)-hersteltijd van \(restore) binnen een jaar na sommige storingen te halen; spreek servicetijden af die de hersteltijd dekken, of 24x7 (<always/>)"
            )
        }
    }
}
