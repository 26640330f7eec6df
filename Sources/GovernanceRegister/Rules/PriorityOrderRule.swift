/// GR004: a higher priority never has a longer response or restore time than a lower one.
struct PriorityOrderRule: Rule {
    enum Branch: String, CaseIterable {
        case slowerResponse = "slower-response"
        case slowerRestore = "slower-restore"
    }

    static let description = RuleDescription(
        id: "GR004",
        title: LocalizedText(en: "Higher priority is never slower", nl: "Hogere prioriteit is nooit trager"),
        severity: .error,
        rationale: LocalizedText(
            en: "Priorities are listed from high to low; a P1 that waits longer than a P2 is a mistake in the SLA.",
            nl: "Prioriteiten staan van hoog naar laag; een P1 die langer wacht dan een P2 is een fout in de SLA."
        ),
        branches: Branch.self,
        examples: [
            RuleExample(.priorities, """
                ↓<priority name="P1"><responseTime>PT2H</responseTime><restoreTime>PT4H</restoreTime></priority>
                <priority name="P2"><responseTime>PT1H</responseTime><restoreTime>PT8H</restoreTime></priority>
            """),
            RuleExample(.priorities, """
                <priority name="P1"><responseTime>PT30M</responseTime><restoreTime>PT4H</restoreTime></priority>
                ↓<priority name="P2"><responseTime>PT1H</responseTime><restoreTime>P2D</restoreTime></priority>
                <priority name="P3"><responseTime>PT4H</responseTime><restoreTime>P1D</restoreTime></priority>
            """),
            RuleExample(.priorities, """
                <priority name="P1"><responseTime>PT30M</responseTime><restoreTime>PT4H</restoreTime></priority>
                <priority name="P2"><responseTime>PT30M</responseTime><restoreTime>PT4H</restoreTime></priority>
                <priority name="P3"><responseTime>PT4H</responseTime><restoreTime>P1D</restoreTime></priority>
            """),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        document.agreements.flatMap { agreement -> [RuleFinding] in
            let priorities = agreement.serviceLevels.priorities
            return zip(priorities, priorities.dropFirst()).flatMap { higher, lower -> [RuleFinding] in
                var found: [RuleFinding] = []
                if higher.responseTime.isLonger(than: lower.responseTime) {
                    found.append(RuleFinding(Branch.slowerResponse, at: higher.location, .slower(
                        LocalizedText(en: "response time", nl: "reactietijd"), higher, higher.responseTime, lower, lower.responseTime, agreement: agreement.id)))
                }
                if higher.restoreTime.isLonger(than: lower.restoreTime) {
                    found.append(RuleFinding(Branch.slowerRestore, at: higher.location, .slower(
                        LocalizedText(en: "restore time", nl: "hersteltijd"), higher, higher.restoreTime, lower, lower.restoreTime, agreement: agreement.id)))
                }
                return found
            }
        }
    }
}

private extension LocalizedText {
    static func slower(_ what: LocalizedText, _ higher: PriorityLevel, _ high: ISODuration, _ lower: PriorityLevel, _ low: ISODuration, agreement: String) -> LocalizedText {
        LocalizedText(
            en: "agreement '\(agreement)': \(what.english) of \(higher.name) (\(high)) is longer than that of the lower priority \(lower.name) (\(low)); list priorities from high to low and give the higher one the shorter time",
            nl: "overeenkomst '\(agreement)': \(what.dutch) van \(higher.name) (\(high)) is langer dan die van de lagere prioriteit \(lower.name) (\(low)); zet prioriteiten van hoog naar laag en geef de hogere de kortere tijd"
        )
    }
}
