/// One problem found in a file, as `FILE:LINE:COLUMN: severity: [ID] message`.
public struct Diagnostic: Hashable, Sendable, Codable {
    /// The file as the user named it.
    public let file: String
    public let location: SourceLocation
    public let severity: Severity
    /// A rule ID such as GR001, or XML, XSD or INPUT for problems below the rules.
    public let id: String
    public let message: String
    /// libxml2's own words, for a problem libxml2 found (XML and XSD), as the JSON report shows them.
    public let raw: String?

    public init(file: String, location: SourceLocation, severity: Severity, id: String, message: String, raw: String? = nil) {
        self.file = file
        self.location = location
        self.severity = severity
        self.id = id
        self.message = message
        self.raw = raw
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
