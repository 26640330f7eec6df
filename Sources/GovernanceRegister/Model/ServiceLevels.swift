/// The SLA: service hours, and times per priority from the highest to the lowest.
public struct ServiceLevels: Sendable {
    public var hours: ServiceHours
    public var priorities: [PriorityLevel]
    /// Where the service hours are written.
    public var hoursLocation: SourceLocation
}

/// When the vendor responds and restores: 24x7, or weekly windows.
public struct ServiceHours: Sendable, Hashable, Codable {
    public var isAlways: Bool
    public var windows: [ServiceWindow]
    /// Whether the windows also apply on the register's public holidays.
    public var openOnPublicHolidays: Bool
    public var note: String?

    /// Service around the clock: `<always/>`, or windows that together cover every minute of the
    /// week and also apply on public holidays (all seven days 00:00-24:00, say).
    public var isAroundTheClock: Bool {
        if isAlways { return true }
        guard openOnPublicHolidays else { return false }
        let week = 7 * 1440
        var covered: [(start: Int, end: Int)] = []
        for window in windows {
            let length = window.until > window.from ? window.until - window.from : window.until + 1440 - window.from
            for day in Set(window.days) where (1...7).contains(day) {
                let start = (day - 1) * 1440 + window.from
                // A window late on Sunday runs on into Monday: count that part at the week's start.
                covered.append((start, min(start + length, week)))
                if start + length > week { covered.append((0, start + length - week)) }
            }
        }
        var reached = 0
        for interval in covered.sorted(by: { $0.start < $1.start }) {
            guard interval.start <= reached else { return false }
            reached = max(reached, interval.end)
        }
        return reached >= week
    }
}

/// A weekly service window such as Mon-Fri 08:00-17:00; an end before the start runs past midnight.
public struct ServiceWindow: Sendable, Hashable, Codable {
    private enum CodingKeys: String, CodingKey {
        case days, from, until
    }

    /// Encodes as {"days": ["mon", ...], "from": "08:00", "until": "17:00"}.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(days.map { ServiceWindow.dayNames[($0 - 1) % 7] }, forKey: .days)
        try container.encode(Wording.clock(from), forKey: .from)
        try container.encode(Wording.clock(until), forKey: .until)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        days = try container.decode([String].self, forKey: .days).compactMap { ServiceWindow.dayNames.firstIndex(of: $0).map { $0 + 1 } }
        from = ServiceWindow.minutes(try container.decode(String.self, forKey: .from)) ?? 0
        until = ServiceWindow.minutes(try container.decode(String.self, forKey: .until)) ?? 0
    }

    public init(days: [Int], from: Int, until: Int) {
        self.days = days
        self.from = from
        self.until = until
    }

    /// ISO weekdays the window starts on: 1 is Monday, 7 is Sunday.
    public var days: [Int]
    /// Minutes after midnight.
    public var from: Int
    /// Minutes after midnight (1440 for 24:00).
    public var until: Int

    static let dayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// Parses `HH:MM` (up to 24:00) into minutes after midnight; `nil` for anything else.
    static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]),
              (0...24).contains(hours), (0..<60).contains(minutes), hours * 60 + minutes <= 24 * 60
        else { return nil }
        return hours * 60 + minutes
    }
}

/// Times for one priority (P1 ... P4 or the vendor's own name).
public struct PriorityLevel: Sendable {
    public var name: String
    public var description: String?
    public var responseTime: ISODuration
    public var restoreTime: ISODuration
    public var resolutionTime: ISODuration?
    public var updateInterval: ISODuration?
    public var location: SourceLocation
}

/// One level of an escalation path.
public struct EscalationLevel: Sendable {
    public var name: String
    /// How long after the report to go to this level.
    public var after: ISODuration
    /// A priority for which to go to this level at once.
    public var atOnceFor: String?
    /// The vendor's contact at this level.
    public var contact: Contact
    /// Our counterpart's party id.
    public var counterpartID: String?
    public var location: SourceLocation
    public var counterpartLocation: SourceLocation?
}
