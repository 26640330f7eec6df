/// Where in a file something was found: 1-based line and column.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable {
    public let line: Int
    public let column: Int
    /// For a location read from the model: the element whose start tag the column is found from,
    /// once a diagnostic needs it (most locations never do, so the model is read without it).
    let element: ElementOnLine?

    /// An element's local name and how many elements of that name come before it on its line.
    struct ElementOnLine: Hashable, Sendable {
        let name: String
        let ordinal: Int
    }

    public init(line: Int, column: Int) {
        self.line = max(line, 1)
        self.column = max(column, 1)
        element = nil
    }

    /// A location whose column is worked out later, from the element's start tag.
    init(line: Int, element name: String, ordinal: Int) {
        self.line = max(line, 1)
        column = 1
        element = ElementOnLine(name: name, ordinal: ordinal)
    }

    public static let start = SourceLocation(line: 1, column: 1)

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public static func == (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.line == rhs.line && lhs.column == rhs.column
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(line)
        hasher.combine(column)
    }

    private enum CodingKeys: String, CodingKey {
        case line, column
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(line: try container.decode(Int.self, forKey: .line), column: try container.decode(Int.self, forKey: .column))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
    }
}
