/// The continuity plan for the day the IT goes down: its version, owner and approvals, the
/// emergencies it prepares for, its communication plan, its reviews and the trainings held.
public struct ContinuityPlan: Sendable {
    public var title: String
    public var version: String
    public var ownerID: String
    public var reviewInterval: ISODuration
    public var trainingInterval: ISODuration
    public var objectives: [String]
    public var team: [TeamMember]
    public var scenarios: [Scenario]
    public var communication: Communication?
    public var documents: [PlanDocument]
    public var approvals: [Approval]
    public var reviews: [Review]
    public var trainings: [Training]
    public var location: SourceLocation

    /// The approval of the plan's current version, the latest if there are several.
    public var currentApproval: Approval? {
        approvals.last { $0.version == version }
    }

    public struct TeamMember: Sendable {
        public var partyID: String
        public var leads: Bool
    }

    /// One emergency the plan prepares for.
    public struct Scenario: Sendable {
        public enum Kind: String, Sendable, Codable, CaseIterable {
            case systemOutage = "system-outage", networkOutage = "network-outage", powerOutage = "power-outage"
            case fire, flood, cyberAttack = "cyber-attack", vendorFailure = "vendor-failure", other
        }

        public enum Likelihood: String, Sendable, Codable {
            case high, medium, low
        }

        public struct Task: Sendable {
            public var partyID: String
            public var text: String
        }

        public var id: String
        public var kind: Kind
        public var likelihood: Likelihood
        public var priority: Int
        public var name: String
        public var systemIDs: [String]
        public var impact: String
        public var care: String
        public var communication: String
        public var privacy: String
        public var tasks: [Task]
        public var location: SourceLocation
    }

    /// Who calls whom, who informs the outside parties, and the channels that still work.
    public struct Communication: Sendable {
        public struct Call: Sendable {
            public var fromID: String
            public var toID: String
            public var note: String?
            public var location: SourceLocation
        }

        public struct Notification: Sendable {
            public var partyID: String
            public var byID: String
            public var note: String?
        }

        public struct Channel: Sendable {
            public var kind: String
            public var withoutNetwork: Bool
            public var text: String
        }

        public var calls: [Call]
        public var notifications: [Notification]
        public var channels: [Channel]
        public var location: SourceLocation
    }

    public struct PlanDocument: Sendable {
        public var title: String
        public var reference: String?
    }

    public struct Approval: Sendable {
        public var version: String
        public var byID: String
        public var date: CalendarDate
        public var location: SourceLocation
    }

    public struct Training: Sendable {
        public var date: CalendarDate
        public var topic: String
        public var attendeeIDs: [String]
        public var location: SourceLocation
    }
}
