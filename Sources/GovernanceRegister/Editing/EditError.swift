public import SafeFiles

/// Why an edit of a register did not happen. The register file is untouched in every case.
public enum EditError: Error, Sendable {
    /// A file could not be read, locked or written (another writer holds the lock, say).
    case file(FileError)
    /// A file could not be read or checked, with the reason.
    case cannotAccess(String)
    /// What the edit names is not in the register (an agreement, matrix, activity or party).
    case notFound(String)
    /// The edit cannot be made as asked (an agreement that already exists, a file of the wrong kind).
    case refused(String)
    /// The register after the edit would break the schema or a rule; nothing was written.
    case invalidResult([Diagnostic])
    /// The register has errors already; they are fixed first, nothing was written.
    case invalidOriginal([Diagnostic])

    /// Exit status 2 for "could not do it", 1 for an edit that would make the register invalid.
    public var isInvalidInput: Bool {
        switch self {
        case .invalidResult, .invalidOriginal: true
        default: false
        }
    }

    public var message: String {
        switch self {
        case .file(let error): Wording(.english).describe(error)
        case .cannotAccess(let text), .notFound(let text), .refused(let text): text
        case .invalidResult(let diagnostics):
            "the register would not be valid after this change (\(diagnostics.count == 1 ? "1 error" : "\(diagnostics.count) errors"); the lines above are those of the changed register); nothing was written"
        case .invalidOriginal(let diagnostics):
            "the register has \(diagnostics.count == 1 ? "an error" : "\(diagnostics.count) errors") already (above); fix \(diagnostics.count == 1 ? "it" : "them") first, with govreg edit; nothing was written"
        }
    }
}
