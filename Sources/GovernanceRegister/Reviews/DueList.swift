/// Everything in a register that falls due, most urgent first, as seen on one day.
public struct DueList: Sendable, Codable {
    /// How far ahead reviews, drills and evaluations count as due soon.
    public static let defaultWithin = 30
    /// How far ahead contract deadlines count as due soon.
    public static let defaultDeadlinesWithin = 90
    /// How long after an incident its evaluation is due.
    public static let evaluationDays = 30

    public let organisation: String
    public let asOf: CalendarDate
    public let within: Int
    public let deadlinesWithin: Int
    public let items: [DueItem]

    public var overdue: [DueItem] { items.filter { $0.status == .overdue } }

    public init(register: Register, today: CalendarDate, within: Int = DueList.defaultWithin, deadlinesWithin: Int = DueList.defaultDeadlinesWithin) {
        organisation = register.organisation.name
        asOf = today
        self.within = within
        self.deadlinesWithin = deadlinesWithin
        let parties = register.partiesByID
        func owner(_ agreement: Agreement) -> String? {
            agreement.ownerID.map { parties[$0]?.name ?? $0 }
        }
        func item(_ kind: DueItem.Kind, _ id: String, _ subject: String, owner: String?, due: CalendarDate?, window: Int,
                  recurrence: ISODuration? = nil, period: Int? = nil, detail: DueItem.Detail = DueItem.Detail()) -> DueItem {
            DueItem(kind: kind, subjectID: id, subject: subject, owner: owner, due: due,
                    status: due.map { ReviewSchedule.Status(due: $0, today: today, window: window) } ?? .overdue,
                    daysLeft: due.map { today.days(until: $0) }, recurrence: recurrence, period: period, detail: detail)
        }

        var items: [DueItem] = []
        let incidents = IncidentMeasure.Book(register)
        for agreement in register.agreements where agreement.status != .ended {
            let vendor = parties[agreement.vendorID]?.name ?? agreement.vendorID
            let schedule = ReviewSchedule(agreement)
            let last = schedule.lastReview?.date
            let since = incidents.measures(agreement).filter { measure in last.map { measure.start.local.date >= $0 } ?? true }
            items.append(item(.review, agreement.id, agreement.title, owner: owner(agreement), due: schedule.nextReview, window: within,
                              recurrence: agreement.reviewInterval,
                              detail: DueItem.Detail(vendor: vendor, lastDone: last, sinceLastReview: since.isEmpty ? nil : ServiceScore(since))))
            items += DueList.contractItems(agreement, vendor: vendor, owner: owner(agreement), today: today, window: deadlinesWithin, item: item)
        }
        let agreementsBySystem = register.agreementsBySystem
        let systems = register.systemsByID
        for system in register.systems {
            let covering = agreementsBySystem[system.id]?.first
            let systemOwner = covering.flatMap(owner)
            if let backups = system.backups {
                let lastTest = backups.copies.flatMap(\.restoreTests).map(\.date).max()
                items.append(item(.restoreTest, system.id, system.name, owner: systemOwner, due: lastTest.map { $0.adding(backups.testInterval) },
                                  window: within, recurrence: backups.testInterval, detail: DueItem.Detail(lastDone: lastTest)))
            }
            let last = system.drills.map(\.date).max()
            guard last != nil || system.criticality == .critical else { continue }
            items.append(item(.drill, system.id, system.name, owner: systemOwner, due: last.map { $0.adding(system.drillInterval) },
                              window: within, recurrence: system.drillInterval, detail: DueItem.Detail(lastDone: last)))
        }
        for incident in register.incidents where incident.evaluation == nil {
            let system = systems[incident.systemID]?.name ?? incident.systemID
            items.append(item(.evaluation, incident.id, incident.title + " (" + system + ")", owner: nil,
                              due: incident.start.date.adding(days: DueList.evaluationDays), window: within))
        }
        items += DueList.continuityItems(register, parties: parties, item: { kind, id, subject, owner, due, recurrence, last in
            item(kind, id, subject, owner: owner, due: due, window: within, recurrence: recurrence, detail: DueItem.Detail(lastDone: last))
        })
        self.items = items.sorted { lhs, rhs in
            (lhs.status, lhs.due?.dayNumber ?? Int.min, lhs.kind.rawValue, lhs.subjectID)
                < (rhs.status, rhs.due?.dayNumber ?? Int.min, rhs.kind.rawValue, rhs.subjectID)
        }
    }

    /// The plan's next review and training, and the open actions of evaluations.
    private static func continuityItems(
        _ register: Register, parties: [String: Party],
        item: (DueItem.Kind, String, String, String?, CalendarDate?, ISODuration?, CalendarDate?) -> DueItem
    ) -> [DueItem] {
        var items: [DueItem] = []
        if let plan = register.plan {
            let owner = parties[plan.ownerID]?.name ?? plan.ownerID
            let lastReview = (plan.reviews.map(\.date) + plan.approvals.map(\.date)).max()
            items.append(item(.planReview, "continuity-plan", plan.title, owner, lastReview.map { $0.adding(plan.reviewInterval) }, plan.reviewInterval, lastReview))
            let lastTraining = plan.trainings.map(\.date).max()
            items.append(item(.training, "continuity-plan", plan.title, owner, lastTraining.map { $0.adding(plan.trainingInterval) }, plan.trainingInterval, lastTraining))
        }
        for incident in register.incidents {
            for (index, action) in (incident.evaluation?.actions ?? []).enumerated() where action.done == nil {
                items.append(item(.action, "\(incident.id)/\(index + 1)", action.text, parties[action.ownerID]?.name ?? action.ownerID, action.due, nil, nil))
            }
        }
        return items
    }

    /// The deadlines of an agreement's current period. An agreement that renews automatically: the
    /// decision and the notice deadline (the period's last day when it has no notice period). One
    /// renewed on request: the decision and its end. One without renewal: its end.
    private static func contractItems(
        _ agreement: Agreement, vendor: String, owner: String?, today: CalendarDate, window: Int,
        item: (DueItem.Kind, String, String, String?, CalendarDate?, Int, ISODuration?, Int?, DueItem.Detail) -> DueItem
    ) -> [DueItem] {
        let term = ContractTerm(agreement.term)
        var period = term.period(on: today)
        // Once the notice deadline of a renewing period has passed, the next period's deadlines count.
        if term.renewsAutomatically, term.cancelBy(period) < today {
            period = term.period(number: period.number + 1)
        }
        let renewal = agreement.term.renewal?.kind ?? .none
        let detail = DueItem.Detail(vendor: vendor, periodEnd: period.end, noticePeriod: agreement.term.noticePeriod,
                                    renewal: renewal)
        if today > period.end {
            guard agreement.status == .active else { return [] }
            return [item(.expired, agreement.id, agreement.title, owner, period.end.adding(days: 1), window, nil, period.number, detail)]
        }
        let ending = item(.ending, agreement.id, agreement.title, owner, period.end, window, nil, period.number, detail)
        let decision = item(.decision, agreement.id, agreement.title, owner, term.decideBy(period), window, nil, period.number, detail)
        switch renewal {
        case .none:
            return [ending]
        case .onRequest:
            return [decision, ending]
        case .automatic:
            guard term.renewsAutomatically else { return [ending] }
            return [decision, item(.notice, agreement.id, agreement.title, owner, term.cancelBy(period), window, nil, period.number, detail)]
        }
    }
}
