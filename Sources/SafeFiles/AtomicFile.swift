import CSystemSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
public import SystemPackage

/// Writes a whole file in one step: a new file beside the old one, flushed to disk, then renamed
/// over it, and the folder flushed, so a reader sees the old file or the new one and never a mix.
/// Where the system allows, the new file has no name until it is complete, so a writer killed
/// halfway leaves nothing behind; elsewhere it has a name nobody can guess, created exclusively, so
/// a link planted beside the file is never followed.
public enum AtomicFile {
    /// Hands each piece of a file to `emit`, which writes it at once.
    public typealias Producer = (_ emit: ([UInt8]) -> Void) -> Void

    /// Replaces the file at `path` (or creates it) with what `produce` makes. `permissions` are the
    /// new file's (the old file's, say); without them the usual ones. `path` itself is replaced,
    /// even when it is a link: callers that follow links resolve them first.
    public static func replace(_ path: String, permissions: FilePermissions? = nil, produce: Producer) throws(FileError) {
        let target = FilePath(path)
        let folder = target.removingLastComponent()
        let temporary = temporaryName(for: path)
        do throws(Errno) {
            let unnamed = govreg_open_unnamed(folder.isEmpty ? "." : folder.string)
            if unnamed >= 0 {
                let descriptor = FileDescriptor(rawValue: unnamed)
                defer { try? descriptor.close() }
                try fill(descriptor, permissions: permissions, produce: produce)
                try SystemCall.check { govreg_name_unnamed(unnamed, temporary) }
            } else {
                let descriptor = try SystemCall.run {
                    try FileDescriptor.open(FilePath(temporary), .writeOnly, options: [.create, .exclusiveCreate, .noFollow, .closeOnExec], permissions: [.ownerReadWrite, .groupRead, .otherRead])
                }
                do {
                    defer { try? descriptor.close() }
                    try fill(descriptor, permissions: permissions, produce: produce)
                } catch {
                    unlink(temporary)
                    throw error
                }
            }
            do {
                try SystemCall.check { rename(temporary, path) }
            } catch {
                unlink(temporary)
                throw error
            }
            flushFolder(of: path)
        } catch {
            throw FileError(.write, path, .system(error))
        }
    }

    /// Creates a new file at `path` with `bytes`; refuses when anything, a link included, has that
    /// name. Unless `flushed` is false (the caller flushes many new files at once), the file and
    /// its folder are flushed to disk.
    public static func create(_ path: String, bytes: [UInt8], flushed: Bool = true) throws(FileError) {
        do throws(Errno) {
            let descriptor = try SystemCall.run {
                try FileDescriptor.open(FilePath(path), .writeOnly, options: [.create, .exclusiveCreate, .noFollow, .closeOnExec], permissions: [.ownerReadWrite, .groupRead, .otherRead])
            }
            do {
                defer { try? descriptor.close() }
                try fill(descriptor, permissions: nil, flushed: flushed) { emit in emit(bytes) }
            } catch {
                unlink(path)
                throw error
            }
            if flushed { flushFolder(of: path) }
        } catch .fileExists {
            throw FileError(.create, path, .exists)
        } catch {
            throw FileError(.create, path, .system(error))
        }
    }

    /// Removes the temporary files that writers of `path` killed while writing left beside it (only
    /// where the system cannot give a file no name until it is complete). Call it only where no
    /// other writer of `path` can be at work: with its lock held.
    public static func removeLeftovers(of path: String) {
        let pattern = temporaryPattern(for: path)
        let folder = FilePath(path).removingLastComponent()
        guard let stream = opendir(folder.isEmpty ? "." : folder.string) else { return }
        defer { closedir(stream) }
        var leftovers: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            let full = (folder.isEmpty ? "" : folder.string + "/") + name
            guard full.hasPrefix(pattern.prefix), full.hasSuffix(pattern.suffix),
                  (try? Stat(FilePath(full), followTargetSymlink: false))?.type == .regular
            else { continue }
            leftovers.append(full)
        }
        leftovers.forEach { unlink($0) }
    }

    /// The prefix and suffix of every temporary name govreg gives a new version of `path`.
    static func temporaryPattern(for path: String) -> (prefix: String, suffix: String) {
        let file = FilePath(path)
        let folder = file.removingLastComponent()
        let prefix = (folder.isEmpty ? "" : folder.string + "/") + "." + (file.lastComponent?.string ?? "file") + ".govreg-"
        return (prefix, ".tmp")
    }

    /// A new temporary name beside `path` that nobody can guess.
    static func temporaryName(for path: String) -> String {
        let pattern = temporaryPattern(for: path)
        let random = (0..<2).map { _ in String(UInt64.random(in: .min ... .max), radix: 16) }.joined()
        return pattern.prefix + random + pattern.suffix
    }

    /// Writes every piece `produce` makes into `descriptor`; after a failed write the rest is
    /// ignored, and the failure thrown.
    static func drain(_ produce: Producer, into descriptor: FileDescriptor) throws(Errno) {
        var failure: Errno?
        produce { piece in
            guard failure == nil else { return }
            do throws(Errno) {
                _ = try SystemCall.run { try descriptor.writeAll(piece) }
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }

    /// Writes everything `produce` makes into `descriptor`, sets its permissions and flushes it.
    private static func fill(_ descriptor: FileDescriptor, permissions: FilePermissions?, flushed: Bool = true, produce: Producer) throws(Errno) {
        try drain(produce, into: descriptor)
        if let permissions { try SystemCall.check { fchmod(descriptor.rawValue, permissions.rawValue) } }
        if flushed { try SystemCall.check { fsync(descriptor.rawValue) } }
    }

    /// Flushes the folder that holds `path`, so a rename or a new name in it survives a power cut.
    static func flushFolder(of path: String) {
        let folder = FilePath(path).removingLastComponent()
        guard let descriptor = try? FileDescriptor.open(folder.isEmpty ? FilePath(".") : folder, .readOnly, options: [.directory, .closeOnExec]) else { return }
        _ = fsync(descriptor.rawValue)
        try? descriptor.close()
    }
}
