/// GR010: no review, drill or evaluation is dated in the future.
struct NotInFutureRule: Rule {
    static let description = RuleDescription(
        id: "GR010",
        title: LocalizedText(en: "Nothing held in the future", nl: "Niets gehouden in de toekomst"),
        severity: .error,
        rationale: LocalizedText(
            en: "A review, drill or evaluation is a record of something that happened; a future date hides that it is still due.",
            nl: "Een herziening, oefening of evaluatie legt vast wat gebeurd is; een datum in de toekomst verbergt dat ze nog moet."
        ),
        examples: RuleExamples(
            slot: .reviews,
            triggering: #"<reviews><review date="2030-01-15" by="J. de Vries" outcome="approved"/></reviews>"#,
            nonTriggering: #"<reviews><review date="2026-01-15" by="J. de Vries" outcome="approved"/></reviews>"#
        )
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        let today = context.today
        var found: [RuleFinding] = []
        for agreement in document.agreements {
            for review in agreement.reviews where review.date > today {
                found.append(RuleFinding(location: review.location, message: LocalizedText(
                    en: "agreement '\(agreement.id)': review dated \(review.date) is after today (\(today)); record a review once it has been held",
                    nl: "overeenkomst '\(agreement.id)': herziening gedateerd \(review.date) ligt na vandaag (\(today)); leg een herziening vast als ze gehouden is"
                )))
            }
        }
        guard case .register(let register) = document else { return found }
        for system in register.systems {
            for drill in system.drills where drill.date > today {
                found.append(RuleFinding(location: drill.location, message: LocalizedText(
                    en: "system '\(system.id)': drill dated \(drill.date) is after today (\(today)); record a drill once it has been held",
                    nl: "systeem '\(system.id)': oefening gedateerd \(drill.date) ligt na vandaag (\(today)); leg een oefening vast als ze gehouden is"
                )))
            }
        }
        for incident in register.incidents {
            if let evaluation = incident.evaluation, evaluation.date > today {
                found.append(RuleFinding(location: evaluation.location, message: LocalizedText(
                    en: "incident '\(incident.id)': evaluation dated \(evaluation.date) is after today (\(today)); record the evaluation once it has been held",
                    nl: "incident '\(incident.id)': evaluatie gedateerd \(evaluation.date) ligt na vandaag (\(today)); leg de evaluatie vast als ze gehouden is"
                )))
            }
        }
        return found
    }
}
