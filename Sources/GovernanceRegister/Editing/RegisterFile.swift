import Foundation

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

    public init(path: String, options: ValidationOptions = ValidationOptions()) {
        self.path = path
        self.options = options
        location = FileWriter.linkTarget(of: path) ?? path
    }

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
    }

    /// Locks the register and reads it, for a change made in several steps; see `EditSession`.
    public func beginEditing() throws(EditError) -> EditSession {
        let lock = try RegisterLock.acquire(for: location)
        switch FileReader.read(location, limit: options.maxSize) {
        case .success(let bytes):
            return EditSession(file: self, lock: lock, original: bytes)
        case .failure(.unreadable(let reason)):
            throw .cannotAccess("cannot read '\(path)': \(reason)")
        case .failure(.tooLarge(let limit)):
            throw .cannotAccess("'\(path)' is larger than the input limit of \(ByteCount(bytes: limit))")
        }
    }

    /// Applies `change` to the register's DOM and saves the result if it is valid.
    public func edit(_ change: (RegisterEditor) throws(EditError) -> String?) throws(EditError) -> Outcome {
        let session = try beginEditing()
        defer { session.close() }
        guard case .success(let document) = XMLDocument.parse(session.original), let root = document.root,
              root.namespaceURI == GovernanceNamespace.uri, ["register", "agreement"].contains(root.localName)
        else {
            throw .refused("'\(path)' is not a readable govreg register; check it with govreg validate")
        }
        guard root.localName == "register" else {
            throw .refused("'\(path)' is a vendor agreement file; this command needs a register")
        }
        // Errors already in the file are reported as such, at their true lines, before any change.
        let before = session.check(session.original)
        guard before.errorCount == 0 else { throw .invalidOriginal(before.diagnostics.filter { $0.severity == .error }) }
        let note = try change(RegisterEditor(root: root))
        return try session.save(OriginalLayout(of: session.original).apply(to: document.serialized()), note: note)
    }

    /// The temporary files a writer process makes while saving `path`: the new version, the
    /// backup link, and the lock's draft.
    static func temporaryFiles(of path: String, writer: pid_t) -> [String] {
        let url = URL(fileURLWithPath: path)
        return [url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".govreg-\(writer).tmp",
                path + ".bak.govreg-\(writer).tmp", path + ".lock.govreg-\(writer).tmp"]
    }

    /// Removes the temporary files of writers that are gone (killed while saving). Called by the
    /// writer that holds the lock, so no live writer is saving; a live one may be drafting its lock,
    /// and its files are left alone.
    static func removeLeftovers(of path: String) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let patterns = temporaryFiles(of: path, writer: 0).map { URL(fileURLWithPath: $0).lastPathComponent.replacingOccurrences(of: "-0.tmp", with: "-") }
        for name in names {
            guard let pattern = patterns.first(where: { name.hasPrefix($0) }), name.hasSuffix(".tmp"),
                  let pid = Int32(name.dropFirst(pattern.count).dropLast(".tmp".count)), pid != getpid(),
                  kill(pid, 0) != 0, errno == ESRCH
            else { continue }
            unlink(folder + "/" + name)
        }
    }

    /// Writes `bytes` over the file at `path` in one step, keeping the old file as `path.bak` and
    /// the new one with the old one's permissions. `shown` names the register in messages.
    static func replace(_ path: String, shown: String, with bytes: [UInt8]) throws(EditError) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let temporary = temporaryFiles(of: path, writer: getpid())[0]
        func failure(_ what: String) -> EditError {
            .cannotAccess("cannot \(what) '\(shown)': \(String(cString: strerror(errno))); the register is unchanged")
        }
        var status = stat()
        let mode = stat(path, &status) == 0 ? status.st_mode & 0o7777 : nil
        guard FileWriter.write(bytes, to: temporary, exclusive: false, mode: mode) else { throw failure("write the new version of") }
        // Keep the current version as .bak: a hard link, renamed into place in one step.
        let backup = path + ".bak"
        let backupTemporary = temporaryFiles(of: path, writer: getpid())[1]
        unlink(backupTemporary)
        guard link(path, backupTemporary) == 0, rename(backupTemporary, backup) == 0 else {
            let error = failure("keep a backup of")
            unlink(backupTemporary)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = failure("replace")
            unlink(temporary)
            throw error
        }
        // Make the rename itself durable.
        let directory = open(folder, O_RDONLY)
        if directory >= 0 {
            fsync(directory)
            close(directory)
        }
    }
}
