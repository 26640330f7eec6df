/// For every system, what the care needs held against what the agreements promise: the worst-case
/// time to restore a top-priority outage, escalation, fallback, drills and evaluations.
public struct ContinuityCheck: Sendable, Codable {
    /// The worst outage for a system: when it starts and when the vendor has restored it, on the
    /// local clock with its offset from UTC, and how many minutes of real time lie between.
    public struct WorstCase: Sendable, Codable, Hashable {
        public let start: ZonedTime
        public let end: ZonedTime
        public let minutes: Int
    }

    public struct SystemAssessment: Sendable, Codable {
        public let id: String
        public let name: String
        public let criticality: String
        public let maxDowntime: ISODuration?
        public let vendor: String?
        /// The agreements that cover the system.
        public let agreements: [String]
        /// The covering agreement with the slowest worst case, which is what care can count on.
        public let slowestAgreement: String?
        public let priority: String?
        public let restoreTime: ISODuration?
        public let serviceHours: ServiceHours?
        public let worstCase: WorstCase?
        /// True when some outage in the year is not restored within a year after it.
        public let restoreBeyondHorizon: Bool
        public let findings: [ContinuityFinding]
    }

    public let organisation: String
    public let asOf: CalendarDate
    public let systems: [SystemAssessment]

    public var findings: [ContinuityFinding] { systems.flatMap(\.findings) }
    public var errorCount: Int { findings.count { $0.severity == .error } }

    public init(register: Register, today: CalendarDate, wording w: Wording) {
        self.init(register: register, today: today, due: DueList(register: register, today: today), wording: w)
    }

    /// The check with the drills and evaluations of a due list the caller already has.
    init(register: Register, today: CalendarDate, due: DueList, wording w: Wording) {
        organisation = register.organisation.name
        asOf = today
        let holidays = Set(register.holidays.map(\.date))
        let zone = ZoneClock(identifier: register.organisation.timeZone, from: today,
                             through: today.adding(months: 12).adding(days: ServiceClock.restoreHorizonDays))
        let agreementsBySystem = register.agreementsBySystem
        let outages = Dictionary(grouping: register.incidents.filter { $0.kind == .outage && $0.evaluation == nil }, by: \.systemID)
        let drills = Dictionary(due.items.filter { $0.kind == .drill }.map { ($0.subjectID, $0) }, uniquingKeysWith: { first, _ in first })
        let parties = register.partiesByID
        systems = register.systems.map { system in
            ContinuityCheck.assess(system, covering: (agreementsBySystem[system.id] ?? []).filter { $0.status == .active },
                                   clock: { ServiceClock(hours: $0, holidays: holidays, zone: zone) }, drill: drills[system.id],
                                   outages: outages[system.id] ?? [], parties: parties, today: today, wording: w)
        }
    }

    private static func assess(_ system: ITSystem, covering: [Agreement], clock: (ServiceHours) -> ServiceClock, drill: DueItem?,
                               outages: [Incident], parties: [String: Party], today: CalendarDate, wording w: Wording) -> SystemAssessment {
        let critical = system.criticality == .critical
        var findings: [ContinuityFinding] = []
        func find(_ kind: ContinuityFinding.Kind, _ message: String) {
            findings.append(ContinuityFinding(kind, system: system.id, message))
        }
        let maximum = system.maxDowntime.flatMap(\.exactSeconds).map { Int($0 / 60) }

        // The slowest covering agreement decides what care can count on.
        var slowest: (agreement: Agreement, worst: WorstCase?)?
        var beyondHorizon: Agreement?
        for agreement in covering {
            guard let top = agreement.serviceLevels.priorities.first, let seconds = top.restoreTime.exactSeconds else { continue }
            let serviceClock = clock(agreement.serviceLevels.hours)
            switch serviceClock.worstCase(serviceMinutes: Int(seconds / 60), from: today) {
            case .beyondHorizon:
                if beyondHorizon == nil { beyondHorizon = agreement }
            case let .outage(start, end):
                let worst = WorstCase(start: ZonedTime(utcMinute: start, on: serviceClock.zone), end: ZonedTime(utcMinute: end, on: serviceClock.zone), minutes: end - start)
                if slowest == nil || worst.minutes > (slowest?.worst?.minutes ?? -1) {
                    slowest = (agreement, worst)
                }
            }
        }

        if critical, system.vendorID != nil, covering.isEmpty {
            find(.noAgreement, w("\(system.name) is critical but no active agreement covers it; agree service levels with the vendor",
                                 "\(system.name) is kritiek maar geen lopende overeenkomst dekt het; maak afspraken over serviceniveaus met de leverancier"))
        }
        if critical, system.maxDowntime == nil {
            find(.noMaximumDowntime, w("\(system.name) has no maximum tolerable downtime; decide how long care can do without it",
                                       "\(system.name) heeft geen maximaal toelaatbare uitvaltijd; bepaal hoe lang de zorg zonder kan"))
        }
        if let agreement = beyondHorizon, let top = agreement.serviceLevels.priorities.first {
            find(.restoreTooSlow, w(
                "\(system.name) may never be restored in time: \(agreement.id) gives \(w.serviceHours(agreement.serviceLevels.hours)), too little to provide the \(top.name) restore time of \(w.duration(top.restoreTime)) within a year of some outages; agree service hours that cover the restore time, or 24x7 (<always/>)",
                "\(system.name) wordt mogelijk nooit op tijd hersteld: \(agreement.id) geeft \(w.serviceHours(agreement.serviceLevels.hours)), te weinig om de \(top.name)-hersteltijd van \(w.duration(top.restoreTime)) binnen een jaar na sommige storingen te halen; spreek servicetijden af die de hersteltijd dekken, of 24x7 (<always/>)"
            ))
        } else if let slowest, let worst = slowest.worst, let maximum, worst.minutes > maximum, let top = slowest.agreement.serviceLevels.priorities.first {
            find(.restoreTooSlow, w(
                "\(system.name) may be down \(hours(worst.minutes, w)) in the worst case (\(top.name) restore \(w.duration(top.restoreTime)) within \(w.serviceHours(slowest.agreement.serviceLevels.hours)); an outage at \(moment(worst.start, w)) is restored \(moment(worst.end, w))), longer than the \(w.duration(system.maxDowntime ?? ISODuration())) care can do without it; agree 24x7 restore or a faster restore time in \(slowest.agreement.id)",
                "\(system.name) kan in het slechtste geval \(hours(worst.minutes, w)) uitvallen (\(top.name)-herstel \(w.duration(top.restoreTime)) binnen \(w.serviceHours(slowest.agreement.serviceLevels.hours)); uitval op \(moment(worst.start, w)) is hersteld op \(moment(worst.end, w))), langer dan de \(w.duration(system.maxDowntime ?? ISODuration())) die de zorg zonder kan; spreek 24x7-herstel of een snellere hersteltijd af in \(slowest.agreement.id)"
            ))
        }
        for agreement in covering {
            if critical, !agreement.serviceLevels.hours.isAroundTheClock {
                find(.notAroundTheClock, w("\(agreement.id) gives service only \(w.serviceHours(agreement.serviceLevels.hours)) for critical \(system.name); business-critical systems need 24x7: agree it with the vendor and write <always/> in the agreement's <serviceHours>",
                                           "\(agreement.id) geeft alleen service \(w.serviceHours(agreement.serviceLevels.hours)) voor het kritieke \(system.name); bedrijfskritische systemen hebben 24x7 nodig: spreek dat af met de leverancier en schrijf <always/> in <serviceHours> van de overeenkomst"))
            }
            // A level reached at once for the priority of an outage of a critical system is never late.
            let topPriority = agreement.serviceLevels.priorities.first?.name
            if critical, let last = agreement.escalation.last, last.atOnceFor != topPriority,
               let maximum, let after = last.after.exactSeconds, Int(after / 60) > maximum {
                find(.managementTooLate, w("\(agreement.id) reaches the vendor's \(last.name) only \(w.delay(last.after)), after the \(w.duration(system.maxDowntime ?? ISODuration())) \(system.name) may be down; escalate sooner: too big rather than too late",
                                           "\(agreement.id) bereikt \(last.name) van de leverancier pas \(w.delay(last.after)), later dan de \(w.duration(system.maxDowntime ?? ISODuration())) die \(system.name) mag uitvallen; schaal eerder op: liever te groot dan te laat"))
            }
            for (index, level) in agreement.escalation.enumerated() where level.contact.phones.isEmpty {
                find(.levelWithoutPhone, w("\(agreement.id) escalation level \(index + 1) (\(level.name)) has no phone number; when the IT is down, the phone is what works",
                                           "\(agreement.id) escalatieniveau \(index + 1) (\(level.name)) heeft geen telefoonnummer; als de IT uitvalt, werkt de telefoon nog"))
            }
        }
        if critical, (system.fallback ?? "").isEmpty {
            find(.noFallback, w("\(system.name) has no fallback procedure; write down what staff do while it is down",
                                "\(system.name) heeft geen terugvalprocedure; leg vast wat medewerkers doen als het uitvalt"))
        }
        if critical, let drill, drill.status == .overdue {
            find(.drillDue, drill.due.map { w("the continuity drill for \(system.name) was due on \(w.date($0)); hold it and record it", "de oefening voor \(system.name) stond op \(w.date($0)); houd ze en leg ze vast") }
                ?? w("the continuity plan for \(system.name) was never drilled; plan a drill", "het continuïteitsplan voor \(system.name) is nooit geoefend; plan een oefening"))
        }
        for incident in outages {
            find(.notEvaluated, w("the outage \(incident.id) of \(w.date(incident.start.date)) (\(incident.title)) has not been evaluated; evaluate it with the vendor",
                                  "de uitval \(incident.id) van \(w.date(incident.start.date)) (\(incident.title)) is niet geëvalueerd; evalueer met de leverancier"))
        }
        let decisive = beyondHorizon ?? slowest?.agreement
        let top = decisive?.serviceLevels.priorities.first
        return SystemAssessment(
            id: system.id, name: system.name, criticality: system.criticality.rawValue, maxDowntime: system.maxDowntime,
            vendor: system.vendorID.map { parties[$0]?.name ?? $0 }, agreements: covering.map(\.id),
            slowestAgreement: decisive?.id, priority: top?.name, restoreTime: top?.restoreTime,
            serviceHours: decisive?.serviceLevels.hours, worstCase: beyondHorizon == nil ? slowest?.worst : nil,
            restoreBeyondHorizon: beyondHorizon != nil,
            findings: findings
        )
    }

    /// "67 hours" / "67 uur", or hours and minutes.
    static func hours(_ minutes: Int, _ w: Wording) -> String {
        w.duration(ISODuration(hours: minutes / 60, minutes: minutes % 60))
    }

    /// "Friday 20 November 2026 17:00 UTC+01:00" / "vrijdag 20 november 2026 17:00 UTC+01:00".
    static func moment(_ time: ZonedTime, _ w: Wording) -> String {
        w.weekday(time.local.date) + " " + w.date(time.local.date) + " " + Wording.clock(time.local.secondsOfDay / 60) + " UTC" + time.offsetText
    }
}
