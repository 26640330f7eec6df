/// GR016: an incident ends after it starts, and is evaluated no earlier than it started.
struct IncidentDatesRule: Rule {
    enum Branch: String, CaseIterable {
        case endsBeforeStart = "ends-before-start"
        case evaluatedBeforeStart = "evaluated-before-start"
    }

    static let description = RuleDescription(
        id: "GR016",
        title: LocalizedText(en: "Incident dates in order", nl: "Incidentdata op volgorde"),
        severity: .error,
        rationale: LocalizedText(
            en: "Outage times feed the evaluation and the continuity check; times out of order are a typing error.",
            nl: "Uitvaltijden voeden de evaluatie en de continuïteitscheck; tijden in de verkeerde volgorde zijn een tikfout."
        ),
        branches: Branch.self,
        examples: [
            RuleExample(.incidents, """
                <incidents>↓<incident id="i1" system="ehr" kind="outage" start="2026-05-01T09:00:00" end="2026-05-01T08:00:00"><title>EHR down</title>
                  <evaluation date="2026-05-10"/></incident></incidents>
            """),
            RuleExample(.incidents, """
                <incidents><incident id="i1" system="ehr" kind="outage" start="2026-05-01T09:00:00" end="2026-05-01T10:00:00"><title>EHR down</title>
                  ↓<evaluation date="2026-04-30"/></incident></incidents>
            """),
            RuleExample(.incidents, """
                <incidents><incident id="i1" system="ehr" kind="outage" start="2026-05-01T09:00:00" end="2026-05-01T10:00:00"><title>EHR down</title>
                  <evaluation date="2026-05-01"/></incident></incidents>
            """),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        guard case .register(let register) = document else { return [] }
        var found: [RuleFinding] = []
        for incident in register.incidents {
            if let end = incident.end, end <= incident.start {
                found.append(RuleFinding(Branch.endsBeforeStart, at: incident.location, .endsBeforeStart(incident: incident.id, start: incident.start, end: end)))
            }
            if let evaluation = incident.evaluation, evaluation.date < incident.start.date {
                found.append(RuleFinding(Branch.evaluatedBeforeStart, at: evaluation.location, .evaluatedBeforeStart(incident: incident.id, evaluated: evaluation.date, start: incident.start.date)))
            }
        }
        return found
    }
}

private extension LocalizedText {
    static func endsBeforeStart(incident: String, start: LocalDateTime, end: LocalDateTime) -> LocalizedText {
        LocalizedText(
            en: "incident '\(incident)': end \(end) is not after start \(start); correct the times",
            nl: "incident '\(incident)': einde \(end) ligt niet na begin \(start); verbeter de tijden"
        )
    }

    static func evaluatedBeforeStart(incident: String, evaluated: CalendarDate, start: CalendarDate) -> LocalizedText {
        LocalizedText(
            en: "incident '\(incident)': evaluated on \(evaluated), before it started (\(start)); correct the date",
            nl: "incident '\(incident)': geëvalueerd op \(evaluated), vóór het begon (\(start)); verbeter de datum"
        )
    }
}
