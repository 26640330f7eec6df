/// The words of an agreement summary, laid out as facts and tables of plain text, so each output
/// format only arranges and escapes them.
struct SummaryContent {
    typealias Table = (caption: String, header: [String], rows: [[String]])

    let summary: AgreementSummary
    let w: Wording

    var heading: String {
        "\(summary.title) (\(summary.id))"
    }

    /// Label and value pairs: vendor, systems, owner, term, deadlines, hours, reviews.
    var facts: [(String, String)] {
        let dates = summary.dates
        var facts: [(String, String)] = [
            (w("Vendor", "Leverancier"), summary.vendor.name),
            (w("Systems", "Systemen"), summary.systems.map(\.name).joined(separator: ", ")),
            (w("Internal owner", "Interne eigenaar"), summary.owner?.name ?? w("not set", "niet ingevuld")),
            (w("Status", "Status"), status(summary.status)),
        ]
        if let description = summary.description { facts.insert((w("Service", "Dienst"), description), at: 1) }
        var termText = w("from ", "vanaf ") + w.date(dates.start)
        if let fixedEnd = dates.fixedEnd {
            termText += w(" to ", " tot en met ") + w.date(fixedEnd)
        } else if let initial = dates.initialTerm {
            termText += ", " + w("initial term ", "eerste looptijd ") + w.duration(initial)
        }
        facts.append((w("Term", "Looptijd"), termText))
        facts.append((w("Renewal", "Verlenging"), renewal(dates)))
        let period = dates.currentPeriod
        let periodName = period.number == 0 ? w("initial term", "eerste looptijd") : w("renewal \(period.number)", "verlenging \(period.number)")
        facts.append((w("Current period", "Huidige periode"), "\(w.date(period.start)) – \(w.date(period.end)) (\(periodName))"
            + (dates.ended ? w(", ended", ", afgelopen") : "")))
        if let cancelBy = dates.cancelBy {
            let notice = dates.noticePeriod.map { w("notice period ", "opzegtermijn ") + w.duration($0) } ?? w("no notice period", "geen opzegtermijn")
            let label = dates.renewal == .onRequest ? w("Request renewal by", "Verlenging aanvragen uiterlijk") : w("Notice deadline", "Opzeggen uiterlijk")
            // Past the current period's deadline the agreement renews: the deadline shown is the next period's.
            let next = dates.deadlinePeriod == period ? ""
                : w("; for the renewal from ", "; voor de verlenging vanaf ") + w.date(dates.deadlinePeriod.start)
            facts.append((label, w.date(cancelBy) + " (" + notice + next + ")"))
        }
        if let decideBy = dates.decideBy {
            let before = dates.renewal == .onRequest ? w(" before the request deadline", " vóór de aanvraagdatum") : w(" before the notice deadline", " vóór de opzegdatum")
            facts.append((w("Decide by", "Besluit uiterlijk"), w.date(decideBy) + " (" + w.duration(dates.decisionBuffer) + before + ")"))
        }
        facts.append((w("Service hours", "Servicetijden"), w.serviceHours(summary.serviceHours)))
        let review = summary.review
        if let last = review.lastDate {
            facts.append((w("Last review", "Laatste herziening"), w.date(last) + " (" + outcome(review.lastOutcome) + ", " + (review.lastBy ?? "") + ")"))
        } else {
            facts.append((w("Last review", "Laatste herziening"), w("never reviewed", "nog nooit herzien")))
        }
        facts.append((w("Next review", "Volgende herziening"), w.date(review.next) + " (" + w.interval(review.interval) + ", " + reviewStatus(review.status) + ")"))
        if let document = summary.document {
            facts.append((w("Signed document", "Getekend document"), document + (summary.documentReference.map { " — \($0)" } ?? "")))
        }
        if let number = summary.customerNumber {
            facts.append((w("Customer number", "Klantnummer"), number))
        }
        if !summary.suppliers.isEmpty {
            facts.append((w("Vendor's suppliers", "Toeleveranciers"), summary.suppliers.map { "\($0.id) (\($0.name))" }.joined(separator: "; ")))
        }
        return facts
    }

    var serviceLevels: Table {
        (w("Service levels", "Serviceniveaus"),
         [w("Priority", "Prioriteit"), w("When", "Wanneer"), w("Response", "Reactietijd"), w("Restore", "Hersteltijd"), w("Resolution", "Oplostijd"), w("Updates", "Updates")],
         summary.priorities.map { times in
             [times.priority, times.description ?? "", w.duration(times.responseTime), w.duration(times.restoreTime),
              times.resolutionTime.map(w.duration) ?? "", times.updateInterval.map(w.interval) ?? ""]
         })
    }

    var escalation: Table {
        (w("Escalation path", "Escalatiepad"),
         [w("Level", "Niveau"), w("When", "Wanneer"), w("Call", "Bellen"), w("Phone", "Telefoon"), w("E-mail", "E-mail"), w("Our counterpart", "Onze tegenhanger")],
         summary.escalation.map { level in
             var when = w.delay(level.after)
             if let priority = level.atOnceFor { when += w(", at once for ", ", direct bij ") + priority }
             let contact = level.contact.name + (level.contact.role.map { ", \($0)" } ?? "") + (level.contact.reachable24x7 ? " (24x7)" : "")
             return ["\(level.level). \(level.name)", when, contact, level.contact.phones.joined(separator: ", "),
                     level.contact.emails.joined(separator: ", "), level.counterpart?.name ?? ""]
         })
    }

    /// The facts that link somewhere, by label: the signed document, where it has a web address.
    var links: [String: String] {
        guard let reference = summary.documentReference, summary.document != nil,
              reference.lowercased().hasPrefix("https://") || reference.lowercased().hasPrefix("http://")
        else { return [:] }
        return [w("Signed document", "Getekend document"): reference]
    }

    /// The tables in the order they are shown; the formats leave out an empty one.
    var tables: [Table] {
        [serviceLevels, escalation, incidents, scorecard, raci]
    }

    /// Each incident against the SLA, and beside it how long the care was without the system.
    var incidents: Table {
        (w("Incidents against the SLA", "Incidenten tegen de SLA"),
         [w("Incident", "Incident"), w("Started", "Begonnen"), w("Priority", "Prioriteit"), w("Response (service time)", "Reactie (servicetijd)"),
          w("Restore (service time)", "Herstel (servicetijd)"), w("Care without the system (real time)", "Zorg zonder systeem (werkelijke tijd)")],
         summary.incidents.map { measure in
             let priority = measure.priority + (measure.priorityAssumed ? w(" (not recorded; the highest)", " (niet vastgelegd; de hoogste)") : "")
             return [measure.incidentID + " " + measure.title + " (" + measure.system + ")",
                     ContinuityCheck.localMoment(measure.start.local, w),
                     priority,
                     against(measure.responseMinutes, measure.responseTime, met: measure.responseMet, missing: w("no answer recorded", "geen reactie vastgelegd")),
                     against(measure.restoreMinutes, measure.restoreTime, met: measure.restoreMet, missing: w("not restored yet", "nog niet hersteld")),
                     w.careDown(measure)]
         })
    }

    /// The incidents per calendar quarter, for the review meeting.
    var scorecard: Table {
        (w("Scorecard per quarter", "Scorekaart per kwartaal"),
         [w("Quarter", "Kwartaal"), w("Incidents", "Incidenten"), w("Response met / breached", "Reactie gehaald / niet gehaald"),
          w("Restore met / breached", "Herstel gehaald / niet gehaald"), w("Care down longer than its maximum", "Zorg langer zonder dan de maximale uitvaltijd"),
          w("Longest outage", "Langste uitval")],
         summary.scorecard.map { score in
             [w("Q\(score.quarter ?? 0) \(score.year ?? 0)", "\(score.quarter ?? 0)e kwartaal \(score.year ?? 0)"), "\(score.incidents)",
              "\(score.responseMet) / \(score.responseBreached)", "\(score.restoreMet) / \(score.restoreBreached)", "\(score.careDownTooLong)",
              score.longest.map { $0.incidentID + ": " + w.careDown($0) } ?? ""]
         })
    }

    /// "3 hours 5 minutes of 4 hours: met".
    private func against(_ minutes: Int?, _ limit: ISODuration?, met: Bool?, missing: String) -> String {
        guard let minutes else { return missing }
        let taken = ContinuityCheck.hours(minutes, w)
        guard let limit else { return taken + w(" (the agreement has no such priority)", " (de overeenkomst kent die prioriteit niet)") }
        let verdict = met == true ? w("met", "gehaald") : w("BREACHED", "NIET GEHAALD")
        return taken + w(" of ", " van ") + w.duration(limit) + ": " + verdict
    }

    var raci: Table {
        (w("RACI duties of the vendor", "RACI-taken van de leverancier"),
         [w("Matrix", "Matrix"), w("Activity", "Activiteit"), w("Role", "Rol")],
         summary.raci.map { [$0.matrix, $0.activity, $0.role.letters] })
    }

    func status(_ status: Agreement.Status) -> String {
        switch status {
        case .draft: w("draft", "concept")
        case .active: w("active", "actief")
        case .suspended: w("suspended", "opgeschort")
        case .ended: w("ended", "beëindigd")
        }
    }

    func outcome(_ outcome: Review.Outcome?) -> String {
        switch outcome {
        case .approved: w("approved", "goedgekeurd")
        case .changesRequired: w("changes required", "aanpassing nodig")
        case nil: ""
        }
    }

    func reviewStatus(_ status: ReviewSchedule.Status) -> String {
        switch status {
        case .overdue: w("overdue", "te laat")
        case .dueSoon: w("due soon", "binnenkort")
        case .ok: w("on schedule", "op schema")
        }
    }

    private func renewal(_ dates: AgreementSummary.Dates) -> String {
        let term = dates.renewalTerm.map { w.duration($0) } ?? ""
        switch dates.renewal {
        case .automatic: return w("automatic, \(term) at a time", "stilzwijgend, telkens \(term)")
        case .onRequest: return w("on request, \(term) at a time", "op verzoek, telkens \(term)")
        case .none: return w("none; the agreement ends", "geen; de overeenkomst eindigt")
        }
    }
}

extension Wording {
    /// "113 hours 10 minutes, 4.7 × the maximum downtime of 1 day".
    func careDown(_ measure: IncidentMeasure) -> String {
        guard let down = measure.downMinutes else { return self("still going on", "duurt nog") }
        let taken = ContinuityCheck.hours(down, self)
        guard let maximum = measure.maximumDowntimeMinutes, let tenths = measure.timesMaximumInTenths else { return taken }
        let times = "\(tenths / 10)" + self(".", ",") + "\(tenths % 10)"
        let limit = ContinuityCheck.hours(maximum, self)
        return taken + ", " + times + self(" × the maximum downtime of ", " × de maximale uitvaltijd van ") + limit
            + (measure.careDownTooLong ? self(": TOO LONG", ": TE LANG") : "")
    }
}
