/// GR003: per priority, the response time is not longer than the restore time, and the restore
/// time not longer than the resolution time.
struct ResponseWithinRestoreRule: Rule {
    static let description = RuleDescription(
        id: "GR003",
        title: LocalizedText(en: "Response before restore", nl: "Reactie vóór herstel"),
        severity: .error,
        rationale: LocalizedText(
            en: "A service cannot be restored before anyone responds; such times are a typing error or a weak SLA.",
            nl: "Een dienst kan niet hersteld zijn voordat iemand reageert; zulke tijden zijn een tikfout of een zwakke SLA."
        ),
        examples: RuleExamples(
            slot: .priorities,
            triggering: """
                <priority name="P1"><responseTime>PT8H</responseTime><restoreTime>PT4H</restoreTime></priority>
            """,
            nonTriggering: """
                <priority name="P1"><responseTime>PT30M</responseTime><restoreTime>PT4H</restoreTime></priority>
            """
        )
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        document.agreements.flatMap { agreement in
            agreement.serviceLevels.priorities.flatMap { priority -> [RuleFinding] in
                var found: [RuleFinding] = []
                if priority.responseTime.isLonger(than: priority.restoreTime) {
                    found.append(RuleFinding(location: priority.location, message: LocalizedText(
                        en: "priority \(priority.name) in agreement '\(agreement.id)': response time \(priority.responseTime) is longer than restore time \(priority.restoreTime); the response must come first",
                        nl: "prioriteit \(priority.name) in overeenkomst '\(agreement.id)': reactietijd \(priority.responseTime) is langer dan hersteltijd \(priority.restoreTime); de reactie moet eerst komen"
                    )))
                }
                if let resolution = priority.resolutionTime, priority.restoreTime.isLonger(than: resolution) {
                    found.append(RuleFinding(location: priority.location, message: LocalizedText(
                        en: "priority \(priority.name) in agreement '\(agreement.id)': restore time \(priority.restoreTime) is longer than resolution time \(resolution); restore comes before the final solution",
                        nl: "prioriteit \(priority.name) in overeenkomst '\(agreement.id)': hersteltijd \(priority.restoreTime) is langer dan oplostijd \(resolution); herstel komt vóór de definitieve oplossing"
                    )))
                }
                return found
            }
        }
    }
}
