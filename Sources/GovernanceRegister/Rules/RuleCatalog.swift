import Foundation

/// Every semantic rule govreg checks, in ID order. A test guards that each rule file is listed here
/// and that IDs are unique.
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
    ]

    /// The descriptions of every rule, in ID order.
    public static var descriptions: [RuleDescription] {
        all.map { type(of: $0).description }
    }

    /// The description of one rule.
    public static func description(of id: String) -> RuleDescription? {
        descriptions.first { $0.id.caseInsensitiveCompare(id) == .orderedSame }
    }
}

