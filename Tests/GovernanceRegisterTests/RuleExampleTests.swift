import Foundation
import Testing
@testable import GovernanceRegister

/// Runs every rule's own examples, register rules (GR) and continuity rules (CT) alike: adding a
/// rule needs no new test code. A triggering example marks with ↓ each start tag a finding must
/// point at; the rule must find exactly those places and nothing else must fire.
struct RuleExampleTests {
    private let validator = GovernanceValidator(options: ValidationOptions(asOf: ExampleRegister.asOf))

    /// What a rule's family finds in a document: (rule ID, branch, line, column) for each finding,
    /// with the schema and the other family's rules held to account as well.
    private func findings(of family: RuleFamily, in text: String) throws -> (ours: [(id: String, location: GovernanceRegister.SourceLocation)], problems: [String]) {
        let check = validator.check(bytes: Array(text.utf8), path: "example.xml")
        guard case .register(let register) = check.document else {
            return ([], check.diagnostics.map(\.formatted) + [check.readFailure?.message(in: .english) ?? ""])
        }
        switch family {
        case .register:
            return (check.diagnostics.map { ($0.id, $0.location) }, [])
        case .continuity:
            let continuity = ContinuityCheck(register: register, today: ExampleRegister.asOf, check: check)
            // Register rules may fire too where a continuity rule needs their case (a level without a phone).
            return (continuity.findings.map { ($0.id, $0.location) }, check.diagnostics.filter { $0.id.hasPrefix("XSD") || $0.id.hasPrefix("XML") }.map(\.formatted))
        }
    }

    @Test("the example register without any snippet breaks no rule of either family")
    func exampleRegisterIsClean() throws {
        for family in RuleFamily.allCases {
            let result = try findings(of: family, in: ExampleRegister.document())
            #expect(result.ours.isEmpty && result.problems.isEmpty, "\(family): \(result.ours) \(result.problems)")
        }
    }

    @Test("each rule has at least two triggering examples and one that does not trigger", arguments: RuleCatalog.descriptions.map(\.id))
    func enoughExamples(id: String) throws {
        let rule = try #require(RuleCatalog.description(of: id))
        #expect(rule.triggering.count >= 2, "\(id)")
        #expect(!rule.nonTriggering.isEmpty, "\(id)")
    }

    @Test("each triggering example finds the rule exactly where the markers point, and nothing else", arguments: RuleCatalog.descriptions.map(\.id))
    func triggering(id: String) throws {
        let rule = try #require(RuleCatalog.description(of: id))
        for (index, example) in rule.triggering.enumerated() {
            let (text, marks) = ExampleRegister.withoutMarkers(example.document)
            let result = try findings(of: rule.family, in: text)
            #expect(result.problems.isEmpty, "\(id) example \(index + 1): \(result.problems)")
            let mine = result.ours.filter { $0.id == id }.map(\.location)
            #expect(Set(mine) == Set(marks), "\(id) example \(index + 1): found at \(mine.map { "\($0.line):\($0.column)" }), marked \(marks.map { "\($0.line):\($0.column)" })")
            #expect(mine.count == marks.count, "\(id) example \(index + 1): \(mine.count) findings for \(marks.count) markers")
            let others = result.ours.filter { $0.id != id }
            #expect(others.isEmpty, "\(id) example \(index + 1) also triggers \(others.map(\.id))")
        }
    }

    @Test("each non-triggering example passes cleanly", arguments: RuleCatalog.descriptions.map(\.id))
    func nonTriggering(id: String) throws {
        let rule = try #require(RuleCatalog.description(of: id))
        for (index, example) in rule.nonTriggering.enumerated() {
            let result = try findings(of: rule.family, in: example.document)
            #expect(result.problems.isEmpty && result.ours.isEmpty, "\(id) good example \(index + 1): \(result.ours.map(\.id)) \(result.problems)")
        }
    }

    @Test("the triggering examples together reach every branch of the rule", arguments: RuleCatalog.descriptions.map(\.id))
    func everyBranchIsReached(id: String) throws {
        let rule = try #require(RuleCatalog.description(of: id))
        let implementation = try #require(RuleCatalog.all.first { type(of: $0).description.id == id })
        var reached: Set<String> = []
        for example in rule.triggering {
            let text = ExampleRegister.withoutMarkers(example.document).text
            let check = validator.check(bytes: Array(text.utf8), path: "example.xml")
            let document = try #require(check.document, "\(id): \(check.diagnostics.map(\.formatted))")
            var context = RuleContext(today: ExampleRegister.asOf)
            if case .register(let register) = document, rule.family == .continuity {
                context = RuleContext(today: ExampleRegister.asOf, continuity: ContinuityAnalysis(register: register, today: ExampleRegister.asOf, due: DueList(register: register, today: ExampleRegister.asOf)))
            }
            reached.formUnion(implementation.findings(in: document, context: context).map(\.branch))
        }
        #expect(reached == Set(rule.branches), "\(id): reached \(reached.sorted()), declared \(rule.branches)")
    }

    @Test("--strict makes a warning rule an error")
    func strict() throws {
        let rule = try #require(RuleCatalog.description(of: "GR009"))
        let document = Array(ExampleRegister.withoutMarkers(try #require(rule.triggering.first).document).text.utf8)
        #expect(validator.check(bytes: document, path: "x.xml").isValid)
        let strict = GovernanceValidator(options: ValidationOptions(asOf: ExampleRegister.asOf, strict: true))
        let check = strict.check(bytes: document, path: "x.xml")
        #expect(!check.isValid)
        #expect(check.diagnostics.map(\.severity) == [.error])
    }

    @Test("rule messages follow the register's language")
    func dutchMessages() throws {
        let rule = try #require(RuleCatalog.description(of: "GR001"))
        let english = ExampleRegister.withoutMarkers(try #require(rule.triggering.first).document).text
        let dutch = english.replacingOccurrences(of: #"xml:lang="en""#, with: #"xml:lang="nl""#)
        let message = validator.check(bytes: Array(dutch.utf8), path: "x.xml").diagnostics.first?.message ?? ""
        #expect(message.contains("eindverantwoordelijke"), "\(message)")
    }
}
