/// How a vendor did over a stretch of time, as the review meeting discusses it: the incidents,
/// how many response and restore times were met and breached, how often the care was without a
/// system longer than its maximum downtime, and the longest outage.
public struct ServiceScore: Sendable, Codable, Hashable {
    /// The calendar quarter the incidents started in; `nil` for a score since the last review.
    public let year: Int?
    public let quarter: Int?
    public let incidents: Int
    public let responseMet: Int
    public let responseBreached: Int
    public let restoreMet: Int
    public let restoreBreached: Int
    public let careDownTooLong: Int
    /// The incident the care was without its system longest, with how long.
    public let longest: IncidentMeasure?

    init(_ measures: [IncidentMeasure], year: Int? = nil, quarter: Int? = nil) {
        self.year = year
        self.quarter = quarter
        incidents = measures.count
        responseMet = measures.count { $0.responseMet == true }
        responseBreached = measures.count { $0.responseMet == false }
        restoreMet = measures.count { $0.restoreMet == true }
        restoreBreached = measures.count { $0.restoreMet == false }
        careDownTooLong = measures.count(where: \.careDownTooLong)
        longest = measures.filter { $0.downMinutes != nil }.max { ($0.downMinutes ?? 0) < ($1.downMinutes ?? 0) }
    }

    /// One score per calendar quarter that has incidents, oldest first.
    static func quarters(_ measures: [IncidentMeasure]) -> [ServiceScore] {
        Dictionary(grouping: measures) { QuarterKey(year: $0.start.local.date.year, quarter: ($0.start.local.date.month - 1) / 3 + 1) }
            .sorted { ($0.key.year, $0.key.quarter) < ($1.key.year, $1.key.quarter) }
            .map { ServiceScore($0.value, year: $0.key.year, quarter: $0.key.quarter) }
    }

    private struct QuarterKey: Hashable {
        let year: Int
        let quarter: Int
    }
}
