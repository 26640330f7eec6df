/// GR016: an incident ends after it starts, and is evaluated after it started.
struct IncidentDatesRule: Rule {
    static let description = RuleDescription(
        id: "GR016",
        title: LocalizedText(en: "Incident dates in order", nl: "Incidentdata op volgorde"),
        severity: .error,
        rationale: LocalizedText(
            en: "Outage times feed the evaluation and the continuity check; times out of order are a typing error.",
            nl: "Uitvaltijden voeden de evaluatie en de continuïteitscheck; tijden in de verkeerde volgorde zijn een tikfout."
        ),
        examples: RuleExamples(
            slot: .incidents,
            triggering: """
                <incidents><incident id="INC-1" system="ehr" start="2026-03-02T09:15:00" end="2026-03-02T08:40:00">
                  <title>EHR unavailable</title></incident></incidents>
            """,
            nonTriggering: """
                <incidents><incident id="INC-1" system="ehr" start="2026-03-02T09:15:00" end="2026-03-02T11:40:00">
                  <title>EHR unavailable</title></incident></incidents>
            """
        )
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        guard case .register(let register) = document else { return [] }
        var found: [RuleFinding] = []
        for incident in register.incidents {
            if let end = incident.end, end <= incident.start {
                found.append(RuleFinding(location: incident.location, message: LocalizedText(
                    en: "incident '\(incident.id)': end \(end) is not after start \(incident.start); correct the times",
                    nl: "incident '\(incident.id)': einde \(end) ligt niet na begin \(incident.start); verbeter de tijden"
                )))
            }
            if let evaluation = incident.evaluation, evaluation.date < incident.start.date {
                found.append(RuleFinding(location: evaluation.location, message: LocalizedText(
                    en: "incident '\(incident.id)': evaluated on \(evaluation.date), before it started (\(incident.start.date)); correct the date",
                    nl: "incident '\(incident.id)': geëvalueerd op \(evaluation.date), vóór het begon (\(incident.start.date)); verbeter de datum"
                )))
            }
        }
        return found
    }
}
