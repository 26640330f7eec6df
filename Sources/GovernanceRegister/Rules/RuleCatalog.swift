import Foundation

/// Every rule govreg checks beyond the XSD, in ID order: the register rules (GR), which every
/// command that reads a file checks, and the continuity rules (CT), which `govreg continuity`
/// checks. A test guards that each rule file is listed here and that IDs are unique.
public enum RuleCatalog {
    static let all: [any Rule] = [
        OneAccountableRule(),
        ResponsibleRule(),
        ResponseWithinRestoreRule(),
        PriorityOrderRule(),
        EscalationOrderRule(),
        EscalationPhoneRule(),
        TermDatesRule(),
        NoticeWithinTermRule(),
        ReviewIntervalRule(),
        NotInFutureRule(),
        VendorPartyRule(),
        ContactReachableRule(),
        InternalPartyRule(),
        RenewalTermRule(),
        RegisterLanguageRule(),
        IncidentDatesRule(),
        FilledInRule(),
        NoAgreementRule(),
        RestoreTooSlowRule(),
        AroundTheClockRule(),
        ManagementInTimeRule(),
        LevelPhoneRule(),
        FallbackRule(),
        DrillDueRule(),
        OutageEvaluatedRule(),
        MaximumDowntimeRule(),
        ReachableBothWaysRule(),
        DependencyRule(),
        BackupRule(),
        PlanApprovalRule(),
        ScenarioRule(),
        CommunicationRule(),
    ]

    /// The descriptions of every rule, in ID order.
    public static var descriptions: [RuleDescription] {
        all.map { type(of: $0).description }
    }

    /// The description of one rule.
    public static func description(of id: String) -> RuleDescription? {
        descriptions.first { $0.id.caseInsensitiveCompare(id) == .orderedSame }
    }

    /// What the rules of one family find in a document, each finding with its rule.
    static func findings(_ family: RuleFamily, in document: GovernanceDocument, context: RuleContext) -> [(rule: RuleDescription, finding: RuleFinding)] {
        // The rules are independent of each other: on a large register each runs on a core of its
        // own (on a small one, starting the threads would take longer than the rules).
        var entries = document.agreements.count
        if case .register(let register) = document { entries += register.systems.count + register.incidents.count + register.parties.count }
        return all.mapOnEveryCore(atLeast: entries >= 1_000 ? 2 : Int.max) { rule -> [(rule: RuleDescription, finding: RuleFinding)] in
            let description = type(of: rule).description
            guard description.family == family else { return [] }
            return rule.findings(in: document, context: context).map { (description, $0) }
        }.flatMap { $0 }
    }
}
