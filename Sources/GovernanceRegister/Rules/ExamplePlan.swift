/// A continuity plan to put in the example register's plan slot, for the plan rules' examples,
/// with the parties it calls on.
enum ExamplePlan {
    /// The example register's parties and a pharmacy the plan informs.
    static let parties = ExampleRegister.defaults[.parties, default: ""] + """

        <party id="pharmacy" kind="care-partner"><name>Pharmacy</name>
          <contact><name>Pharmacist on duty</name><phone>+31 20 555 0300</phone></contact></party>
    """

    static let scenario = """
        <scenario id="ehr-down" kind="system-outage" likelihood="medium" priority="1"><name>EHR down</name><affects system="ehr"/>
          <impact>No records or prescriptions</impact><care>Paper forms from the downtime box</care>
          <communication>The call tree; the pharmacy by phone</communication><privacy>Paper forms in a locked cabinet</privacy>
          <task party="it">Call the vendor and keep the log</task></scenario>
    """

    static let communication = """
        <communication><call from="it" to="pharmacy"/><inform party="pharmacy" by="it"/>
          <channel kind="mobile" withoutNetwork="true">Mobile phones of the staff</channel></communication>
    """

    static let approval = #"<approval version="2" by="it" date="2026-01-10"/>"#

    /// A plan with these parts; `marked` puts the marker before its start tag.
    static func plan(scenarios: String = scenario, communication: String = communication, approvals: String = approval, marked: Bool = false) -> String {
        (marked ? "↓" : "") + #"<continuityPlan version="2" owner="it"><title>Continuity plan</title>"# + "\n" + scenarios + communication + approvals + "</continuityPlan>"
    }

    /// The example with this plan and the parties it needs.
    static func example(_ plan: String, parties: String = ExamplePlan.parties) -> RuleExample {
        RuleExample([.parties: parties, .plan: plan])
    }
}
