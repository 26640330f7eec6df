/// The outcome of checking one file: what it is, what was wrong, and the model when it could be read.
public struct FileCheck: Sendable {
    /// The file as the user named it.
    public let path: String
    /// Register or agreement, once the root element told.
    public let kind: DocumentKind?
    /// The model, when the file passed the schema (rules may still have found errors).
    public let document: GovernanceDocument?
    public let diagnostics: [Diagnostic]
    /// Why the file could not be read at all (missing, a directory, no permission).
    public let readFailure: GovregError?
    /// The language messages about this file are in.
    public let language: Language
    /// The file's bytes, when it passed the schema: what later checks need to point at exact columns.
    var source: [UInt8]? = nil

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// True when the file was read and nothing is an error.
    public var isValid: Bool { readFailure == nil && errorCount == 0 }

    /// The same check without the model, for callers that keep many checks.
    /// Locations from the model with their columns worked out from the file's text.
    func located(_ locations: [SourceLocation]) -> [SourceLocation] {
        guard let source else { return locations }
        let index = SourceIndex(source)
        return locations.map(index.resolved)
    }

    public var withoutDocument: FileCheck {
        FileCheck(path: path, kind: kind, document: nil, diagnostics: diagnostics, readFailure: readFailure, language: language)
    }
}
