/// What the agreements promise each system, worked out once for the continuity rules and reports:
/// the agreements that cover it, the worst-case restore of the slowest of them, what it depends on
/// (its worst case is at least that of anything in its chain), its drill and its outages not yet
/// evaluated.
struct ContinuityAnalysis: Sendable {
    /// One system and what it can count on. A class: the rules each walk all systems, and
    /// copying these facts for every system and rule took most of the time on a wide register.
    final class SystemFacts: Sendable {
        let system: ITSystem
        /// The active agreements that cover it, in register order.
        let covering: [Agreement]
        /// How long care can do without it, in minutes, where that is set in hours or days.
        let maximumMinutes: Int?
        /// The covering agreement with the slowest worst case, and that worst case.
        let slowest: Agreement?
        let ownWorstCase: ContinuityCheck.WorstCase?
        /// Everything the system depends on, directly or through others, nearest first.
        let chain: [ITSystem]
        /// The system in the chain whose worst case is longest, where it is longer than the system's own.
        let weakestLink: (system: ITSystem, worstCase: ContinuityCheck.WorstCase)?
        /// Systems of a vendor in the chain with no agreement that gives a restore time, while this system has one.
        let uncoveredLinks: [ITSystem]
        /// A covering agreement whose service hours cannot provide the restore time within a year.
        let beyondHorizon: Agreement?
        /// The system's next or overdue drill, where it has one.
        let drill: DueItem?
        /// The next or overdue test of restoring its backups, where it has backups.
        let restoreTest: DueItem?
        /// Outages of the system not evaluated yet.
        let unevaluatedOutages: [Incident]

        var isCritical: Bool { system.criticality == .critical }

        /// The worst case care can count on: the system's own, or a longer one of its chain.
        var worstCase: ContinuityCheck.WorstCase? { weakestLink?.worstCase ?? ownWorstCase }

        /// The agreement the restore figures come from: one that cannot restore in time, or the slowest.
        var decisive: Agreement? { beyondHorizon ?? slowest }

        init(system: ITSystem, covering: [Agreement], maximumMinutes: Int?, slowest: Agreement?, ownWorstCase: ContinuityCheck.WorstCase?,
             beyondHorizon: Agreement?, drill: DueItem?, restoreTest: DueItem?, unevaluatedOutages: [Incident],
             chain: [ITSystem] = [], weakestLink: (system: ITSystem, worstCase: ContinuityCheck.WorstCase)? = nil, uncoveredLinks: [ITSystem] = []) {
            self.system = system
            self.covering = covering
            self.maximumMinutes = maximumMinutes
            self.slowest = slowest
            self.ownWorstCase = ownWorstCase
            self.beyondHorizon = beyondHorizon
            self.drill = drill
            self.restoreTest = restoreTest
            self.unevaluatedOutages = unevaluatedOutages
            self.chain = chain
            self.weakestLink = weakestLink
            self.uncoveredLinks = uncoveredLinks
        }

        /// These facts with the system's dependency chain.
        func linked(chain: [ITSystem], weakestLink: (system: ITSystem, worstCase: ContinuityCheck.WorstCase)?, uncoveredLinks: [ITSystem]) -> SystemFacts {
            SystemFacts(system: system, covering: covering, maximumMinutes: maximumMinutes, slowest: slowest, ownWorstCase: ownWorstCase,
                        beyondHorizon: beyondHorizon, drill: drill, restoreTest: restoreTest, unevaluatedOutages: unevaluatedOutages,
                        chain: chain, weakestLink: weakestLink, uncoveredLinks: uncoveredLinks)
        }
    }

    let systems: [SystemFacts]
    let parties: [String: Party]

    init(register: Register, today: CalendarDate, due: DueList) {
        let horizon = today.adding(months: 12).adding(days: ServiceClock.restoreHorizonDays)
        let holidays = register.holidays.dates(from: today, through: horizon)
        let zone = ZoneClock(identifier: register.organisation.timeZone, from: today, through: horizon)
        let agreementsBySystem = register.agreementsBySystem
        func bySystem(_ kind: DueItem.Kind) -> [String: DueItem] {
            Dictionary(due.items.filter { $0.kind == kind }.map { ($0.subjectID, $0) }, uniquingKeysWith: { first, _ in first })
        }
        let drills = bySystem(.drill)
        let restoreTests = bySystem(.restoreTest)
        let outages = Dictionary(grouping: register.incidents.filter { $0.kind == .outage && $0.evaluation == nil }, by: \.systemID)
        parties = register.partiesByID
        // Agreements often share their service hours and restore time: each worst case is searched once.
        struct Search: Hashable {
            let hours: ServiceHours
            let minutes: Int
        }
        var worstCases: [Search: ServiceClock.WorstCase] = [:]
        let own = register.systems.map { system in
            let covering = (agreementsBySystem[system.id] ?? []).filter { $0.status == .active }
            var slowest: (agreement: Agreement, worst: ContinuityCheck.WorstCase)?
            var beyondHorizon: Agreement?
            for agreement in covering {
                guard let top = agreement.serviceLevels.priorities.first, let seconds = top.restoreTime.exactSeconds else { continue }
                let search = Search(hours: agreement.serviceLevels.hours, minutes: Int(seconds / 60))
                let worstCase = worstCases[search] ?? ServiceClock(hours: search.hours, holidays: holidays, zone: zone).worstCase(serviceMinutes: search.minutes, from: today)
                worstCases[search] = worstCase
                switch worstCase {
                case .beyondHorizon:
                    if beyondHorizon == nil { beyondHorizon = agreement }
                case let .outage(start, end):
                    let worst = ContinuityCheck.WorstCase(start: ZonedTime(utcMinute: start, on: zone), end: ZonedTime(utcMinute: end, on: zone), minutes: end - start)
                    if slowest.map({ worst.minutes > $0.worst.minutes }) ?? true { slowest = (agreement, worst) }
                }
            }
            return SystemFacts(
                system: system, covering: covering, maximumMinutes: system.maxDowntime.flatMap(\.exactSeconds).map { Int($0 / 60) },
                slowest: slowest?.agreement, ownWorstCase: slowest?.worst, beyondHorizon: beyondHorizon,
                drill: drills[system.id], restoreTest: restoreTests[system.id], unevaluatedOutages: outages[system.id] ?? []
            )
        }
        systems = ContinuityAnalysis.linked(own)
    }

    /// The facts with each system's dependency chain: breadth first, each system once, so a
    /// circle of dependencies ends where it comes round.
    private static func linked(_ own: [SystemFacts]) -> [SystemFacts] {
        var place: [String: SystemFacts] = [:]
        for facts in own where place[facts.system.id] == nil { place[facts.system.id] = facts }
        return own.map { facts in
            guard !facts.system.dependencies.isEmpty else { return facts }
            var chain: [ITSystem] = []
            var weakestLink: (system: ITSystem, worstCase: ContinuityCheck.WorstCase)?
            var uncoveredLinks: [ITSystem] = []
            var seen: Set<String> = [facts.system.id]
            var queue = facts.system.dependencies.map(\.systemID)
            var next = 0
            while next < queue.count {
                let id = queue[next]
                next += 1
                guard seen.insert(id).inserted, let link = place[id] else { continue }
                chain.append(link.system)
                queue += link.system.dependencies.map(\.systemID)
                let longest = weakestLink?.worstCase.minutes ?? facts.ownWorstCase?.minutes ?? 0
                if let worst = link.ownWorstCase, link.beyondHorizon == nil, worst.minutes > longest {
                    weakestLink = (link.system, worst)
                }
                if facts.ownWorstCase != nil, link.system.vendorID != nil, link.ownWorstCase == nil, link.beyondHorizon == nil {
                    uncoveredLinks.append(link.system)
                }
            }
            return facts.linked(chain: chain, weakestLink: weakestLink, uncoveredLinks: uncoveredLinks)
        }
    }
}
