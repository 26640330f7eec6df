import Foundation
import Testing
@testable import GovernanceRegister

struct RuleCatalogTests {
    @Test("IDs are unique and numbered GR001, GR002, ... in order")
    func identifiers() {
        let ids = RuleCatalog.descriptions.map(\.id)
        #expect(ids == (1...ids.count).map { String(format: "GR%03d", $0) })
    }

    @Test("every rule file is listed in the catalogue")
    func everyRuleFileIsListed() throws {
        let folder = PackagePaths.root.appending(path: "Sources/GovernanceRegister/Rules")
        let ruleFiles = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix("Rule.swift") && $0 != "Rule.swift" }
            .map { String($0.dropLast(".swift".count)) }
        let listed = RuleCatalog.all.map { String(describing: type(of: $0)) }
        #expect(Set(ruleFiles) == Set(listed))
        #expect(listed.count == Set(listed).count)
    }

    @Test("every rule has a title, reason and examples in both languages")
    func descriptionsAreComplete() {
        for rule in RuleCatalog.descriptions {
            #expect(!rule.title.english.isEmpty && !rule.title.dutch.isEmpty, "\(rule.id)")
            #expect(!rule.rationale.english.isEmpty && !rule.rationale.dutch.isEmpty, "\(rule.id)")
            #expect(rule.examples.triggering != rule.examples.nonTriggering, "\(rule.id)")
        }
    }

    @Test("docs/rules.md is the catalogue as govreg prints it")
    func documentationIsCurrent() throws {
        let url = PackagePaths.root.appending(path: "docs/rules.md")
        let written = try String(contentsOf: url, encoding: .utf8)
        #expect(written == RuleCatalogReport.markdown(language: .english),
                "regenerate with: swift run govreg rules --format markdown > docs/rules.md")
    }
}
