/// When an agreement is next due for review: one interval after the last review, or one interval
/// after the start when it was never reviewed; a review held on its due date keeps the cycle's day
/// of the month (`Cycle`).
public struct ReviewSchedule: Sendable {
    /// How urgent something due is, from the most urgent.
    public enum Status: String, Sendable, Codable, Comparable {
        case overdue
        case dueSoon = "due-soon"
        case ok

        private var rank: Int {
            switch self {
            case .overdue: 0
            case .dueSoon: 1
            case .ok: 2
            }
        }

        public static func < (lhs: Status, rhs: Status) -> Bool {
            lhs.rank < rhs.rank
        }

        /// The status of something due on `due`, seen on `today`, with `window` days counting as soon.
        public init(due: CalendarDate, today: CalendarDate, window: Int) {
            let days = today.days(until: due)
            self = days < 0 ? .overdue : days <= window ? .dueSoon : .ok
        }
    }

    /// The default number of days ahead that counts as due soon.
    public static let defaultWindow = 30

    public let agreement: Agreement

    public init(_ agreement: Agreement) {
        self.agreement = agreement
    }

    /// The most recent review, by date.
    public var lastReview: Review? {
        agreement.reviews.max { $0.date < $1.date }
    }

    /// The review cycle: from the agreement's start, and from each review not held on its due date.
    public var cycle: Cycle {
        Cycle(every: agreement.reviewInterval, from: agreement.term.start, done: agreement.reviews.map(\.date))!
    }

    /// The date the next review is due.
    public var nextReview: CalendarDate {
        cycle.next
    }
}
