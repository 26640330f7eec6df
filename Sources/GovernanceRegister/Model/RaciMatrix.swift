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

    /// The parties that hold `role`, alone or with another (A R holds both A and R).
    public func parties(withRole role: RaciRole) -> [String] {
        assignments.filter { $0.role.includes(role) }.map(\.partyID)
    }
}

/// R, A, C or I.
public enum RaciRole: String, Sendable, Codable, CaseIterable {
    case responsible = "R"
    case accountable = "A"
    case consulted = "C"
    case informed = "I"
    /// Accountable and doing the work itself, as one person does in a small practice.
    case accountableResponsible = "A R"

    /// Whether this role is `role` or holds it (A R holds A and R).
    public func includes(_ role: RaciRole) -> Bool {
        self == role || (self == .accountableResponsible && (role == .accountable || role == .responsible))
    }

    /// The letters as a RACI sheet shows them: R, A, C, I or A/R.
    public var letters: String {
        self == .accountableResponsible ? "A/R" : rawValue
    }

    /// A role as people write it in a RACI sheet or on the command line: R, A, C, I in either
    /// case, and A with R in any order and with any separator (A/R, R/A, AR, A+R, A R, A,R).
    public init?(written text: String) {
        let letters = text.uppercased().filter { !" /+,;&-".contains($0) }
        switch letters {
        case "R": self = .responsible
        case "A": self = .accountable
        case "C": self = .consulted
        case "I": self = .informed
        case "AR", "RA": self = .accountableResponsible
        default: return nil
        }
    }
}

/// One cell of a RACI matrix.
public struct RaciAssignment: Sendable {
    public var partyID: String
    public var role: RaciRole
    public var location: SourceLocation
}
