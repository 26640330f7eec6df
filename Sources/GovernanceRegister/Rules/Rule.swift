/// A check that XSD 1.0 cannot express. One rule is one small type in one file: its description
/// (identity, severity, reason, the ways it can be broken, and examples of each) and a function.
protocol Rule: Sendable {
    /// What the rule is, for the catalogue, the docs and the example tests.
    static var description: RuleDescription { get }

    /// Everything in `document` that breaks the rule.
    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding]
}

/// Which command checks a rule.
public enum RuleFamily: String, Sendable, Codable, CaseIterable {
    /// Checked by `govreg validate` and every command that reads a file (GR).
    case register
    /// Checked by `govreg continuity`: do the agreements cover what the care needs (CT).
    case continuity
}

/// What a rule needs besides the document.
struct RuleContext: Sendable {
    /// The date that counts as today.
    let today: CalendarDate
    /// For continuity rules: what the agreements promise each system, worked out once.
    let continuity: ContinuityAnalysis?

    init(today: CalendarDate, continuity: ContinuityAnalysis? = nil) {
        self.today = today
        self.continuity = continuity
    }
}

/// One place that breaks a rule, with a message that says how to fix it.
struct RuleFinding: Sendable {
    let location: SourceLocation
    /// Which of the rule's ways of being broken this is (one of `RuleDescription.branches`).
    let branch: String
    let message: LocalizedText
    /// The system a continuity finding is about, for reports that group by system.
    let system: String?

    init(_ branch: some RawRepresentable<String>, at location: SourceLocation, _ message: LocalizedText, system: String? = nil) {
        self.location = location
        self.branch = branch.rawValue
        self.message = message
        self.system = system
    }
}

/// A rule's identity, severity, reason, the ways it can be broken, and examples.
public struct RuleDescription: Sendable {
    /// A stable ID such as GR001 or CT002.
    public let id: String
    public let title: LocalizedText
    public let severity: Severity
    public let family: RuleFamily
    /// Why the rule exists, in one line.
    public let rationale: LocalizedText
    /// Every way the rule can be broken; the examples show each one.
    public let branches: [String]
    /// Made when asked for (by the docs and the tests), not each time the rule runs.
    public var examples: [RuleExample] { makeExamples() }
    private let makeExamples: @Sendable () -> [RuleExample]

    init<Branch: RawRepresentable<String> & CaseIterable>(
        id: String, title: LocalizedText, severity: Severity, family: RuleFamily = .register, rationale: LocalizedText,
        branches: Branch.Type, examples: @autoclosure @escaping @Sendable () -> [RuleExample]
    ) {
        self.id = id
        self.title = title
        self.severity = severity
        self.family = family
        self.rationale = rationale
        self.branches = Branch.allCases.map(\.rawValue)
        makeExamples = examples
    }

    public var triggering: [RuleExample] { examples.filter(\.triggers) }
    public var nonTriggering: [RuleExample] { examples.filter { !$0.triggers } }
}

/// Snippets for slots of `ExampleRegister`. In a triggering example, `↓` marks each start tag a
/// finding must point at; an example without markers must not trigger the rule at all.
public struct RuleExample: Sendable {
    public let snippets: [ExampleRegister.Slot: String]

    init(_ snippets: [ExampleRegister.Slot: String]) {
        self.snippets = snippets
    }

    init(_ slot: ExampleRegister.Slot, _ snippet: String) {
        snippets = [slot: snippet]
    }

    /// Whether the example breaks the rule (it marks where).
    public var triggers: Bool {
        snippets.values.contains { $0.contains(ExampleRegister.marker) }
    }

    /// The whole example register with these snippets, markers included.
    public var document: String {
        ExampleRegister.document(with: snippets)
    }
}
