import Foundation
import Testing
@testable import GovernanceRegister

/// libxml2 stores line numbers in 16 bits unless told otherwise; diagnostics must stay true past 65,535.
struct LineNumberTests {
    /// The example register with `parties` extra internal parties, each spread over five lines,
    /// and a RACI activity with two accountable parties after them.
    private func longRegister(parties: Int, brokenReference: Bool = false) -> (text: String, activityLine: Int) {
        var filler = ""
        for index in 0..<parties {
            filler += "<party id=\"dept-\(index)\" kind=\"internal\">\n  <name>Afdeling \(index)</name>\n"
            filler += "  <contact><name>Secretariaat</name>\n    <phone>+31 20 555 \(1000 + index % 9000)</phone></contact>\n</party>\n"
        }
        let parties = ExampleRegister.defaults[.parties, default: ""] + "\n" + filler
        // Two accountable parties, or a responsible party that does not exist.
        let cells = brokenReference
            ? #"<assignment party="it" role="A"/><assignment party="nobody" role="R"/>"#
            : #"<assignment party="it" role="A"/><assignment party="acme" role="A"/><assignment party="dept-0" role="R"/>"#
        let activities = """
        <activity id="report"><name>Report an incident</name>
          \(cells)</activity>
        """
        var text = ExampleRegister.document(with: parties, in: .parties)
        text = text.replacingOccurrences(of: ExampleRegister.defaults[.activities, default: ""], with: activities)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let activityLine = (lines.firstIndex { $0.contains("<activity id=\"report\">") } ?? -1) + 1
        return (text, activityLine)
    }

    @Test("a rule's line number is true in a 70,000-line file")
    func ruleLineNumber() {
        let (text, activityLine) = longRegister(parties: 14_000)
        #expect(activityLine > 70_000)
        let check = GovernanceValidator(options: ValidationOptions(asOf: ExampleRegister.asOf)).check(bytes: Array(text.utf8), path: "long.xml")
        #expect(check.diagnostics.map(\.id) == ["GR001"])
        #expect(check.diagnostics.first?.location.line == activityLine)
    }

    @Test("a schema error's line number is true in a 70,000-line file")
    func schemaLineNumber() {
        let (text, activityLine) = longRegister(parties: 14_000, brokenReference: true)
        let check = GovernanceValidator(options: ValidationOptions(asOf: ExampleRegister.asOf)).check(bytes: Array(text.utf8), path: "long.xml")
        #expect(check.diagnostics.map(\.id) == ["XSD"])
        #expect(check.diagnostics.first?.location.line == activityLine + 1)
        #expect(check.diagnostics.first?.message.contains("'nobody'") == true)
    }

    @Test("a well-formedness error's line number is true in a 70,000-line file")
    func parserLineNumber() {
        let (text, activityLine) = longRegister(parties: 14_000)
        let broken = text.replacingOccurrences(of: "<name>Report an incident</name>", with: "<name>Report an incident</nam>")
        let check = GovernanceValidator().check(bytes: Array(broken.utf8), path: "long.xml")
        #expect(check.diagnostics.map(\.id) == ["XML"])
        #expect(check.diagnostics.first?.location.line == activityLine)
    }
}
