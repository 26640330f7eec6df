import GovernanceXML
public import Foundation

/// An `xs:duration` (ISO 8601 duration such as PT4H or P3M), kept in its parts so that
/// months stay months: P1M after 31 January is the end of February, not 30 days later.
public struct ISODuration: Hashable, Sendable, CustomStringConvertible, Codable {
    /// Encodes as the ISO 8601 text, such as "PT4H".
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let duration = ISODuration(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an ISO 8601 duration: \(text)"))
        }
        self = duration
    }

    public var isNegative = false
    public var years = 0
    public var months = 0
    public var days = 0
    public var hours = 0
    public var minutes = 0
    public var seconds: Double = 0

    public init(years: Int = 0, months: Int = 0, days: Int = 0, hours: Int = 0, minutes: Int = 0, seconds: Double = 0) {
        self.years = years
        self.months = months
        self.days = days
        self.hours = hours
        self.minutes = minutes
        self.seconds = seconds
    }

    /// Parses the `xs:duration` lexical form: `-?P(nY)?(nM)?(nD)?(T(nH)?(nM)?(n(.n)?S)?)?`.
    public init?(_ text: some StringProtocol) {
        var rest = Substring(String(text).xmlTrimmed).utf8[...]
        if rest.first == UInt8(ascii: "-") {
            isNegative = true
            rest = rest.dropFirst()
        }
        guard rest.first == UInt8(ascii: "P") else { return nil }
        rest = rest.dropFirst()
        var inTime = false
        var sawComponent = false
        var sawT = false
        var number: [UInt8] = []
        var lastRank = -1
        for byte in rest {
            if (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: ".") {
                number.append(byte)
                continue
            }
            if byte == UInt8(ascii: "T") {
                guard !inTime, number.isEmpty else { return nil }
                inTime = true
                sawT = true
                continue
            }
            guard !number.isEmpty else { return nil }
            let rank: Int
            switch (inTime, byte) {
            case (false, UInt8(ascii: "Y")): rank = 0
            case (false, UInt8(ascii: "M")): rank = 1
            case (false, UInt8(ascii: "D")): rank = 2
            case (true, UInt8(ascii: "H")): rank = 3
            case (true, UInt8(ascii: "M")): rank = 4
            case (true, UInt8(ascii: "S")): rank = 5
            default: return nil
            }
            guard rank > lastRank else { return nil }
            lastRank = rank
            let digits = String(decoding: number, as: UTF8.self)
            if rank == 5 {
                guard let value = Double(digits) else { return nil }
                seconds = value
            } else {
                guard !number.contains(UInt8(ascii: ".")), let value = Int(digits) else { return nil }
                switch rank {
                case 0: years = value
                case 1: months = value
                case 2: days = value
                case 3: hours = value
                default: minutes = value
                }
            }
            number = []
            sawComponent = true
        }
        guard number.isEmpty, sawComponent, !(sawT && lastRank < 3) else { return nil }
    }

    public var totalMonths: Int { years * 12 + months }

    /// This duration `count` times over, kept in parts (P12M times 3 is P36M, not 1,095 days).
    public func times(_ count: Int) -> ISODuration {
        var result = ISODuration(years: years * count, months: months * count, days: days * count,
                                 hours: hours * count, minutes: minutes * count, seconds: seconds * Double(count))
        result.isNegative = isNegative
        return result
    }

    /// The sum of two non-negative durations, part by part.
    public static func + (lhs: ISODuration, rhs: ISODuration) -> ISODuration {
        ISODuration(years: lhs.years + rhs.years, months: lhs.months + rhs.months, days: lhs.days + rhs.days,
                    hours: lhs.hours + rhs.hours, minutes: lhs.minutes + rhs.minutes, seconds: lhs.seconds + rhs.seconds)
    }

    /// The hours, minutes and seconds part in seconds.
    public var timeSeconds: Double { Double(hours) * 3600 + Double(minutes) * 60 + seconds }

    /// The whole duration in seconds when it has no years or months (their length varies).
    public var exactSeconds: Double? {
        guard totalMonths == 0 else { return nil }
        let value = Double(days) * 86_400 + timeSeconds
        return isNegative ? -value : value
    }

    public var negated: ISODuration {
        var copy = self
        copy.isNegative.toggle()
        return copy
    }

    public var description: String {
        var text = isNegative ? "-P" : "P"
        if years > 0 { text += "\(years)Y" }
        if months > 0 { text += "\(months)M" }
        if days > 0 { text += "\(days)D" }
        if timeSeconds > 0 {
            text += "T"
            if hours > 0 { text += "\(hours)H" }
            if minutes > 0 { text += "\(minutes)M" }
            if seconds > 0 {
                text += seconds == seconds.rounded() ? "\(Int(seconds))S" : "\(seconds)S"
            }
        }
        return text == "P" || text == "-P" ? "PT0S" : text
    }

    /// Orders two durations as XML Schema does: by adding both to four reference moments. `nil` when
    /// the order depends on the moment (P1M against P30D).
    public static func order(_ lhs: ISODuration, _ rhs: ISODuration) -> ComparisonResult? {
        func compare<Value: Comparable>(_ left: Value, _ right: Value) -> ComparisonResult {
            left < right ? .orderedAscending : left > right ? .orderedDescending : .orderedSame
        }
        if let left = lhs.exactSeconds, let right = rhs.exactSeconds { return compare(left, right) }
        // Whole months and years only (P1Y against P6M): months are ordered at any moment.
        if lhs.days == 0, lhs.timeSeconds == 0, rhs.days == 0, rhs.timeSeconds == 0 {
            return compare((lhs.isNegative ? -1 : 1) * lhs.totalMonths, (rhs.isNegative ? -1 : 1) * rhs.totalMonths)
        }
        var order: ComparisonResult?
        for reference in ISODuration.referenceMoments {
            let here = compare(lhs.seconds(after: reference), rhs.seconds(after: reference))
            if let order, order != here { return nil }
            order = here
        }
        return order
    }

    /// The four moments XML Schema adds durations to when it orders them.
    private static let referenceMoments = [(1696, 9), (1697, 2), (1903, 3), (1903, 7)].map { CalendarDate(year: $0.0, month: $0.1, day: 1)! }

    /// Seconds from midnight at the start of `date` to that moment plus this duration.
    func seconds(after date: CalendarDate) -> Double {
        let sign: Double = isNegative ? -1 : 1
        let afterMonths = date.adding(months: (isNegative ? -1 : 1) * totalMonths)
        let monthPart = Double(date.days(until: afterMonths)) * 86_400
        return monthPart + sign * (Double(days) * 86_400 + timeSeconds)
    }

    /// True when this duration is certainly longer than `other`.
    public func isLonger(than other: ISODuration) -> Bool {
        ISODuration.order(self, other) == .orderedDescending
    }
}
