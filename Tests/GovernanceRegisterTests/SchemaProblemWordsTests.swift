import GovernanceXML
import Testing
@testable import GovernanceRegister

/// Every key and reference of the schemas has words of its own in both languages, so that a new
/// constraint cannot slip through to the generic "the value is used twice".
struct SchemaProblemWordsTests {
    @Test("every key, unique and keyref of the schemas is worded in English and Dutch")
    func everyConstraintWorded() throws {
        let model = try GovregSchemas.model.get()
        let constraints = model.elements.values.flatMap { element in
            model.placements(fromRoot: element.name).flatMap(\.element.identityConstraints)
        }
        #expect(constraints.count > 15)
        for constraint in constraints {
            let words = constraint.kind == .keyref ? SchemaProblem.references[constraint.name] : SchemaProblem.uniques[constraint.name]
            #expect(words != nil, "\(constraint.name) has no words")
            #expect(words.map { !$0.english.isEmpty && !$0.dutch.isEmpty && $0.english != $0.dutch } ?? false)
        }
        let names = Set(constraints.map(\.name))
        #expect(Set(SchemaProblem.references.keys).subtracting(names).isEmpty, "words for constraints that are gone")
        #expect(Set(SchemaProblem.uniques.keys).subtracting(names).isEmpty, "words for constraints that are gone")
    }

    @Test("a misspelling is recognised: case, a letter changed, added, left out, or two swapped")
    func nearestName() {
        let allowed = ["critical", "high", "medium", "low"]
        #expect(NearestName.of("High", among: allowed) == "high")
        #expect(NearestName.of("hihg", among: allowed) == "high")
        #expect(NearestName.of("medum", among: allowed) == "medium")
        #expect(NearestName.of("criticall", among: allowed) == "critical")
        #expect(NearestName.of("hoog", among: allowed) == nil)
        #expect(NearestName.of("x", among: allowed) == nil)
        #expect(NearestName.of("X", among: ["R", "A", "C", "I"]) == nil)
        #expect(NearestName.of("r", among: ["R", "A", "C", "I"]) == "R")
    }
}
