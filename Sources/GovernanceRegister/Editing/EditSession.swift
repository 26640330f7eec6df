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
    public func save(_ bytes: [UInt8], note: String? = nil) throws(GovregError) -> RegisterFile.Outcome {
        let check = check(bytes)
        guard check.errorCount == 0 else { throw .invalidResult(diagnostics: check.diagnostics.filter { $0.severity == .error }) }
        guard bytes != original else { return RegisterFile.Outcome(changed: false, warnings: check.diagnostics, note: note, language: check.language) }
        try file.replace(with: bytes, original: original)
        return RegisterFile.Outcome(changed: true, warnings: check.diagnostics, note: note, language: check.language)
    }

    public func close() {
        lock.release()
    }
}
