/// GR004: a higher priority (listed earlier) is never slower than a lower one.
struct PriorityOrderRule: Rule {
    static let description = RuleDescription(
        id: "GR004",
        title: LocalizedText(en: "Higher priority is never slower", nl: "Hogere prioriteit is nooit trager"),
        severity: .error,
        rationale: LocalizedText(
            en: "Priorities are listed from high to low; a P1 that waits longer than a P2 is a mistake in the SLA.",
            nl: "Prioriteiten staan van hoog naar laag; een P1 die langer wacht dan een P2 is een fout in de SLA."
        ),
        examples: RuleExamples(
            slot: .priorities,
            triggering: """
                <priority name="P1"><responseTime>PT2H</responseTime><restoreTime>PT8H</restoreTime></priority>
                <priority name="P2"><responseTime>PT1H</responseTime><restoreTime>PT4H</restoreTime></priority>
            """,
            nonTriggering: """
                <priority name="P1"><responseTime>PT30M</responseTime><restoreTime>PT4H</restoreTime></priority>
                <priority name="P2"><responseTime>PT1H</responseTime><restoreTime>PT8H</restoreTime></priority>
            """
        )
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        document.agreements.flatMap { agreement -> [RuleFinding] in
            let priorities = agreement.serviceLevels.priorities
            return zip(priorities, priorities.dropFirst()).flatMap { higher, lower -> [RuleFinding] in
                let checks = [
                    ("response time", "reactietijd", higher.responseTime, lower.responseTime),
                    ("restore time", "hersteltijd", higher.restoreTime, lower.restoreTime),
                ]
                return checks.filter { $0.2.isLonger(than: $0.3) }.map { english, dutch, high, low in
                    RuleFinding(location: higher.location, message: LocalizedText(
                        en: "agreement '\(agreement.id)': \(english) of \(higher.name) (\(high)) is longer than that of the lower priority \(lower.name) (\(low)); list priorities from high to low and give the higher one the shorter time",
                        nl: "overeenkomst '\(agreement.id)': \(dutch) van \(higher.name) (\(high)) is langer dan die van de lagere prioriteit \(lower.name) (\(low)); zet prioriteiten van hoog naar laag en geef de hogere de kortere tijd"
                    ))
                }
            }
        }
    }
}
