import Foundation

/// The machine-readable result of `govreg validate --format json` (documented in docs/validate-json.md).
public struct ValidationReport: Codable, Sendable, Equatable {
    /// Names this format and its version; it changes only when the format breaks.
    public var format = "govreg-validation/1"
    public var valid: Bool
    public var errors: Int
    public var warnings: Int
    public var files: [File]

    public struct File: Codable, Sendable, Equatable {
        public var path: String
        /// "register", "agreement", or null when the file could not be recognised.
        public var kind: String?
        public var valid: Bool
        /// Why the file could not be read at all; null when it was read.
        public var readError: String?
        public var errors: Int
        public var warnings: Int
        public var diagnostics: [Entry]

        private enum CodingKeys: String, CodingKey {
            case path, kind, valid, readError, errors, warnings, diagnostics
        }

        /// Writes `kind` and `readError` as null rather than leaving them out, as documented.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(kind, forKey: .kind)
            try container.encode(valid, forKey: .valid)
            try container.encode(readError, forKey: .readError)
            try container.encode(errors, forKey: .errors)
            try container.encode(warnings, forKey: .warnings)
            try container.encode(diagnostics, forKey: .diagnostics)
        }
    }

    public struct Entry: Codable, Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var severity: String
        public var id: String
        public var message: String
        /// libxml2's own words for an XML or XSD problem, else null.
        public var raw: String?

        private enum CodingKeys: String, CodingKey {
            case line, column, severity, id, message, raw
        }

        /// Writes `raw` as null rather than leaving it out, as documented.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(severity, forKey: .severity)
            try container.encode(id, forKey: .id)
            try container.encode(message, forKey: .message)
            try container.encode(raw, forKey: .raw)
        }
    }

    public init(_ checks: [FileCheck]) {
        files = checks.map { check in
            File(
                path: check.path,
                kind: check.kind?.rawValue,
                valid: check.isValid,
                readError: check.readFailure?.message(in: check.language),
                errors: check.errorCount,
                warnings: check.warningCount,
                diagnostics: check.diagnostics.map {
                    Entry(line: $0.location.line, column: $0.location.column, severity: $0.severity.rawValue, id: $0.id, message: $0.message, raw: $0.raw)
                }
            )
        }
        valid = checks.allSatisfy(\.isValid)
        errors = checks.reduce(0) { $0 + $1.errorCount }
        warnings = checks.reduce(0) { $0 + $1.warningCount }
    }
}
