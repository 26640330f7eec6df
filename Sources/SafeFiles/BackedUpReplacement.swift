import SystemPackage

/// A file replaced in one step with its previous version kept beside it: the backup is a copy of
/// its own, never a second name of the file, and a link or a second name where the backup goes
/// (put there by someone else, perhaps to make govreg write elsewhere) is refused before anything
/// is written.
public enum BackedUpReplacement {
    /// Keeps `original` as `backupPath`, then replaces `path` with `bytes`; both in one step each,
    /// with `path`'s permissions.
    public static func replace(_ path: String, with bytes: [UInt8], keeping original: [UInt8], as backupPath: String) throws(FileError) {
        let permissions = (try? Stat(FilePath(path), followTargetSymlink: true))?.permissions
        if let backup = try? Stat(FilePath(backupPath), followTargetSymlink: false), backup.type != .regular || backup.linkCount != 1 {
            throw FileError(.backUp, backupPath, .unexpectedLink)
        }
        do {
            try AtomicFile.replace(backupPath, permissions: permissions) { emit in emit(original) }
        } catch {
            throw FileError(.backUp, backupPath, error.problem)
        }
        try AtomicFile.replace(path, permissions: permissions) { emit in emit(bytes) }
    }
}
