/// Systems to put in the example register's systems slot, for the continuity rules' examples.
enum ExampleSystems {
    /// The example register's own EHR, as it is by default.
    static let ehr = ExampleRegister.defaults[.systems, default: ""] + "\n"

    /// The EHR with another criticality and maximum downtime, otherwise as by default.
    static func ehr(criticality: String = "critical", maxDowntime: String? = "PT8H", recoveryPoint: String? = nil, fallback: Bool = true, dependsOn: [String] = [],
                    backups: String? = ExampleSystems.backups, drills: String? = #"<drill date="2026-03-01" outcome="passed"/>"#, marked: Bool = false) -> String {
        var system = (marked ? "↓" : "") + #"<system id="ehr" criticality="\#(criticality)" vendor="acme"><name>EHR</name>"#
        if let maxDowntime { system += "<maxDowntime>\(maxDowntime)</maxDowntime>" }
        if let recoveryPoint { system += "<recoveryPoint>\(recoveryPoint)</recoveryPoint>" }
        if fallback { system += "<fallback>Paper forms from the downtime box.</fallback>" }
        system += dependsOn.map { #"<dependsOn system="\#($0)"/>"# }.joined()
        if let backups { system += backups }
        if let drills { system += #"<drills interval="P1Y">\#(drills)</drills>"# }
        return "    " + system + "</system>\n"
    }

    /// The EHR's backups as by default: a daily offline copy off site, its restore tested this year.
    static let backups = #"<backups><backup every="P1D" offline="true" offSite="true"><location>Encrypted tape in the bank vault</location><restoreTest date="2026-02-01" took="PT4H"/></backup></backups>"#

    /// The internet line the EHR may depend on, from the same vendor.
    static let line = #"    <system id="line" criticality="high" vendor="acme"><name>Internet line</name></system>"# + "\n"

    /// An agreement for the internet line with office-hours restore, so its worst case spans a weekend.
    static let lineAgreement = """
        <agreement id="line-sla" vendor="acme"><title>Internet line</title><systems><system ref="line"/></systems>
          <term><start>2025-01-01</start><initialTerm>P36M</initialTerm></term>
          <serviceLevels><serviceHours><window days="mon tue wed thu fri" from="08:00" until="17:00"/></serviceHours>
            <priority name="P1"><responseTime>PT1H</responseTime><restoreTime>PT8H</restoreTime></priority></serviceLevels>
          <escalation><level after="PT0M"><name>Service desk</name><contact><name>Line desk</name><phone>+31 20 555 0177</phone></contact></level></escalation>
          <reviews interval="P3M"><review date="2026-04-15" by="J. de Vries" outcome="approved"/></reviews>
        </agreement>
    """
}
