/// How serious a diagnostic is.
public enum Severity: String, Sendable, Codable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

extension Wording {
    /// "error" / "fout", "warning" / "waarschuwing".
    public func severity(_ severity: Severity) -> String {
        severity == .error ? self("error", "fout") : self("warning", "waarschuwing")
    }
}
