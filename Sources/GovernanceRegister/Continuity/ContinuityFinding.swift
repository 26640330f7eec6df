/// Something in the register that would hurt on the day the IT goes down: a finding of one of the
/// continuity rules (CT001, CT002, ...), about one system.
public struct ContinuityFinding: Sendable, Encodable, Hashable {
    /// The rule's ID, such as CT002.
    public let id: String
    public let severity: Severity
    /// The id of the system it is about.
    public let system: String
    public let message: LocalizedText
    /// Where in the register it is.
    public let location: SourceLocation

    private enum CodingKeys: String, CodingKey {
        case id, severity, system, message, line, column
    }

    /// Encodes as {"id", "severity", "system", "message", "line", "column"}.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(severity, forKey: .severity)
        try container.encode(system, forKey: .system)
        try container.encode(message, forKey: .message)
        try container.encode(location.line, forKey: .line)
        try container.encode(location.column, forKey: .column)
    }
}
