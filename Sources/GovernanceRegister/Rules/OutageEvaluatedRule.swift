/// CT008: every outage is evaluated, with the vendor there where the evaluation lists who took part.
struct OutageEvaluatedRule: Rule {
    enum Branch: String, CaseIterable {
        case notEvaluated = "not-evaluated"
        case withoutVendor = "without-vendor"
    }

    static let description = RuleDescription(
        id: "CT008",
        title: LocalizedText(en: "Outage not evaluated", nl: "Uitval niet geëvalueerd"),
        severity: .warning,
        family: .continuity,
        rationale: LocalizedText(
            en: "Procedures get better only when every incident is evaluated with the vendor.",
            nl: "Procedures worden alleen beter als elk incident met de leverancier wordt geëvalueerd."
        ),
        branches: Branch.self,
        examples: [
            RuleExample(.incidents, """
                <incidents>↓<incident id="i1" system="ehr" kind="outage" start="2026-05-01T09:00:00" end="2026-05-01T10:00:00"><title>EHR down</title></incident></incidents>
            """),
            RuleExample(.incidents, """
                <incidents><incident id="i1" system="ehr" kind="outage" start="2026-04-01T09:00:00" end="2026-04-01T10:00:00"><title>EHR down</title>
                  <evaluation date="2026-04-10"/></incident>
                ↓<incident id="i2" system="ehr" kind="outage" start="2026-05-20T22:00:00"><title>EHR down at night</title></incident></incidents>
            """),
            RuleExample(.incidents, """
                <incidents><incident id="i1" system="ehr" kind="outage" start="2026-04-01T09:00:00" end="2026-04-01T10:00:00"><title>EHR down</title>
                  ↓<evaluation date="2026-04-10"><participant party="it"/></evaluation></incident></incidents>
            """),
            RuleExample(.incidents, """
                <incidents><incident id="i1" system="ehr" kind="outage" start="2026-04-01T09:00:00" end="2026-04-01T10:00:00"><title>EHR down</title>
                  <evaluation date="2026-04-10"><participant party="it"/><participant party="acme"/></evaluation></incident></incidents>
            """),
            RuleExample(.incidents, """
                <incidents><incident id="i1" system="ehr" kind="degradation" start="2026-05-01T09:00:00" end="2026-05-01T10:00:00"><title>EHR slow</title></incident></incidents>
            """),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        guard case let .register(register) = document else { return [] }
        let unevaluated = (context.continuity?.systems ?? []).flatMap { facts in
            facts.unevaluatedOutages.map { incident in
                RuleFinding(Branch.notEvaluated, at: incident.location, .notEvaluated(incident), system: facts.system.id)
            }
        }
        let evaluated = register.incidents.filter { $0.kind == .outage && $0.evaluation?.participantIDs.isEmpty == false }
        guard !evaluated.isEmpty else { return unevaluated }
        let systems = register.systemsByID
        let parties = register.partiesByID
        let withoutVendor = evaluated.compactMap { incident -> RuleFinding? in
            guard let evaluation = incident.evaluation, let vendorID = systems[incident.systemID]?.vendorID, !evaluation.participantIDs.contains(vendorID) else { return nil }
            return RuleFinding(Branch.withoutVendor, at: evaluation.location, .withoutVendor(incident, vendor: parties[vendorID]?.name ?? vendorID), system: incident.systemID)
        }
        return unevaluated + withoutVendor
    }
}

private extension LocalizedText {
    static func withoutVendor(_ incident: Incident, vendor: String) -> LocalizedText {
        LocalizedText { w in
            w("the evaluation of outage \(incident.id) of \(w.date(incident.start.date)) was held without \(vendor); evaluate with the vendor, so it learns too",
              "de evaluatie van uitval \(incident.id) van \(w.date(incident.start.date)) was zonder \(vendor); evalueer met de leverancier, zodat die ook leert")
        }
    }

    static func notEvaluated(_ incident: Incident) -> LocalizedText {
        LocalizedText { w in
            w("the outage \(incident.id) of \(w.date(incident.start.date)) (\(incident.title)) has not been evaluated; evaluate it with the vendor",
              "de uitval \(incident.id) van \(w.date(incident.start.date)) (\(incident.title)) is niet geëvalueerd; evalueer met de leverancier")
        }
    }
}
