import CFileSupport
import Foundation

/// Writes a file's bytes completely and flushes them to disk: the counterpart of `FileReader`,
/// shared by every writer (reports, new registers, edited registers, sample registers).
enum FileWriter {
    /// Creates `path` (failing if `exclusive` and it exists, else replacing its contents), writes
    /// all of `bytes` and flushes them. `mode` is the file's permissions (an old file's, say);
    /// without it they are the usual ones. On failure the file is removed and `errno` says why.
    static func write(_ bytes: [UInt8], to path: String, exclusive: Bool, mode: mode_t? = nil) -> Bool {
        write(to: path, exclusive: exclusive, mode: mode) { emit in emit(bytes) }
    }

    /// The same for a file made in pieces: `produce` hands each piece to `emit`, which writes it at
    /// once, so a large file is never held in memory whole. After a failed write `emit` ignores the rest.
    static func write(to path: String, exclusive: Bool, mode: mode_t? = nil, produce: (_ emit: ([UInt8]) -> Void) -> Void) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | (exclusive ? O_EXCL : O_TRUNC), 0o644)
        guard descriptor >= 0 else { return false }
        guard mode.map({ fchmod(descriptor, $0) == 0 }) ?? true else { return fail(descriptor, path) }
        if let failure = stream(produce, into: descriptor) {
            errno = failure
            return fail(descriptor, path)
        }
        guard fsync(descriptor) == 0 else { return fail(descriptor, path) }
        return close(descriptor) == 0 || fail(-1, path)
    }

    /// Replaces `path` in one step: the new file is written beside it, flushed, then renamed over
    /// it, so a reader sees the old file or the new one. Where the system allows, the new file has
    /// no name until it is complete, so a writer killed halfway leaves nothing behind. `mode` is
    /// the new file's permissions (the old file's, say); without it they are the usual ones.
    static func replace(_ path: String, mode: mode_t?, produce: (_ emit: ([UInt8]) -> Void) -> Void) -> Bool {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appending(path: ".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        let unnamed = govreg_open_unnamed(folder.path)
        if unnamed >= 0 {
            if let failure = stream(produce, into: unnamed) {
                close(unnamed)
                errno = failure
                return false
            }
            let written = fsync(unnamed) == 0 && (mode.map { fchmod(unnamed, $0) == 0 } ?? true)
                && govreg_name_unnamed(unnamed, temporary) == 0
            let reason = errno
            close(unnamed)
            guard written else {
                errno = reason
                return false
            }
        } else {
            guard write(to: temporary, exclusive: true, mode: mode, produce: produce) else { return false }
        }
        guard rename(temporary, path) == 0 else { return fail(-1, temporary) }
        return true
    }

    /// The file `path` names, when `path` is a symbolic link to something that exists; nil for
    /// anything else. A writer replaces that file and leaves the link as it is.
    static func linkTarget(of path: String) -> String? {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK, let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Writes into something that exists and is not a regular file (a device, a pipe): no
    /// flush, which such files refuse, and never removed on failure.
    static func writeInto(_ path: String, produce: (_ emit: ([UInt8]) -> Void) -> Void) -> Bool {
        let descriptor = open(path, O_WRONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return writeInto(descriptor: descriptor, produce: produce)
    }

    /// The same for a descriptor already open (standard output, say); it stays open.
    static func writeInto(descriptor: Int32, produce: (_ emit: ([UInt8]) -> Void) -> Void) -> Bool {
        let failure = stream(produce, into: descriptor)
        if let failure { errno = failure }
        return failure == nil
    }

    /// Writes every piece `produce` makes; the `errno` of the first failed write, if any.
    private static func stream(_ produce: (_ emit: ([UInt8]) -> Void) -> Void, into descriptor: Int32) -> Int32? {
        var failure: Int32?
        produce { piece in
            if failure == nil, !writeAll(piece, to: descriptor) { failure = errno }
        }
        return failure
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                if count == 0 { errno = EIO }
                return false
            }
            written += count
        }
        return true
    }

    /// Closes and removes a half-written file, keeping the `errno` of the failure.
    private static func fail(_ descriptor: Int32, _ path: String) -> Bool {
        let reason = errno
        if descriptor >= 0 { close(descriptor) }
        unlink(path)
        errno = reason
        return false
    }
}
