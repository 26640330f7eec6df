import GovernanceXML

/// The entries of a register's long lists (parties, systems, agreements, matrices, incidents),
/// read one at a time while the file is parsed and checked, so that the whole tree of a large
/// register is never in memory at once.
struct RegisterEntries {
    /// The lists whose entries are read this way, by the names of the list and of an entry.
    static let lists = ValidatingParser.Entries([
        (list: "parties", entry: "party"), (list: "systems", entry: "system"), (list: "agreements", entry: "agreement"),
        (list: "raci", entry: "matrix"), (list: "incidents", entry: "incident"),
    ])

    private(set) var parties: [Party] = []
    private(set) var systems: [ITSystem] = []
    private(set) var agreements: [Agreement] = []
    private(set) var matrices: [RaciMatrix] = []
    private(set) var incidents: [Incident] = []
    private var unfilled: [UnfilledValue] = []
    /// How many entries of each name there are.
    private var counts: [String: Int] = [:]

    /// Reads one entry, the `place`-th of its name.
    mutating func read(_ entry: XMLElementView, place: Int, with reader: ModelReader) {
        let name = entry.localName
        switch name {
        case "party": parties.append(reader.party(entry))
        case "system": systems.append(reader.system(entry))
        case "agreement": agreements.append(reader.agreement(entry))
        case "matrix": matrices.append(reader.matrix(entry))
        case "incident": incidents.append(reader.incident(entry))
        default: return
        }
        counts[name] = place
        unfilled += reader.unfilled(inEntry: entry, place: place)
    }

    /// The unfilled values of the entries, with how many namesakes each entry has, together with
    /// those found in the rest of the tree, in document order.
    func unfilled(with rest: [UnfilledValue]) -> [UnfilledValue] {
        let counted = unfilled.map { value -> UnfilledValue in
            guard value.path.count > 1 else { return value }
            var path = value.path
            let step = path[1]
            path[1] = UnfilledValue.Step(element: step.element, key: step.key, position: step.position, namesakes: counts[step.element] ?? step.position)
            return UnfilledValue(path: path, attribute: value.attribute, value: value.value, kind: value.kind, location: value.location)
        }
        return (counted + rest).enumerated()
            .sorted { ($0.element.location.line, $0.offset) < ($1.element.location.line, $1.offset) }
            .map(\.element)
    }
}
