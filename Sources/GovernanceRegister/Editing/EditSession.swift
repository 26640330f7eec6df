import GovernanceXML
import SafeFiles

/// A register locked for a change: read once, then saved only if the new version is valid. The
/// lock is released by `close()` (or when the session goes away).
public final class EditSession {
    public let file: RegisterFile
    /// The register as it was when the session began.
    public let original: [UInt8]
    private let lock: FileLock

    init(file: RegisterFile, lock: FileLock, original: [UInt8]) {
        self.file = file
        self.lock = lock
        self.original = original
    }

    /// Checks a new version against the schema and the rules, naming it as the register.
    public func check(_ bytes: [UInt8]) -> FileCheck {
        GovernanceValidator(options: file.options).check(bytes: bytes, path: file.path)
    }

    /// Saves a new version if it has no errors: atomically, keeping the previous one as `.bak`.
    /// With `dryRun`, checks it and says what would change, and writes nothing.
    /// `before` is the register as it was, for the list of changes (read again when not given).
    public func save(_ bytes: [UInt8], note: String? = nil, dryRun: Bool = false, before: GovernanceDocument? = nil) throws(GovregError) -> RegisterFile.Outcome {
        let check = check(bytes)
        guard check.errorCount == 0 else { throw .invalidResult(diagnostics: check.diagnostics.filter { $0.severity == .error }) }
        let compared = both(before ?? self.check(original).document, check.document)
        guard bytes != original else {
            return RegisterFile.Outcome(changed: false, warnings: check.diagnostics, note: note, language: check.language, compared: nil, written: false)
        }
        if !dryRun { try file.replace(with: bytes, original: original) }
        return RegisterFile.Outcome(changed: true, warnings: check.diagnostics, note: note, language: check.language, compared: compared, written: !dryRun)
    }

    public func close() {
        lock.release()
    }
}

/// Both values, when there are both.
private func both<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
