/// What the vendor delivered on one incident under one agreement: the response and restore times
/// counted in service time, as the SLA counts them, from the report (or the start, when the
/// register does not say when it was reported); and beside them the care's own measure, the real
/// time the care was without the system against the system's maximum downtime.
public struct IncidentMeasure: Sendable, Codable, Hashable {
    public let incidentID: String
    public let title: String
    public let system: String
    /// When care lost the system, on the register's clock with its offset from UTC.
    public let start: ZonedTime
    /// The agreement's priority the incident is measured against.
    public let priority: String
    /// Whether the incident names no priority, so the agreement's highest is taken.
    public let priorityAssumed: Bool
    /// The agreement's times for that priority; `nil` when the agreement has no such priority.
    public let responseTime: ISODuration?
    public let restoreTime: ISODuration?
    /// Service minutes from the report to the first answer; `nil` when no answer is recorded.
    public let responseMinutes: Int?
    /// Service minutes from the report to the restore; `nil` while the incident lasts.
    public let restoreMinutes: Int?
    /// Real minutes from the start to the restore; `nil` while the incident lasts.
    public let downMinutes: Int?
    /// The system's maximum downtime in minutes, where the register gives one.
    public let maximumDowntimeMinutes: Int?

    /// Whether the response came within the response time; `nil` when that cannot be told.
    public var responseMet: Bool? { IncidentMeasure.within(responseMinutes, responseTime) }
    /// Whether the restore came within the restore time; `nil` when that cannot be told.
    public var restoreMet: Bool? { IncidentMeasure.within(restoreMinutes, restoreTime) }

    /// Whether the care was without the system longer than its maximum downtime.
    public var careDownTooLong: Bool {
        guard let downMinutes, let maximumDowntimeMinutes else { return false }
        return downMinutes > maximumDowntimeMinutes
    }

    /// The real downtime as a multiple of the maximum downtime, in tenths, rounded half up
    /// (47 for 4.7 times); `nil` without a maximum downtime.
    public var timesMaximumInTenths: Int? {
        guard let downMinutes, let maximumDowntimeMinutes, maximumDowntimeMinutes > 0 else { return nil }
        return (downMinutes * 20 + maximumDowntimeMinutes) / (2 * maximumDowntimeMinutes)
    }

    private static func within(_ minutes: Int?, _ limit: ISODuration?) -> Bool? {
        guard let minutes, let seconds = limit?.exactSeconds else { return nil }
        return Double(minutes * 60) <= seconds
    }
}

extension IncidentMeasure {
    /// The register's incidents measured per agreement, on the register's clock and holidays.
    struct Book: Sendable {
        private let register: Register
        private let zone: ZoneClock
        private let holidays: Set<CalendarDate>
        private let systems: [String: ITSystem]

        init(_ register: Register) {
            self.register = register
            systems = register.systemsByID
            let moments = register.incidents.flatMap { [$0.start, $0.reported, $0.answered, $0.end].compactMap { $0 } }
            guard let first = moments.min()?.date, let last = moments.max()?.date else {
                zone = .utc
                holidays = []
                return
            }
            zone = ZoneClock(identifier: register.organisation.timeZone, from: first, through: last)
            holidays = register.holidays.dates(from: first.adding(days: -2), through: last.adding(days: 2))
        }

        /// The incidents under `agreement`, oldest first: those that name it, and those on its
        /// systems that name no agreement, from the agreement's start (a draft has none of these).
        func measures(_ agreement: Agreement) -> [IncidentMeasure] {
            let clock = ServiceClock(hours: agreement.serviceLevels.hours, holidays: holidays, zone: zone)
            return register.incidents.filter { incident in
                if !incident.agreementIDs.isEmpty { return incident.agreementIDs.contains(agreement.id) }
                return agreement.status != .draft && agreement.systemIDs.contains(incident.systemID) && incident.start.date >= agreement.term.start
            }
            .sorted { $0.start < $1.start }
            .map { measure($0, agreement, clock) }
        }

        private func measure(_ incident: Incident, _ agreement: Agreement, _ clock: ServiceClock) -> IncidentMeasure {
            let priorities = agreement.serviceLevels.priorities
            let level = incident.priority.map { name in priorities.first { $0.name == name } } ?? priorities.first
            func real(_ time: LocalDateTime) -> Int { clock.instant(time.date, minutes: time.secondsOfDay / 60) }
            let start = real(incident.start)
            let reported = incident.reported.map(real) ?? start
            let end = incident.end.map(real)
            let system = systems[incident.systemID]
            return IncidentMeasure(
                incidentID: incident.id, title: incident.title, system: system?.name ?? incident.systemID, start: ZonedTime(utcMinute: start, on: zone),
                priority: incident.priority ?? level?.name ?? "", priorityAssumed: incident.priority == nil,
                responseTime: level?.responseTime, restoreTime: level?.restoreTime,
                responseMinutes: incident.answered.map { clock.serviceMinutes(from: reported, to: real($0)) },
                restoreMinutes: end.map { clock.serviceMinutes(from: reported, to: $0) },
                downMinutes: end.map { $0 - start },
                maximumDowntimeMinutes: system?.maxDowntime?.exactSeconds.map { Int($0 / 60) }
            )
        }
    }
}
