import CSystemSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SystemPackage

/// Where report output goes: `-` is standard output; a device or pipe (`/dev/stdout`, say) is
/// written into as it is; anything else is replaced in one step (`AtomicFile`). A link is followed
/// and stays a link, and a file keeps its permissions.
public enum OutputFile {
    public static func write(to path: String, produce: AtomicFile.Producer) throws(FileError) {
        if path == InputFile.standardStream {
            try writeInto(.standardOutput, path: path, produce: produce)
            return
        }
        let status: Stat
        do {
            status = try Stat(FilePath(path), followTargetSymlink: true)
        } catch {
            // Nothing there, or (what lstat alone still finds) a link to nothing.
            if (try? Stat(FilePath(path), followTargetSymlink: false)) != nil { throw FileError(.write, path, .danglingLink) }
            try AtomicFile.replace(path, produce: produce)
            return
        }
        switch status.type {
        case .directory:
            throw FileError(.write, path, .isFolder)
        case .regular:
            try AtomicFile.replace(resolvedLink(path) ?? path, permissions: status.permissions, produce: produce)
        default:
            let descriptor: FileDescriptor
            do {
                descriptor = try SystemCall.run { try FileDescriptor.open(FilePath(path), .writeOnly, options: .closeOnExec) }
            } catch {
                throw FileError(.write, path, .system(error))
            }
            defer { try? descriptor.close() }
            try writeInto(descriptor, path: path, produce: produce)
        }
    }

    /// Writes out what standard output still buffers (what `print` wrote); throws when any of it
    /// did not arrive, now or before: a full disk or a closed pipe.
    public static func finishStandardOutput() throws(FileError) {
        guard govreg_finish_stdout() != 0 else { return }
        throw FileError(.write, InputFile.standardStream, .system(Errno(rawValue: errno)))
    }

    /// The file `path` names, when `path` is a symbolic link to something that exists; nil for
    /// anything else. A writer replaces that file and leaves the link as it is.
    public static func resolvedLink(_ path: String) -> String? {
        guard let status = try? Stat(FilePath(path), followTargetSymlink: false), status.type == .symbolicLink,
              let resolved = realpath(path, nil)
        else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Writes into an open descriptor that is not a regular file: no flush, which such files refuse.
    private static func writeInto(_ descriptor: FileDescriptor, path: String, produce: AtomicFile.Producer) throws(FileError) {
        do {
            try AtomicFile.drain(produce, into: descriptor)
        } catch {
            throw FileError(.write, path, .system(error))
        }
    }

    /// Whether two paths name the same file (after links): writing a report onto its own input
    /// would destroy the input.
    public static func isSameFile(_ first: String, _ second: String) -> Bool {
        guard let a = try? Stat(FilePath(first), followTargetSymlink: true), let b = try? Stat(FilePath(second), followTargetSymlink: true) else { return false }
        return a.deviceID == b.deviceID && a.inode == b.inode
    }
}
