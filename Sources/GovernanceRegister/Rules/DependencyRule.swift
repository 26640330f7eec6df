import Foundation

/// CT011: a critical system is no better covered than what it depends on: nothing in its chain of
/// dependencies may take longer to restore than the system itself, or have no restore time at all.
struct DependencyRule: Rule {
    enum Branch: String, CaseIterable {
        case weakerLink = "weaker-link"
        case uncoveredLink = "uncovered-link"
    }

    static let description = RuleDescription(
        id: "CT011",
        title: LocalizedText(en: "Critical system depends on something less covered", nl: "Kritiek systeem hangt af van iets dat minder gedekt is"),
        severity: .warning,
        family: .continuity,
        rationale: LocalizedText(
            en: "An HIS with 24x7 restore is down all weekend when the internet line it runs on is restored in office hours only.",
            nl: "Een HIS met 24x7-herstel ligt het hele weekend stil als de internetlijn waar het op draait alleen in kantoortijd hersteld wordt."
        ),
        branches: Branch.self,
        examples: [
            RuleExample([
                .systems: ExampleSystems.ehr(dependsOn: ["line"], marked: true) + ExampleSystems.line,
                .moreAgreements: ExampleSystems.lineAgreement,
            ]),
            RuleExample([
                .systems: ExampleSystems.ehr(dependsOn: ["network"], marked: true)
                    + #"    <system id="network" criticality="high"><name>Network</name><dependsOn system="line"/></system>"# + "\n" + ExampleSystems.line,
                .moreAgreements: ExampleSystems.lineAgreement,
            ]),
            RuleExample(.systems, ExampleSystems.ehr(dependsOn: ["line"], marked: true) + ExampleSystems.line),
            RuleExample([
                .systems: ExampleSystems.ehr(criticality: "high", dependsOn: ["line"]) + ExampleSystems.line,
                .moreAgreements: ExampleSystems.lineAgreement,
            ]),
            RuleExample([
                .systems: ExampleSystems.ehr(dependsOn: ["line"]) + #"    <system id="line" criticality="high" vendor="acme"><name>Internet line</name><dependsOn system="ehr"/></system>"# + "\n",
                .moreAgreements: ExampleSystems.lineAgreement.replacingOccurrences(of: #"<window days="mon tue wed thu fri" from="08:00" until="17:00"/>"#, with: "<always/>")
                    .replacingOccurrences(of: "PT8H", with: "PT2H"),
            ]),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        (context.continuity?.systems ?? []).filter(\.isCritical).flatMap { facts -> [RuleFinding] in
            var found: [RuleFinding] = []
            if let (link, worst) = facts.weakestLink, let own = facts.ownWorstCase {
                found.append(RuleFinding(Branch.weakerLink, at: facts.system.location, .weakerLink(facts.system, link: link, worst: worst, own: own), system: facts.system.id))
            }
            for link in facts.uncoveredLinks {
                found.append(RuleFinding(Branch.uncoveredLink, at: facts.system.location, .uncoveredLink(facts.system.name, link: link.name), system: facts.system.id))
            }
            return found
        }
    }
}

private extension LocalizedText {
    static func weakerLink(_ system: ITSystem, link: ITSystem, worst: ContinuityCheck.WorstCase, own: ContinuityCheck.WorstCase) -> LocalizedText {
        LocalizedText { w in
            let hours = ContinuityCheck.hours(worst.minutes, w), ownHours = ContinuityCheck.hours(own.minutes, w)
            let start = ContinuityCheck.moment(worst.start, w), end = ContinuityCheck.moment(worst.end, w)
            let beyond = system.maxDowntime.map { w(", more than the \(w.duration($0)) care can do without it", ", meer dan de \(w.duration($0)) die de zorg zonder kan") } ?? ""
            return w(
                "critical \(system.name) depends on \(link.name), which may be down \(hours) in the worst case (an outage at \(start) is restored \(end)), against \(ownHours) for \(system.name) itself; so \(system.name) may be down \(hours)\(beyond); agree the same restore for \(link.name), or a fallback that does not need it",
                "het kritieke \(system.name) hangt af van \(link.name), dat in het slechtste geval \(hours) kan uitvallen (uitval op \(start) is hersteld op \(end)), tegen \(ownHours) voor \(system.name) zelf; \(system.name) kan dus \(hours) uitvallen\(beyond); spreek voor \(link.name) hetzelfde herstel af, of een terugval die het niet nodig heeft"
            )
        }
    }

    static func uncoveredLink(_ system: String, link: String) -> LocalizedText {
        LocalizedText(
            en: "critical \(system) depends on \(link), which no agreement gives a restore time; agree one with its vendor",
            nl: "het kritieke \(system) hangt af van \(link), waarvoor geen overeenkomst een hersteltijd geeft; spreek die af met de leverancier"
        )
    }
}
