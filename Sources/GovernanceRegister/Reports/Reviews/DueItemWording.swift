import Foundation
/// What a due item is and what to do about it, in the output language.
struct DueItemWording {
    let w: Wording

    /// The kind in a few words: "Review", "Decide on renewal".
    func kind(_ item: DueItem) -> String {
        switch item.kind {
        case .review: w("Review", "Herziening")
        case .decision: w("Decide on renewal", "Besluit over verlenging")
        case .notice: w("Notice deadline", "Uiterste opzegdatum")
        case .ending: w("Agreement ends", "Overeenkomst eindigt")
        case .expired: w("Ended but marked active", "Verlopen maar actief")
        case .drill: w("Continuity drill", "Oefening continuïteitsplan")
        case .evaluation: w("Incident evaluation", "Evaluatie incident")
        case .planReview: w("Review of the continuity plan", "Herziening continuïteitsplan")
        case .training: w("Continuity training", "Training continuïteitsplan")
        case .restoreTest: w("Restore test", "Hersteltest back-up")
        case .action: w("Action from an evaluation", "Actie uit evaluatie")
        }
    }

    func status(_ status: ReviewSchedule.Status) -> String {
        switch status {
        case .overdue: w("OVERDUE", "TE LAAT")
        case .dueSoon: w("DUE SOON", "BINNENKORT")
        case .ok: w("on schedule", "op schema")
        }
    }

    /// When: "12 February 2027 (in 82 days)", or "never held".
    func when(_ item: DueItem) -> String {
        guard let due = item.due, let days = item.daysLeft else { return w("never held", "nooit gehouden") }
        return w.date(due) + " (" + w.daysFromToday(days) + ")"
    }

    /// What to check or do, in one or two sentences.
    func description(_ item: DueItem) -> String {
        let detail = item.detail
        let vendor = detail.vendor.map { w(" with \($0)", " met \($0)") } ?? ""
        let owner = item.owner.map { w(" Owner: \($0).", " Eigenaar: \($0).") } ?? ""
        switch item.kind {
        case .review:
            let last = detail.lastDone.map { w(" Last review: \(w.date($0)).", " Laatste herziening: \(w.date($0)).") } ?? w(" Never reviewed.", " Nog nooit herzien.")
            return w("Review the agreement \(item.subject)\(vendor): service hours and times per priority, the escalation path and its phone numbers, contacts, and the incidents since the last review.",
                     "Herzie de overeenkomst \(item.subject)\(vendor): servicetijden en tijden per prioriteit, het escalatiepad en de telefoonnummers, de contactpersonen en de incidenten sinds de vorige herziening.") + last
                + (detail.sinceLastReview.map(score) ?? "") + owner
        case .decision:
            let end = detail.periodEnd.map(w.date) ?? ""
            if detail.renewal == .onRequest {
                return w("Decide whether to ask for renewal of \(item.subject)\(vendor), which otherwise ends on \(end), in time to request it.",
                         "Besluit of u verlenging van \(item.subject)\(vendor) aanvraagt, die anders op \(end) eindigt, op tijd om die aan te vragen.") + owner
            }
            return w("Decide whether \(item.subject)\(vendor) continues after \(end), in time to give notice.",
                     "Besluit of \(item.subject)\(vendor) na \(end) doorloopt, op tijd om nog te kunnen opzeggen.") + owner
        case .notice:
            let hasNotice = detail.noticePeriod.map { ISODuration.order($0, ISODuration()) == .orderedDescending } ?? false
            let notice = hasNotice ? w("notice period ", "opzegtermijn ") + w.duration(detail.noticePeriod ?? ISODuration())
                : w("no notice period, so by the period's last day", "geen opzegtermijn, dus uiterlijk op de laatste dag van de periode")
            return w("Last day for notice (\(notice)) to reach the vendor; after it, \(item.subject)\(vendor) renews automatically.",
                     "Laatste dag waarop de opzegging (\(notice)) de leverancier moet bereiken; daarna wordt \(item.subject)\(vendor) stilzwijgend verlengd.") + owner
        case .ending:
            return w("\(item.subject)\(vendor) ends; arrange what follows it.", "\(item.subject)\(vendor) eindigt; regel wat erna komt.") + owner
        case .expired:
            return w("\(item.subject)\(vendor) has passed its end date but is still marked active; renew it or set its status to ended.",
                     "\(item.subject)\(vendor) is voorbij de einddatum maar staat nog op actief; verleng de overeenkomst of zet de status op ended.") + owner
        case .drill:
            let last = detail.lastDone.map { w(" Last drill: \(w.date($0)).", " Laatste oefening: \(w.date($0)).") } ?? w(" No drill held yet.", " Nog nooit geoefend.")
            return w("Drill the continuity plan for \(item.subject): work without the system, follow the fallback procedure and the escalation path.",
                     "Oefen het continuïteitsplan voor \(item.subject): werken zonder het systeem, de terugvalprocedure en het escalatiepad.") + last + owner
        case .evaluation:
            return w("Evaluate the incident \(item.subject) with the vendor, within \(DueList.evaluationDays) days: cause, what went well, what to change.",
                     "Evalueer het incident \(item.subject) met de leverancier, binnen \(DueList.evaluationDays) dagen: oorzaak, wat goed ging, wat anders moet.") + owner
        case .planReview:
            let last = detail.lastDone.map { w(" Last reviewed or approved: \(w.date($0)).", " Laatst herzien of goedgekeurd: \(w.date($0)).") } ?? w(" Never reviewed.", " Nog nooit herzien.")
            return w("Review the continuity plan \(item.subject): new risks, systems and vendors, phone numbers, the lessons of incidents and drills; have changes approved.",
                     "Herzie het continuïteitsplan \(item.subject): nieuwe risico's, systemen en leveranciers, telefoonnummers, de lessen uit incidenten en oefeningen; laat wijzigingen goedkeuren.") + last + owner
        case .training:
            let last = detail.lastDone.map { w(" Last training: \(w.date($0)).", " Laatste training: \(w.date($0)).") } ?? w(" No training held yet.", " Nog nooit getraind.")
            return w("Train all staff in the continuity plan \(item.subject): what each does in an outage, the call tree, the paper procedures.",
                     "Train alle medewerkers in het continuïteitsplan \(item.subject): wat ieder doet bij uitval, de belboom, de papieren procedures.") + last + owner
        case .restoreTest:
            let last = detail.lastDone.map { w(" Last test: \(w.date($0)).", " Laatste test: \(w.date($0)).") } ?? w(" Never tested.", " Nog nooit getest.")
            return w("Test restoring the backup of \(item.subject), and record how long it took.",
                     "Test het terugzetten van de back-up van \(item.subject), en leg vast hoe lang het duurde.") + last + owner
        case .action:
            let incident = item.subjectID.split(separator: "/").first.map(String.init) ?? item.subjectID
            return w("Carry out the action from the evaluation of \(incident): \(item.subject).", "Voer de actie uit de evaluatie van \(incident) uit: \(item.subject).") + owner
        }
    }

    /// " Since the last review: 2 incidents; response within the SLA 2 of 2, restore within the SLA 1
    /// of 2; care without a system longer than its maximum downtime 1 time; longest: INC-1, 113 hours…"
    private func score(_ score: ServiceScore) -> String {
        let incidents = w.count(score.incidents, "incident", "incidents", "incident", "incidenten")
        func met(_ met: Int, _ breached: Int) -> String {
            met + breached == 0 ? w("not recorded", "niet vastgelegd") : w("within the SLA ", "binnen de SLA ") + "\(met)" + w(" of ", " van ") + "\(met + breached)"
        }
        let tooLong = w.count(score.careDownTooLong, "time", "times", "keer", "keer")
        let longest = score.longest.map { w("; longest: ", "; langste: ") + $0.incidentID + ", " + w.careDown($0) } ?? ""
        return w(" Since the last review: \(incidents); response \(met(score.responseMet, score.responseBreached)), restore \(met(score.restoreMet, score.restoreBreached)); care without a system longer than its maximum downtime \(tooLong)\(longest).",
                 " Sinds de vorige herziening: \(incidents); reactie \(met(score.responseMet, score.responseBreached)), herstel \(met(score.restoreMet, score.restoreBreached)); zorg langer zonder systeem dan de maximale uitvaltijd: \(tooLong)\(longest).")
    }

    func heading(_ list: DueList) -> String {
        w("Reviews and deadlines", "Herzieningen en deadlines") + " — " + list.organisation + ", " + w("as of ", "per ") + w.date(list.asOf)
    }

    /// "2 overdue, 3 due soon, 25 on schedule".
    func counts(_ list: DueList) -> String {
        let overdue = list.items.count { $0.status == .overdue }
        let soon = list.items.count { $0.status == .dueSoon }
        let ok = list.items.count { $0.status == .ok }
        return w("\(overdue) overdue, \(soon) due soon, \(ok) on schedule", "\(overdue) te laat, \(soon) binnenkort, \(ok) op schema")
    }
}
