/// Systems to put in the example register's systems slot, for the continuity rules' examples.
enum ExampleSystems {
    /// The example register's own EHR, as it is by default.
    static let ehr = ExampleRegister.defaults[.systems, default: ""] + "\n"

    /// The EHR with another criticality and maximum downtime, otherwise as by default.
    static func ehr(criticality: String = "critical", maxDowntime: String? = "PT8H", fallback: Bool = true, drills: String? = #"<drill date="2026-03-01" outcome="passed"/>"#, marked: Bool = false) -> String {
        var system = (marked ? "↓" : "") + #"<system id="ehr" criticality="\#(criticality)" vendor="acme"><name>EHR</name>"#
        if let maxDowntime { system += "<maxDowntime>\(maxDowntime)</maxDowntime>" }
        if fallback { system += "<fallback>Paper forms from the downtime box.</fallback>" }
        if let drills { system += #"<drills interval="P1Y">\#(drills)</drills>"# }
        return "    " + system + "</system>\n"
    }
}
