/// Everything in a register that falls due, most urgent first, as seen on one day.
public struct DueList: Sendable, Codable {
    /// How far ahead reviews, drills and evaluations count as due soon.
    public static let defaultWithin = 30
    /// How far ahead contract deadlines count as due soon.
    public static let defaultDeadlinesWithin = 90
    /// How long after an incident its evaluation is due.
    public static let evaluationDays = 30

    public let organisation: String
    /// The organisation's stable key (`Organisation.key`), which the calendar's UIDs carry.
    public let organisationKey: String
    public let asOf: CalendarDate
    public let within: Int
    public let deadlinesWithin: Int
    public let items: [DueItem]

    public var overdue: [DueItem] { items.filter { $0.status == .overdue } }

    /// What a due list is made for.
    enum Scope: Sendable {
        /// Everything that falls due: the reviews report, the site.
        case everything
        /// The systems' drills and restore tests alone: all the continuity check asks of it.
        case drillsAndRestoreTests
    }

    public init(register: Register, today: CalendarDate, within: Int = DueList.defaultWithin, deadlinesWithin: Int = DueList.defaultDeadlinesWithin) {
        self.init(register: register, today: today, within: within, deadlinesWithin: deadlinesWithin, scope: .everything)
    }

    init(register: Register, today: CalendarDate, within: Int = DueList.defaultWithin, deadlinesWithin: Int = DueList.defaultDeadlinesWithin, scope: Scope) {
        organisation = register.organisation.name
        organisationKey = register.organisation.key
        asOf = today
        self.within = within
        self.deadlinesWithin = deadlinesWithin
        let parties = register.partiesByID
        @Sendable func owner(_ agreement: Agreement) -> String? {
            agreement.ownerID.map { parties[$0]?.name ?? $0 }
        }
        @Sendable func item(_ kind: DueItem.Kind, _ id: String, _ subject: String, owner: String?, due: CalendarDate?, window: Int,
                  cycle: Cycle? = nil, period: Int? = nil, key: String? = nil, detail: DueItem.Detail = DueItem.Detail()) -> DueItem {
            DueItem(kind: kind, subjectID: id, subject: subject, owner: owner, due: due,
                    status: due.map { ReviewSchedule.Status(due: $0, today: today, window: window) } ?? .overdue,
                    daysLeft: due.map { today.days(until: $0) }, recurrence: cycle?.interval, repeatsFrom: cycle?.start, period: period,
                    reminderKey: key ?? DueItem.reminderKey(kind, id, period: period), detail: detail)
        }
        /// Something that comes back: due when its cycle says, or now when it was never done.
        func recurring(_ kind: DueItem.Kind, _ id: String, _ subject: String, owner: String?, every interval: ISODuration, done: [CalendarDate]) -> DueItem {
            let cycle = Cycle(every: interval, done: done)
            return item(kind, id, subject, owner: owner, due: cycle?.next, window: within, cycle: cycle, detail: DueItem.Detail(lastDone: done.max()))
        }

        let everything = scope == .everything
        var items: [DueItem] = []
        if everything {
            let incidents = IncidentMeasure.Book(register)
            // Each agreement's review and deadlines are its own: they are worked out on every core.
            items = register.agreements.filter { $0.status != .ended }.mapOnEveryCore { agreement -> [DueItem] in
                let vendor = parties[agreement.vendorID]?.name ?? agreement.vendorID
                let schedule = ReviewSchedule(agreement)
                let last = schedule.lastReview?.date
                let since = incidents.measures(agreement).filter { measure in last.map { measure.start.local.date >= $0 } ?? true }
                let cycle = schedule.cycle
                return [item(.review, agreement.id, agreement.title, owner: owner(agreement), due: cycle.next, window: within,
                             cycle: cycle,
                             detail: DueItem.Detail(vendor: vendor, lastDone: last, sinceLastReview: since.isEmpty ? nil : ServiceScore(since)))]
                    + DueList.contractItems(agreement, vendor: vendor, owner: owner(agreement), today: today, window: deadlinesWithin) {
                        item($0, $1, $2, owner: $3, due: $4, window: $5, cycle: $6, period: $7, detail: $8)
                    }
            }.flatMap { $0 }
        }
        let agreementsBySystem = register.agreementsBySystem
        for system in register.systems {
            let covering = agreementsBySystem[system.id]?.first
            let systemOwner = covering.flatMap(owner)
            if let backups = system.backups {
                items.append(recurring(.restoreTest, system.id, system.name, owner: systemOwner, every: backups.testInterval,
                                       done: backups.copies.flatMap(\.restoreTests).map(\.date)))
            }
            guard !system.drills.isEmpty || system.criticality == .critical else { continue }
            items.append(recurring(.drill, system.id, system.name, owner: systemOwner, every: system.drillInterval, done: system.drills.map(\.date)))
        }
        if everything {
            let systems = register.systemsByID
            for incident in register.incidents where incident.evaluation == nil {
                let system = systems[incident.systemID]?.name ?? incident.systemID
                items.append(item(.evaluation, incident.id, incident.title + " (" + system + ")", owner: nil,
                                  due: incident.start.date.adding(days: DueList.evaluationDays), window: within))
            }
            items += DueList.continuityItems(register, parties: parties, recurring: { kind, id, subject, owner, interval, done in
                recurring(kind, id, subject, owner: owner, every: interval, done: done)
            }, action: { id, key, subject, owner, due in
                item(.action, id, subject, owner: owner, due: due, window: within, key: key)
            })
        }
        // Each item's place worked out once, and the items moved once: sorting 100,000 of them
        // in place compared dates rebuilt from their parts and moved whole items at every step.
        let keys = items.map { ($0.status, $0.due?.dayNumber ?? Int.min, $0.kind.rawValue, $0.subjectID) }
        self.items = items.indices.sorted { a, b in keys[a] != keys[b] ? keys[a] < keys[b] : a < b }.map { items[$0] }
    }

    /// The plan's next review and training, and the open actions of evaluations.
    private static func continuityItems(
        _ register: Register, parties: [String: Party],
        recurring: (DueItem.Kind, String, String, String?, ISODuration, [CalendarDate]) -> DueItem,
        action: (String, String, String, String?, CalendarDate?) -> DueItem
    ) -> [DueItem] {
        var items: [DueItem] = []
        if let plan = register.plan {
            let owner = parties[plan.ownerID]?.name ?? plan.ownerID
            items.append(recurring(.planReview, "continuity-plan", plan.title, owner, plan.reviewInterval, plan.reviews.map(\.date) + plan.approvals.map(\.date)))
            items.append(recurring(.training, "continuity-plan", plan.title, owner, plan.trainingInterval, plan.trainings.map(\.date)))
        }
        for incident in register.incidents {
            // The same text twice in one evaluation: the second is told apart by its number among them.
            var seen: [String: Int] = [:]
            for (index, open) in (incident.evaluation?.actions ?? []).enumerated() {
                let text = open.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                seen[text, default: 0] += 1
                guard open.done == nil else { continue }
                let key = "action-\(incident.id)-" + FileVersion.of(Array(text.utf8)) + (seen[text] == 1 ? "" : "-\(seen[text]!)")
                items.append(action("\(incident.id)/\(index + 1)", key, open.text, parties[open.ownerID]?.name ?? open.ownerID, open.due))
            }
        }
        return items
    }

    /// The deadlines of an agreement's current period. An agreement that renews automatically: the
    /// decision and the notice deadline (the period's last day when it has no notice period). One
    /// renewed on request: the decision and its end. One without renewal: its end.
    private static func contractItems(
        _ agreement: Agreement, vendor: String, owner: String?, today: CalendarDate, window: Int,
        item: (DueItem.Kind, String, String, String?, CalendarDate?, Int, Cycle?, Int?, DueItem.Detail) -> DueItem
    ) -> [DueItem] {
        let term = ContractTerm(agreement.term)
        let period = term.deadlinePeriod(on: today)
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
