/// How serious a diagnostic is.
public enum Severity: String, Sendable, Codable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

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

/// One problem found in a file, as `FILE:LINE:COLUMN: severity: [ID] message`.
public struct Diagnostic: Hashable, Sendable, Codable {
    /// The file as the user named it.
    public let file: String
    public let location: SourceLocation
    public let severity: Severity
    /// A rule ID such as GR001, or XML, XSD or INPUT for problems below the rules.
    public let id: String
    public let message: String

    public init(file: String, location: SourceLocation, severity: Severity, id: String, message: String) {
        self.file = file
        self.location = location
        self.severity = severity
        self.id = id
        self.message = message
    }

    /// The line compilers and editors understand.
    public var formatted: String {
        PlainText.visible("\(file):\(location.line):\(location.column): \(severity.rawValue): [\(id)] \(message)")
    }
}

/// The IDs of problems that are not semantic rules.
public enum DiagnosticID {
    /// The file cannot be taken as input at all: empty, too large, a DOCTYPE, not a govreg document.
    public static let input = "INPUT"
    /// The file is not well-formed XML.
    public static let xml = "XML"
    /// The file breaks the XSD.
    public static let schema = "XSD"
}
