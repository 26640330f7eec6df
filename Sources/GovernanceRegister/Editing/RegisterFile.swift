import GovernanceXML
import Foundation
import SafeFiles

/// A register on disk, changed safely: locked against a second writer, changed through the DOM,
/// checked against the schema and the rules before anything is written, and replaced in one step
/// (a temporary file in the same folder, flushed to disk, then renamed) with the previous version
/// kept as `REGISTER.bak`.
public struct RegisterFile: Sendable {
    /// The register as the user named it, for messages.
    public let path: String
    public let options: ValidationOptions
    /// Where the register is: `path`, or the file it links to, which is the one replaced (the link
    /// stays), locked and backed up.
    let location: String

    /// How long an edit waits for another writer to finish before it gives up.
    public static let lockWait = 5.0

    public init(path: String, options: ValidationOptions = ValidationOptions()) {
        self.path = path
        self.options = options
        location = OutputFile.resolvedLink(path) ?? path
    }

    /// Where the previous version is kept: beside the file the register is (beside the file a
    /// link points to, for a register that is a link).
    public var backupPath: String { location + ".bak" }

    /// The lock file, beside the backup.
    var lockPath: String { location + ".lock" }

    /// What an edit did.
    public struct Outcome: Sendable {
        /// False when the change left the register as it was (nothing was written).
        public let changed: Bool
        /// Warnings the new register has (errors refuse the edit).
        public let warnings: [Diagnostic]
        /// What the change function returned, for the caller to report.
        public let note: String?
        /// The register's language, for the caller's messages.
        public let language: Language
        /// The register before and after, when anything changed.
        let compared: (before: GovernanceDocument, after: GovernanceDocument)?
        /// What changed, in the register's terms, when anything did (worked out when asked).
        public var changes: ChangeList? { compared.map { ChangeList(from: $0.before, to: $0.after) } }
        /// False for a dry run.
        public let written: Bool
    }

    /// Locks the register and reads it, for a change made in several steps; see `EditSession`.
    public func beginEditing() throws(GovregError) -> EditSession {
        let note = "pid \(getpid()), host \(ProcessInfo.processInfo.hostName), since \(Date().formatted(.iso8601))\n"
        let lock: FileLock
        do {
            lock = try FileLock.acquire(lockPath, note: note, waitingUpTo: RegisterFile.lockWait)
        } catch {
            throw .file(error)
        }
        // Writers killed while saving may have left temporary files; with the lock held, none is at work.
        AtomicFile.removeLeftovers(of: location)
        AtomicFile.removeLeftovers(of: backupPath)
        do {
            let bytes = try InputFile.read(location, limit: options.maxSize)
            return EditSession(file: self, lock: lock, original: bytes)
        } catch {
            lock.release()
            throw .file(FileError(error.operation, path, error.problem))
        }
    }

    /// Applies `change` to the register's DOM and saves the result if it is valid.
    /// With `version`, the edit is made only if the register is still that version (a form made
    /// from it, say); otherwise it is refused as stale and nothing is written.
    public func edit(dryRun: Bool = false, version: String? = nil, _ change: (RegisterEditor) throws(GovregError) -> String?) throws(GovregError) -> Outcome {
        let session = try beginEditing()
        defer { session.close() }
        if let version, version != FileVersion.of(session.original) { throw .staleVersion(expected: version) }
        // Checked before anything else reads it: a hostile file is refused before libxml2 parses it.
        // One parse reads, checks and keeps the tree the change is made in.
        let (before, tree) = GovernanceValidator(options: options).checkKeepingTree(bytes: session.original, path: path)
        if before.kind == nil, before.errorCount > 0 {
            throw .invalidOriginal(diagnostics: before.diagnostics.filter { $0.severity == .error })
        }
        guard let document = tree, let root = document.root,
              root.namespaceURI == GovernanceNamespace.uri, ["register", "agreement"].contains(root.localName)
        else {
            throw .notAGovregDocument(path: path)
        }
        guard root.localName == "register" else { throw .wrongKind(path: path, expected: .register) }
        // Errors already in the file are reported as such, at their true lines, before any change.
        guard before.errorCount == 0 else { throw .invalidOriginal(diagnostics: before.diagnostics.filter { $0.severity == .error }) }
        let note = try change(RegisterEditor(root: root))
        return try session.save(OriginalLayout(of: session.original).apply(to: document.serialized()), note: note, dryRun: dryRun, before: before.document)
    }

    /// The register's bytes as they are on disk now, for reading (no lock).
    public func currentBytes() throws(GovregError) -> [UInt8] {
        do {
            return try InputFile.read(location, limit: options.maxSize)
        } catch {
            throw .file(FileError(error.operation, path, error.problem))
        }
    }

    /// Writes `bytes` over the register in one step, after keeping `original` as the backup.
    func replace(with bytes: [UInt8], original: [UInt8]) throws(GovregError) {
        do {
            try BackedUpReplacement.replace(location, with: bytes, keeping: original, as: backupPath)
        } catch {
            throw .file(error.operation == .backUp ? error : FileError(error.operation, path, error.problem))
        }
    }
}

/// A short fingerprint of a register's bytes (FNV-1a, 64 bits), which a form carries so that a
/// save based on an older version is noticed.
public enum FileVersion {
    public static func of(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
