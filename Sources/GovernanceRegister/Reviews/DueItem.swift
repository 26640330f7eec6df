/// One thing that falls due: a review, a contract deadline, a drill, an evaluation, the continuity
/// plan's review and training, a restore test, an action from an evaluation.
public struct DueItem: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// The periodic review of an agreement.
        case review
        /// The internal decision whether to continue an agreement (notice deadline minus buffer).
        case decision
        /// The last day notice reaches the vendor in time.
        case notice
        /// An agreement without renewal reaches its end date.
        case ending
        /// An agreement past its end date that is still marked active.
        case expired
        /// A drill of a system's continuity plan.
        case drill
        /// The evaluation of an incident, due 30 days after it started.
        case evaluation
        /// The periodic review of the continuity plan.
        case planReview = "plan-review"
        /// The next training of staff in the continuity plan.
        case training
        /// The next test of restoring a system's backups.
        case restoreTest = "restore-test"
        /// An open action from an incident's evaluation.
        case action
    }

    public let kind: Kind
    /// The agreement, system or incident id; for an action, the incident id and the action's number.
    public let subjectID: String
    /// Its title or name.
    public let subject: String
    /// The internal party that owns it, where the register says.
    public let owner: String?
    /// The date it falls due; `nil` when it never happened at all (a drill never held).
    public let due: CalendarDate?
    public let status: ReviewSchedule.Status
    /// Days from today to the due date (negative when late).
    public let daysLeft: Int?
    /// For a recurring item (review cycles, drills), how often it comes back.
    public let recurrence: ISODuration?
    /// For a recurring item, the day its due dates count from (`Cycle`): what a calendar's repeat
    /// rule needs to land on govreg's own dates.
    public let repeatsFrom: CalendarDate?
    /// For contract deadlines, the period they belong to (0 is the initial term).
    public let period: Int?
    /// A key that stays the same from run to run for the same reminder (the calendar's UID): its
    /// kind, its subject's id and the contract period; for an action, its incident and a fingerprint
    /// of its text, so an action added before it or one done before it does not take its place.
    public let reminderKey: String

    /// What to check or do, as data for the reporters.
    public let detail: Detail

    /// Facts the reporters turn into words.
    public struct Detail: Sendable, Codable, Hashable {
        public var vendor: String?
        public var periodEnd: CalendarDate?
        public var noticePeriod: ISODuration?
        public var renewal: Term.RenewalKind?
        public var lastDone: CalendarDate?
        /// For a review, how the vendor did on the incidents since the last review (or ever, when
        /// never reviewed); `nil` when there were none.
        public var sinceLastReview: ServiceScore?
    }

    /// The reminder key of everything but an action.
    static func reminderKey(_ kind: Kind, _ subjectID: String, period: Int?) -> String {
        ([kind.rawValue, subjectID] + (period.map { ["period-\($0)"] } ?? [])).joined(separator: "-")
    }
}
