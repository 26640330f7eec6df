/// A check that XSD 1.0 cannot express. One rule is one small type in one file.
protocol Rule: Sendable {
    /// What the rule is, for the catalogue, the docs and the example tests.
    static var description: RuleDescription { get }

    /// Everything in `document` that breaks the rule.
    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding]
}

/// What a rule needs besides the document.
struct RuleContext: Sendable {
    /// The date that counts as today.
    let today: CalendarDate
}

/// One place that breaks a rule, with a message that says how to fix it.
struct RuleFinding: Sendable {
    let location: SourceLocation
    let message: LocalizedText
}

/// A rule's identity, severity, reason and examples.
public struct RuleDescription: Sendable {
    /// A stable ID such as GR001.
    public let id: String
    public let title: LocalizedText
    public let severity: Severity
    /// Why the rule exists, in one line.
    public let rationale: LocalizedText
    /// A snippet that triggers the rule and one that does not, for the same place in a register.
    public let examples: RuleExamples
}

/// A triggering and a non-triggering snippet, each placed in `ExampleRegister` at `slot`.
public struct RuleExamples: Sendable {
    public let slot: ExampleRegister.Slot
    public let triggering: String
    public let nonTriggering: String
}
