/// The RACI matrices ready to show: activities as rows, parties as columns, totals per party.
public struct RaciOverview: Sendable, Codable {
    /// A party that has a role in a matrix.
    public struct Column: Sendable, Codable, Hashable {
        public let id: String
        public let name: String
        /// A short code for narrow output, unique in the overview.
        public let abbreviation: String
        public let kind: Party.Kind
    }

    /// One activity with the role of each party (by party id).
    public struct Row: Sendable, Codable {
        public let id: String
        public let name: String
        public let roles: [String: RaciRole]

        public func role(of party: String) -> RaciRole? {
            roles[party]
        }
    }

    /// One matrix.
    public struct Table: Sendable, Codable {
        public let id: String
        public let title: String
        public let columns: [Column]
        public let rows: [Row]
        /// Per party id, how many activities it holds each role for: {"it": {"A": 3, "R": 5, ...}}.
        public let totals: [String: RoleCounts]

        init(id: String, title: String, columns: [Column], rows: [Row]) {
            self.id = id
            self.title = title
            self.columns = columns
            self.rows = rows
            var totals: [String: RoleCounts] = [:]
            for column in columns { totals[column.id] = RoleCounts() }
            for row in rows {
                for (party, role) in row.roles where totals[party] != nil { totals[party]?.add(role) }
            }
            self.totals = totals
        }

        /// How many times `party` holds `role` in this table.
        public func count(_ role: RaciRole, for party: String) -> Int {
            totals[party]?.count(role) ?? 0
        }
    }

    /// How many activities a party holds each role for: {"A": 3, "C": 0, "I": 1, "R": 5}.
    public struct RoleCounts: Sendable, Codable, Hashable {
        private enum CodingKeys: String, CodingKey {
            case responsible = "R", accountable = "A", consulted = "C", informed = "I"
        }

        public private(set) var responsible = 0
        public private(set) var accountable = 0
        public private(set) var consulted = 0
        public private(set) var informed = 0
        /// Of those counted as A and as R, the activities where the party holds both.
        public private(set) var accountableResponsible = 0

        public func count(_ role: RaciRole) -> Int {
            switch role {
            case .responsible: responsible
            case .accountable: accountable
            case .consulted: consulted
            case .informed: informed
            case .accountableResponsible: accountableResponsible
            }
        }

        /// Counts a role; A R counts as an A and as an R.
        mutating func add(_ role: RaciRole) {
            switch role {
            case .responsible: responsible += 1
            case .accountable: accountable += 1
            case .consulted: consulted += 1
            case .informed: informed += 1
            case .accountableResponsible:
                accountable += 1
                responsible += 1
                accountableResponsible += 1
            }
        }
    }

    public let organisation: String
    /// Set when the overview shows one party's duties only.
    public let focus: Column?
    public let tables: [Table]

    public init(register: Register, matrix matrixID: String? = nil, party partyID: String? = nil) throws(GovregError) {
        guard !register.matrices.isEmpty else { throw .noMatrices(path: register.organisation.name) }
        var matrices = register.matrices
        if let matrixID {
            matrices = matrices.filter { $0.id == matrixID }
            guard !matrices.isEmpty else { throw .notFound(.matrix, id: matrixID, within: .register, known: register.matrices.map(\.id)) }
        }
        let abbreviations = RaciOverview.abbreviations(for: register.parties)
        func column(_ party: Party) -> Column {
            Column(id: party.id, name: party.name, abbreviation: abbreviations[party.id] ?? party.id, kind: party.kind)
        }
        if let partyID {
            guard let party = register.parties.first(where: { $0.id == partyID }) else { throw .notFound(.party, id: partyID, within: .register, known: []) }
            focus = column(party)
        } else {
            focus = nil
        }
        organisation = register.organisation.name
        tables = matrices.compactMap { matrix in
            let activities = matrix.activities.filter { activity in
                partyID.map { id in activity.assignments.contains { $0.partyID == id } } ?? true
            }
            guard !activities.isEmpty || partyID == nil else { return nil }
            let used = Set(activities.flatMap { $0.assignments.map(\.partyID) })
            return Table(
                id: matrix.id,
                title: matrix.title,
                columns: register.parties.filter { used.contains($0.id) }.map(column),
                rows: activities.map { activity in
                    Row(id: activity.id, name: activity.name, roles: Dictionary(
                        activity.assignments.map { ($0.partyID, $0.role) }, uniquingKeysWith: { first, _ in first }
                    ))
                }
            )
        }
    }

    /// Short, unique codes for parties: the capitals or first letters of the name, at most four.
    static func abbreviations(for parties: [Party]) -> [String: String] {
        var taken: Set<String> = []
        // Per code, the suffix to try next: parties with the same name cost one step each, not a
        // walk past every suffix given before.
        var nextSuffix: [String: Int] = [:]
        var result: [String: String] = [:]
        var codes: [String: String] = [:]
        for party in parties {
            let code = codes[party.name] ?? {
                let words = party.name.split { !$0.isLetter && !$0.isNumber }
                var code = String(words.compactMap(\.first).prefix(4)).uppercased()
                if code.count < 2 { code = String(party.name.filter { $0.isLetter || $0.isNumber }.prefix(3)).uppercased() }
                if code.isEmpty { code = "P" }
                codes[party.name] = code
                return code
            }()
            var candidate = code
            var suffix = nextSuffix[code, default: 2]
            while taken.contains(candidate) {
                candidate = code + "\(suffix)"
                suffix += 1
            }
            nextSuffix[code] = suffix
            taken.insert(candidate)
            result[party.id] = candidate
        }
        return result
    }
}
