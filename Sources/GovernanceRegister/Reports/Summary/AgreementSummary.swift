/// Everything a contract manager, the board or the vendor reads about one agreement, worked out
/// for a given day: names instead of ids, the current period and its deadlines, the next review.
public struct AgreementSummary: Sendable, Codable {
    public struct Reference: Sendable, Codable, Hashable {
        public let id: String
        public let name: String
    }

    public struct ContactCard: Sendable, Codable {
        public let name: String
        public let role: String?
        public let phones: [String]
        public let emails: [String]
        public let reachable24x7: Bool

        init(_ contact: Contact) {
            name = contact.name
            role = contact.role
            phones = contact.phones.map(\.number)
            emails = contact.emails
            reachable24x7 = contact.reachable24x7
        }
    }

    public struct Times: Sendable, Codable {
        public let priority: String
        public let description: String?
        public let responseTime: ISODuration
        public let restoreTime: ISODuration
        public let resolutionTime: ISODuration?
        public let updateInterval: ISODuration?
    }

    public struct Level: Sendable, Codable {
        public let level: Int
        public let name: String
        public let after: ISODuration
        public let atOnceFor: String?
        public let contact: ContactCard
        public let counterpart: Reference?
    }

    public struct Dates: Sendable, Codable {
        public let start: CalendarDate
        public let initialTerm: ISODuration?
        public let fixedEnd: CalendarDate?
        public let renewal: Term.RenewalKind
        public let renewalTerm: ISODuration?
        public let noticePeriod: ISODuration?
        public let decisionBuffer: ISODuration
        public let currentPeriod: ContractTerm.Period
        /// Whether the current period has ended without a renewal.
        public let ended: Bool
        /// The period the deadlines are for: the current one, or the next once the current one's
        /// notice deadline has passed and it renews (`ContractTerm.deadlinePeriod(on:)`).
        public let deadlinePeriod: ContractTerm.Period
        public let cancelBy: CalendarDate?
        public let decideBy: CalendarDate?
    }

    public struct ReviewState: Sendable, Codable {
        public let interval: ISODuration
        public let lastDate: CalendarDate?
        public let lastBy: String?
        public let lastOutcome: Review.Outcome?
        public let next: CalendarDate
        public let status: ReviewSchedule.Status
    }

    public struct Duty: Sendable, Codable {
        public let matrix: String
        public let activity: String
        public let role: RaciRole
    }

    public let id: String
    public let title: String
    public let status: Agreement.Status
    public let description: String?
    public let vendor: Reference
    public let systems: [Reference]
    public let owner: Reference?
    public let dates: Dates
    public let document: String?
    public let documentReference: String?
    /// The customer or contract number to quote when calling the vendor.
    public let customerNumber: String?
    public let suppliers: [Reference]
    public let serviceHours: ServiceHours
    public let priorities: [Times]
    public let escalation: [Level]
    public let review: ReviewState
    /// The RACI rows the vendor has a role in (empty for a vendor agreement file).
    public let raci: [Duty]
    /// The register's incidents under the agreement, measured against its SLA and the care's
    /// maximum downtime (empty for a vendor agreement file).
    public let incidents: [IncidentMeasure]
    /// Those incidents scored per calendar quarter.
    public let scorecard: [ServiceScore]

    /// The summary of `agreement`, with names from `register` where there is one, as seen on `today`.
    public init(_ agreement: Agreement, register: Register?, today: CalendarDate, dueSoonWindow: Int = ReviewSchedule.defaultWindow) {
        self.init(agreement, names: Names(register), today: today, dueSoonWindow: dueSoonWindow)
    }

    /// The register's parties and systems by id, and its matrices, looked up once for many summaries.
    struct Names {
        let parties: [String: Party]
        let systems: [String: ITSystem]
        /// Each party's duties in the RACI matrices, in matrix and activity order.
        let duties: [String: [Duty]]
        let incidents: IncidentMeasure.Book?

        init(_ register: Register?) {
            parties = register?.partiesByID ?? [:]
            systems = register?.systemsByID ?? [:]
            var duties: [String: [Duty]] = [:]
            for matrix in register?.matrices ?? [] {
                for activity in matrix.activities {
                    // A party's first role in an activity is the one that counts.
                    var seen = Set<String>()
                    for assignment in activity.assignments where seen.insert(assignment.partyID).inserted {
                        duties[assignment.partyID, default: []].append(Duty(matrix: matrix.title, activity: activity.name, role: assignment.role))
                    }
                }
            }
            self.duties = duties
            incidents = register.map(IncidentMeasure.Book.init)
        }
    }

    init(_ agreement: Agreement, names: Names, today: CalendarDate, dueSoonWindow: Int = ReviewSchedule.defaultWindow) {
        let parties = names.parties
        let systems = names.systems
        func party(_ id: String) -> Reference {
            Reference(id: id, name: parties[id]?.name ?? id)
        }
        id = agreement.id
        title = agreement.title
        status = agreement.status
        description = agreement.description
        vendor = party(agreement.vendorID)
        self.systems = agreement.systemIDs.map { Reference(id: $0, name: systems[$0]?.name ?? $0) }
        owner = agreement.ownerID.map(party)

        let term = ContractTerm(agreement.term)
        let period = term.period(on: today)
        let deadlines = term.deadlinePeriod(on: today)
        // Deadlines matter where something renews; an agreement without renewal simply ends.
        let renews = term.renewsAutomatically || agreement.term.renewal?.kind == .onRequest
        dates = Dates(
            start: agreement.term.start,
            initialTerm: agreement.term.initialTerm,
            fixedEnd: agreement.term.end,
            renewal: agreement.term.renewal?.kind ?? .none,
            renewalTerm: agreement.term.renewal?.term,
            noticePeriod: agreement.term.noticePeriod,
            decisionBuffer: agreement.term.decisionBuffer ?? ContractTerm.defaultDecisionBuffer,
            currentPeriod: period,
            ended: today > period.end,
            deadlinePeriod: deadlines,
            cancelBy: renews ? term.cancelBy(deadlines) : nil,
            decideBy: renews ? term.decideBy(deadlines) : nil
        )
        document = agreement.document?.title
        documentReference = agreement.document?.reference
        customerNumber = agreement.customerNumber
        suppliers = agreement.suppliers.map { Reference(id: $0.name, name: $0.provides) }
        serviceHours = agreement.serviceLevels.hours
        priorities = agreement.serviceLevels.priorities.map {
            Times(priority: $0.name, description: $0.description, responseTime: $0.responseTime, restoreTime: $0.restoreTime,
                  resolutionTime: $0.resolutionTime, updateInterval: $0.updateInterval)
        }
        escalation = agreement.escalation.enumerated().map { index, level in
            Level(level: index + 1, name: level.name, after: level.after, atOnceFor: level.atOnceFor,
                  contact: ContactCard(level.contact), counterpart: level.counterpartID.map(party))
        }
        let schedule = ReviewSchedule(agreement)
        let last = schedule.lastReview
        let next = schedule.nextReview
        review = ReviewState(
            interval: agreement.reviewInterval, lastDate: last?.date, lastBy: last?.reviewer, lastOutcome: last?.outcome,
            next: next, status: ReviewSchedule.Status(due: next, today: today, window: dueSoonWindow)
        )
        raci = names.duties[agreement.vendorID] ?? []
        incidents = names.incidents?.measures(agreement) ?? []
        scorecard = ServiceScore.quarters(incidents)
    }
}

/// The summaries of one file's agreements, with what varies between runs made explicit.
public struct AgreementSummaries: Sendable, Codable {
    /// The organisation's name, when the file is a register.
    public let organisation: String?
    /// The day the deadlines and review states were worked out for.
    public let asOf: CalendarDate
    public let agreements: [AgreementSummary]

    /// The summaries of every agreement in `document`, or of the one named `agreementID`.
    public init(_ document: GovernanceDocument, agreement agreementID: String? = nil, today: CalendarDate) throws(GovregError) {
        var register: Register?
        if case .register(let whole) = document { register = whole }
        var agreements = document.agreements
        if let agreementID {
            agreements = agreements.filter { $0.id == agreementID }
            guard !agreements.isEmpty else { throw .notFound(.agreement, id: agreementID, within: document.kind == .register ? .register : .agreementFile, known: document.agreements.map(\.id)) }
        }
        organisation = register?.organisation.name
        asOf = today
        let names = AgreementSummary.Names(register)
        self.agreements = agreements.mapOnEveryCore { AgreementSummary($0, names: names, today: today) }
    }
}
