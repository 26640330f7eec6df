import Foundation

/// A small, valid register with places (slots) where a rule's example snippets go, so each example
/// shows only what matters and still runs as a whole document. Left as it is, it breaks no rule of
/// either family: its critical EHR has a maximum downtime, a fallback, a recent drill and a 24x7
/// agreement whose management is reached in time.
public enum ExampleRegister {
    /// A place in the example register that an example snippet replaces.
    public enum Slot: String, Sendable, CaseIterable {
        case root, holidays, parties, systems, agreement, owner, term, serviceHours, priorities, escalation, reviews, moreAgreements, activities, plan, incidents
    }

    /// Marks, in an example, the start tag a finding must point at.
    public static let marker = "↓"

    /// The date the examples are checked on, so they do not age.
    public static let asOf = CalendarDate(year: 2026, month: 6, day: 1)!

    /// What each slot holds when an example does not replace it.
    public static let defaults: [Slot: String] = [
        .root: #"<register xmlns="urn:govreg:register:1" xml:lang="en">"#,
        .holidays: "",
        .parties: """
            <party id="it" kind="internal"><name>IT department</name>
              <contact reachable24x7="true"><name>Service desk</name><phone>+31 20 555 0100</phone></contact></party>
            <party id="acme" kind="vendor"><name>Acme Health IT</name></party>
        """,
        .systems: """
            <system id="ehr" criticality="critical" vendor="acme"><name>EHR</name>
              <maxDowntime>PT8H</maxDowntime><fallback>Paper forms from the downtime box.</fallback>
              <backups><backup every="P1D" offline="true" offSite="true"><location>Encrypted tape in the bank vault</location><restoreTest date="2026-02-01" took="PT4H"/></backup></backups>
              <drills interval="P1Y"><drill date="2026-03-01" outcome="passed"/></drills></system>
        """,
        .term: """
            <start>2025-01-01</start>
            <initialTerm>P36M</initialTerm>
            <renewal kind="automatic" term="P12M"/>
            <noticePeriod>P3M</noticePeriod>
        """,
        .agreement: #"<agreement id="ehr-sla" vendor="acme">"#,
        .owner: #"<owner party="it"/>"#,
        .serviceHours: "<serviceHours><always/></serviceHours>",
        .priorities: """
            <priority name="P1"><responseTime>PT30M</responseTime><restoreTime>PT4H</restoreTime></priority>
            <priority name="P2"><responseTime>PT1H</responseTime><restoreTime>PT8H</restoreTime></priority>
        """,
        .escalation: """
            <level after="PT0M"><name>Service desk</name>
              <contact reachable24x7="true"><name>Service desk</name><phone>+31 20 555 0199</phone></contact></level>
            <level after="PT2H"><name>Management</name>
              <contact><name>Director of operations</name><phone>+31 6 5555 0123</phone></contact></level>
        """,
        .reviews: """
            <reviews interval="P3M"><review date="2026-04-15" by="J. de Vries" outcome="approved"/></reviews>
        """,
        .activities: """
            <activity id="report"><name>Report an incident</name>
              <assignment party="it" role="A"/><assignment party="acme" role="R"/></activity>
        """,
        .moreAgreements: "",
        .plan: "",
        .incidents: "",
    ]

    private static let template = """
    {root}
      <organisation kind="hospital"><name>Example Hospital</name></organisation>
    {holidays}
      <parties>
    {parties}
      </parties>
      <systems>
    {systems}
      </systems>
      <agreements>
        {agreement}
          <title>EHR service agreement</title>
          <systems><system ref="ehr"/></systems>
          {owner}
          <term>
    {term}
          </term>
          <serviceLevels>
            {serviceHours}
    {priorities}
          </serviceLevels>
          <escalation>
    {escalation}
          </escalation>
    {reviews}
        </agreement>
    {moreAgreements}
      </agreements>
      <raci>
        <matrix id="governance"><title>Vendor governance</title>
    {activities}
        </matrix>
      </raci>
    {plan}
    {incidents}
    </register>

    """

    /// The example register with the given snippets in their slots and every other slot at its
    /// default, markers included.
    public static func document(with snippets: [Slot: String] = [:]) -> String {
        var text = template
        for slot in Slot.allCases {
            text = text.replacingOccurrences(of: "{\(slot.rawValue)}", with: snippets[slot] ?? defaults[slot] ?? "")
        }
        return text
    }

    /// The example register with one snippet in one slot (markers included).
    public static func document(with snippet: String?, in slot: Slot?) -> String {
        guard let slot else { return document() }
        return document(with: [slot: snippet ?? ""])
    }

    /// A document without its markers, and where each marker was: the line and column of the
    /// character after it, 1-based.
    public static func withoutMarkers(_ text: String) -> (text: String, marks: [SourceLocation]) {
        var marks: [SourceLocation] = []
        var lines: [String] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var clean = ""
            var column = 1
            for character in line {
                if String(character) == marker {
                    marks.append(SourceLocation(line: index + 1, column: column))
                } else {
                    clean.append(character)
                    column += 1
                }
            }
            lines.append(clean)
        }
        return (lines.joined(separator: "\n"), marks)
    }
}
