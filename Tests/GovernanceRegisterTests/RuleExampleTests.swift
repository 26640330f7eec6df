import Foundation
import Testing
@testable import GovernanceRegister

/// Runs every rule's own examples: adding a rule needs no new test code.
struct RuleExampleTests {
    private let validator = GovernanceValidator(options: ValidationOptions(asOf: ExampleRegister.asOf))

    @Test("the example register without any snippet is valid")
    func exampleRegisterIsValid() {
        let check = validator.check(bytes: Array(ExampleRegister.document().utf8), path: "example.xml")
        #expect(check.diagnostics.isEmpty, "\(check.diagnostics.map(\.formatted))")
    }

    @Test("each rule's bad example triggers it", arguments: RuleCatalog.descriptions.map(\.id))
    func triggering(id: String) throws {
        let rule = try #require(RuleCatalog.description(of: id))
        let document = ExampleRegister.document(with: rule.examples.triggering, in: rule.examples.slot)
        let check = validator.check(bytes: Array(document.utf8), path: "example.xml")
        let found = check.diagnostics.filter { $0.id == id }
        #expect(!found.isEmpty, "\(id) not triggered; got \(check.diagnostics.map(\.formatted))")
        #expect(found.allSatisfy { $0.severity == rule.severity })
        #expect(check.diagnostics.allSatisfy { $0.id == id }, "other problems: \(check.diagnostics.map(\.formatted))")
    }

    @Test("each rule's good example passes cleanly", arguments: RuleCatalog.descriptions.map(\.id))
    func nonTriggering(id: String) throws {
        let rule = try #require(RuleCatalog.description(of: id))
        let document = ExampleRegister.document(with: rule.examples.nonTriggering, in: rule.examples.slot)
        let check = validator.check(bytes: Array(document.utf8), path: "example.xml")
        #expect(check.diagnostics.isEmpty, "\(check.diagnostics.map(\.formatted))")
    }

    @Test("--strict makes a warning rule an error")
    func strict() throws {
        let rule = try #require(RuleCatalog.description(of: "GR009"))
        let document = Array(ExampleRegister.document(with: rule.examples.triggering, in: rule.examples.slot).utf8)
        #expect(validator.check(bytes: document, path: "x.xml").isValid)
        let strict = GovernanceValidator(options: ValidationOptions(asOf: ExampleRegister.asOf, strict: true))
        let check = strict.check(bytes: document, path: "x.xml")
        #expect(!check.isValid)
        #expect(check.diagnostics.map(\.severity) == [.error])
    }

    @Test("rule messages follow the register's language")
    func dutchMessages() throws {
        let rule = try #require(RuleCatalog.description(of: "GR001"))
        let english = ExampleRegister.document(with: rule.examples.triggering, in: rule.examples.slot)
        let dutch = english.replacingOccurrences(of: #"xml:lang="en""#, with: #"xml:lang="nl""#)
        let message = validator.check(bytes: Array(dutch.utf8), path: "x.xml").diagnostics.first?.message ?? ""
        #expect(message.contains("eindverantwoordelijke"), "\(message)")
    }
}
