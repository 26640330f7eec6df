/// A RACI matrix: activities against parties.
public struct RaciMatrix: Sendable {
    public var id: String
    public var title: String
    public var activities: [RaciActivity]
    public var location: SourceLocation
}

/// One row of a RACI matrix.
public struct RaciActivity: Sendable {
    public var id: String
    public var name: String
    public var description: String?
    public var assignments: [RaciAssignment]
    public var location: SourceLocation

    public func parties(withRole role: RaciRole) -> [String] {
        assignments.filter { $0.role == role }.map(\.partyID)
    }
}

/// R, A, C or I.
public enum RaciRole: String, Sendable, Codable, CaseIterable {
    case responsible = "R"
    case accountable = "A"
    case consulted = "C"
    case informed = "I"
}

/// One cell of a RACI matrix.
public struct RaciAssignment: Sendable {
    public var partyID: String
    public var role: RaciRole
    public var location: SourceLocation
}
