import Foundation
import Testing
@testable import GovernanceRegister

struct RuleCatalogTests {
    @Test("IDs are unique and numbered in order: GR001, GR002, ... for register rules, CT001, ... for continuity rules")
    func identifiers() {
        for (family, prefix) in [(RuleFamily.register, "GR"), (.continuity, "CT")] {
            let ids = RuleCatalog.descriptions.filter { $0.family == family }.map(\.id)
            #expect(ids == (1...ids.count).map { String(format: "\(prefix)%03d", $0) })
        }
        #expect(RuleCatalog.descriptions.map(\.id) == RuleCatalog.descriptions.map(\.id).sorted { ($0.hasPrefix("CT") ? 1 : 0, $0) < ($1.hasPrefix("CT") ? 1 : 0, $1) })
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
            #expect(!rule.branches.isEmpty, "\(rule.id)")
        }
    }

    @Test("docs/rules.md is the catalogue as govreg prints it")
    func documentationIsCurrent() throws {
        let url = PackagePaths.root.appending(path: "docs/rules.md")
        let written = try String(contentsOf: url, encoding: .utf8)
        #expect(written == RulesFormat.markdown.reporter.render(RuleCatalogue(), wording: Wording(.english)),
                "regenerate with: swift run govreg rules --format markdown > docs/rules.md")
    }
}
