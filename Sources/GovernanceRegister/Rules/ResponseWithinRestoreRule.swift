/// GR003: per priority, the response comes before the restore, and the restore before the resolution.
struct ResponseWithinRestoreRule: Rule {
    enum Branch: String, CaseIterable {
        case responseAfterRestore = "response-after-restore"
        case restoreAfterResolution = "restore-after-resolution"
    }

    static let description = RuleDescription(
        id: "GR003",
        title: LocalizedText(en: "Response before restore", nl: "Reactie vóór herstel"),
        severity: .error,
        rationale: LocalizedText(
            en: "A service cannot be restored before anyone responds; such times are a typing error or a weak SLA.",
            nl: "Een dienst kan niet hersteld zijn voordat iemand reageert; zulke tijden zijn een tikfout of een zwakke SLA."
        ),
        branches: Branch.self,
        examples: [
            RuleExample(.priorities, """
                ↓<priority name="P1"><responseTime>PT8H</responseTime><restoreTime>PT4H</restoreTime></priority>
                <priority name="P2"><responseTime>PT8H</responseTime><restoreTime>PT8H</restoreTime></priority>
            """),
            RuleExample(.priorities, """
                <priority name="P1"><responseTime>PT30M</responseTime><restoreTime>PT4H</restoreTime></priority>
                ↓<priority name="P2"><responseTime>PT1H</responseTime><restoreTime>P3D</restoreTime><resolutionTime>P1D</resolutionTime></priority>
            """),
            RuleExample(.priorities, """
                <priority name="P1"><responseTime>PT30M</responseTime><restoreTime>PT4H</restoreTime><resolutionTime>P5D</resolutionTime></priority>
                <priority name="P2"><responseTime>PT1H</responseTime><restoreTime>PT8H</restoreTime></priority>
            """),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        document.agreements.flatMap { agreement in
            agreement.serviceLevels.priorities.flatMap { priority -> [RuleFinding] in
                var found: [RuleFinding] = []
                if priority.responseTime.isLonger(than: priority.restoreTime) {
                    found.append(RuleFinding(Branch.responseAfterRestore, at: priority.location, .responseAfterRestore(priority, agreement: agreement.id)))
                }
                if let resolution = priority.resolutionTime, priority.restoreTime.isLonger(than: resolution) {
                    found.append(RuleFinding(Branch.restoreAfterResolution, at: priority.location, .restoreAfterResolution(priority, resolution, agreement: agreement.id)))
                }
                return found
            }
        }
    }
}

private extension LocalizedText {
    static func responseAfterRestore(_ priority: PriorityLevel, agreement: String) -> LocalizedText {
        LocalizedText(
            en: "priority \(priority.name) in agreement '\(agreement)': response time \(priority.responseTime) is longer than restore time \(priority.restoreTime); the response must come first",
            nl: "prioriteit \(priority.name) in overeenkomst '\(agreement)': reactietijd \(priority.responseTime) is langer dan hersteltijd \(priority.restoreTime); de reactie moet eerst komen"
        )
    }

    static func restoreAfterResolution(_ priority: PriorityLevel, _ resolution: ISODuration, agreement: String) -> LocalizedText {
        LocalizedText(
            en: "priority \(priority.name) in agreement '\(agreement)': restore time \(priority.restoreTime) is longer than resolution time \(resolution); restore comes before the final solution",
            nl: "prioriteit \(priority.name) in overeenkomst '\(agreement)': hersteltijd \(priority.restoreTime) is langer dan oplostijd \(resolution); herstel komt vóór de definitieve oplossing"
        )
    }
}
