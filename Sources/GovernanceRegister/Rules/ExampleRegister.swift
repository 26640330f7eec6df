import Foundation

/// A small, valid register with places (slots) where a rule's example snippet goes, so each
/// example shows only what matters and still runs as a whole document.
public enum ExampleRegister {
    /// A place in the example register that an example snippet replaces.
    public enum Slot: String, Sendable, CaseIterable {
        case rootAttributes, parties, term, priorities, escalation, reviews, activities, incidents
    }

    /// The date the examples are checked on, so they do not age.
    public static let asOf = CalendarDate(year: 2026, month: 6, day: 1)!

    /// What each slot holds when an example does not replace it.
    public static let defaults: [Slot: String] = [
        .rootAttributes: #"xml:lang="en""#,
        .parties: """
            <party id="it" kind="internal"><name>IT department</name>
              <contact><name>Service desk</name><phone>+31 20 555 0100</phone></contact></party>
            <party id="acme" kind="vendor"><name>Acme Health IT</name></party>
        """,
        .term: """
            <start>2025-01-01</start>
            <initialTerm>P36M</initialTerm>
            <renewal kind="automatic" term="P12M"/>
            <noticePeriod>P3M</noticePeriod>
        """,
        .priorities: """
            <priority name="P1"><responseTime>PT30M</responseTime><restoreTime>PT4H</restoreTime></priority>
            <priority name="P2"><responseTime>PT1H</responseTime><restoreTime>PT8H</restoreTime></priority>
        """,
        .escalation: """
            <level after="PT0M"><name>Service desk</name>
              <contact><name>Service desk</name><phone>+31 20 555 0199</phone></contact></level>
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
        .incidents: "",
    ]

    private static let template = """
    <register xmlns="urn:govreg:register:1" {rootAttributes}>
      <organisation kind="hospital"><name>Example Hospital</name></organisation>
      <parties>
    {parties}
      </parties>
      <systems>
        <system id="ehr" criticality="critical" vendor="acme"><name>EHR</name></system>
      </systems>
      <agreements>
        <agreement id="ehr-sla" vendor="acme">
          <title>EHR service agreement</title>
          <systems><system ref="ehr"/></systems>
          <owner party="it"/>
          <term>
    {term}
          </term>
          <serviceLevels>
            <serviceHours><always/></serviceHours>
    {priorities}
          </serviceLevels>
          <escalation>
    {escalation}
          </escalation>
    {reviews}
        </agreement>
      </agreements>
      <raci>
        <matrix id="governance"><title>Vendor governance</title>
    {activities}
        </matrix>
      </raci>
    {incidents}
    </register>

    """

    /// The example register with `snippet` in `slot` and every other slot at its default.
    public static func document(with snippet: String? = nil, in slot: Slot? = nil) -> String {
        var text = template
        for each in Slot.allCases {
            let content = each == slot ? (snippet ?? "") : (defaults[each] ?? "")
            text = text.replacingOccurrences(of: "{\(each.rawValue)}", with: content)
        }
        return text
    }
}

