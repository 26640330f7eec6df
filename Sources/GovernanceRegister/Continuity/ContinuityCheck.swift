/// For every system, what the care needs held against what the agreements promise: the worst-case
/// time to restore a top-priority outage, and the findings of the continuity rules (CT001 ...).
public struct ContinuityCheck: Sendable, Encodable {
    /// The worst outage for a system: when it starts and when the vendor has restored it, on the
    /// local clock with its offset from UTC, and how many minutes of real time lie between.
    public struct WorstCase: Sendable, Codable, Hashable {
        public let start: ZonedTime
        public let end: ZonedTime
        public let minutes: Int
    }

    public struct SystemAssessment: Sendable, Encodable {
        public let id: String
        public let name: String
        public let criticality: ITSystem.Criticality
        public let maxDowntime: ISODuration?
        public let vendor: String?
        /// The agreements that cover the system.
        public let agreements: [String]
        /// The covering agreement with the slowest worst case, which is what care can count on.
        public let slowestAgreement: String?
        public let priority: String?
        public let restoreTime: ISODuration?
        public let serviceHours: ServiceHours?
        /// The worst case care can count on: the system's own, or a longer one of something it depends on.
        public let worstCase: WorstCase?
        /// The name of the system the worst case comes from, when it is one the system depends on.
        public let worstCaseThrough: String?
        /// The names of the systems it depends on, directly or through others, nearest first.
        public let dependsOn: [String]
        /// True when some outage in the year is not restored within a year after it.
        public let restoreBeyondHorizon: Bool
        public let findings: [ContinuityFinding]
    }

    public let organisation: String
    public let asOf: CalendarDate
    public let systems: [SystemAssessment]
    /// Findings about the continuity plan as a whole rather than one system.
    public let plan: [ContinuityFinding]

    public var findings: [ContinuityFinding] { plan + systems.flatMap(\.findings) }
    public var errorCount: Int { count(.error) }

    /// How many findings have `severity`, counted where they are.
    public func count(_ severity: Severity) -> Int {
        plan.count { $0.severity == severity } + systems.reduce(0) { total, system in total + system.findings.count { $0.severity == severity } }
    }

    /// The check of `register` as of `today`; `check`, the register's own file check, puts the
    /// findings at their exact columns.
    public init(register: Register, today: CalendarDate, check: FileCheck? = nil) {
        self.init(register: register, today: today, due: DueList(register: register, today: today, scope: .drillsAndRestoreTests), check: check)
    }

    /// The check with the drills and evaluations of a due list the caller already has.
    init(register: Register, today: CalendarDate, due: DueList, check: FileCheck? = nil) {
        organisation = register.organisation.name
        asOf = today
        let analysis = ContinuityAnalysis(register: register, today: today, due: due)
        let found = RuleCatalog.findings(.continuity, in: .register(register), context: RuleContext(today: today, continuity: analysis))
        let located = check?.located(found.map(\.finding.location)) ?? found.map(\.finding.location)
        var bySystem: [String: [ContinuityFinding]] = [:]
        for ((rule, finding), location) in zip(found, located) {
            bySystem[finding.system ?? "", default: []].append(
                ContinuityFinding(id: rule.id, severity: rule.severity, system: finding.system ?? "", message: finding.message, location: location)
            )
        }
        plan = (bySystem[""] ?? []).sorted { ($0.id, $0.location) < ($1.id, $1.location) }
        let findings = bySystem
        systems = analysis.systems.mapOnEveryCore { facts in
            let top = facts.decisive?.serviceLevels.priorities.first
            return SystemAssessment(
                id: facts.system.id, name: facts.system.name, criticality: facts.system.criticality, maxDowntime: facts.system.maxDowntime,
                vendor: facts.system.vendorID.map { analysis.parties[$0]?.name ?? $0 }, agreements: facts.covering.map(\.id),
                slowestAgreement: facts.decisive?.id, priority: top?.name, restoreTime: top?.restoreTime,
                serviceHours: facts.decisive?.serviceLevels.hours, worstCase: facts.beyondHorizon == nil ? facts.worstCase : nil,
                worstCaseThrough: facts.beyondHorizon == nil ? facts.weakestLink?.system.name : nil, dependsOn: facts.chain.map(\.name),
                restoreBeyondHorizon: facts.beyondHorizon != nil,
                findings: (findings[facts.system.id] ?? []).sorted { ($0.id, $0.location) < ($1.id, $1.location) }
            )
        }
    }

    /// "67 hours" / "67 uur", or hours and minutes.
    static func hours(_ minutes: Int, _ w: Wording) -> String {
        w.duration(ISODuration(hours: minutes / 60, minutes: minutes % 60))
    }

    /// "Friday 20 November 2026 17:00 UTC+01:00" / "vrijdag 20 november 2026 17:00 UTC+01:00".
    static func moment(_ time: ZonedTime, _ w: Wording) -> String {
        localMoment(time.local, w) + " UTC" + time.offsetText
    }

    /// "Friday 20 November 2026 17:00", as the register's clock shows it.
    static func localMoment(_ time: LocalDateTime, _ w: Wording) -> String {
        w.weekday(time.date) + " " + w.date(time.date) + " " + Wording.clock(time.secondsOfDay / 60)
    }
}
