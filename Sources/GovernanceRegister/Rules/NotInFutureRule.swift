/// GR010: no review, drill or evaluation is dated in the future.
struct NotInFutureRule: Rule {
    enum Branch: String, CaseIterable {
        case review, drill, evaluation
    }

    static let description = RuleDescription(
        id: "GR010",
        title: LocalizedText(en: "Nothing held in the future", nl: "Niets gehouden in de toekomst"),
        severity: .error,
        rationale: LocalizedText(
            en: "A review, drill or evaluation is a record of something that happened; a future date hides that it is still due.",
            nl: "Een herziening, oefening of evaluatie legt vast wat gebeurd is; een datum in de toekomst verbergt dat ze nog moet."
        ),
        branches: Branch.self,
        examples: [
            RuleExample(.reviews, #"<reviews><review date="2026-01-15" by="J. de Vries" outcome="approved"/>↓<review date="2030-01-15" by="J. de Vries" outcome="approved"/></reviews>"#),
            RuleExample(.systems, """
                <system id="ehr" criticality="critical" vendor="acme"><name>EHR</name>
                  <maxDowntime>PT8H</maxDowntime><fallback>Paper forms.</fallback>
                  <drills interval="P1Y"><drill date="2026-03-01" outcome="passed"/>↓<drill date="2026-06-02" outcome="passed"/></drills></system>
            """),
            RuleExample(.incidents, """
                <incidents><incident id="i1" system="ehr" kind="outage" start="2026-05-01T09:00:00" end="2026-05-01T10:00:00"><title>EHR down</title>
                  ↓<evaluation date="2026-07-01"/></incident></incidents>
            """),
            RuleExample(.reviews, #"<reviews><review date="2026-06-01" by="J. de Vries" outcome="approved"/></reviews>"#),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        let today = context.today
        var found: [RuleFinding] = []
        for agreement in document.agreements {
            for review in agreement.reviews where review.date > today {
                found.append(RuleFinding(Branch.review, at: review.location, .inTheFuture(Branch.review, of: .agreement(agreement.id), date: review.date, today: today)))
            }
        }
        guard case .register(let register) = document else { return found }
        for system in register.systems {
            for drill in system.drills where drill.date > today {
                found.append(RuleFinding(Branch.drill, at: drill.location, .inTheFuture(Branch.drill, of: .system(system.id), date: drill.date, today: today)))
            }
        }
        for incident in register.incidents {
            if let evaluation = incident.evaluation, evaluation.date > today {
                found.append(RuleFinding(Branch.evaluation, at: evaluation.location, .inTheFuture(Branch.evaluation, of: .incident(incident.id), date: evaluation.date, today: today)))
            }
        }
        return found
    }
}

private enum Holder {
    case agreement(String), system(String), incident(String)

    var words: LocalizedText {
        switch self {
        case .agreement(let id): LocalizedText(en: "agreement '\(id)'", nl: "overeenkomst '\(id)'")
        case .system(let id): LocalizedText(en: "system '\(id)'", nl: "systeem '\(id)'")
        case .incident(let id): LocalizedText(en: "incident '\(id)'", nl: "incident '\(id)'")
        }
    }
}

private extension LocalizedText {
    static func inTheFuture(_ what: NotInFutureRule.Branch, of holder: Holder, date: CalendarDate, today: CalendarDate) -> LocalizedText {
        let names: (en: String, nl: String, enThe: String, nlThe: String) = switch what {
        case .review: ("review", "herziening", "a review", "een herziening")
        case .drill: ("drill", "oefening", "a drill", "een oefening")
        case .evaluation: ("evaluation", "evaluatie", "the evaluation", "de evaluatie")
        }
        return LocalizedText(
            en: "\(holder.words.english): \(names.en) dated \(date) is after today (\(today)); record \(names.enThe) once it has been held",
            nl: "\(holder.words.dutch): \(names.nl) gedateerd \(date) ligt na vandaag (\(today)); leg \(names.nlThe) vast als ze gehouden is"
        )
    }
}
