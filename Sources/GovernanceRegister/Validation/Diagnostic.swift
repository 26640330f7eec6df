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

    public init(line: Int, column: Int) {
        self.line = max(line, 1)
        self.column = max(column, 1)
    }

    public static let start = SourceLocation(line: 1, column: 1)

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
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
        "\(file):\(location.line):\(location.column): \(severity.rawValue): [\(id)] \(message)"
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
