import CSystemSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SystemPackage

/// An exclusive lock on a file's name, held by the kernel (`flock` on the lock file), so that a
/// writer that dies releases it at once and a second writer never takes it over while the first
/// still works. The lock file holds the holder's process id and host, for messages only; it is
/// removed when the lock is released.
public final class FileLock {
    public let path: String
    private var descriptor: FileDescriptor?

    private init(path: String, descriptor: FileDescriptor) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        release()
    }

    /// Takes the lock at `path`, waiting up to `seconds` while another process holds it. `note`
    /// is written into the lock file for whoever finds it held. A link or a file with a second name
    /// at `path` is refused: govreg never writes through it.
    public static func acquire(_ path: String, note: String, waitingUpTo seconds: Double) throws(FileError) -> FileLock {
        var waited = 0.0
        var pause = 0.005
        while true {
            let descriptor: FileDescriptor
            do {
                descriptor = try SystemCall.run {
                    try FileDescriptor.open(FilePath(path), .readWrite, options: [.create, .noFollow, .closeOnExec], permissions: [.ownerReadWrite, .groupRead])
                }
            } catch .tooManySymbolicLinkLevels {
                throw FileError(.lock, path, .unexpectedLink)
            } catch {
                throw FileError(.lock, path, .system(error))
            }
            do throws(FileError) {
                guard let status = try? descriptor.stat(), status.type == .regular, status.linkCount == 1 else {
                    throw FileError(.lock, path, .unexpectedLink)
                }
                if govreg_try_lock(descriptor.rawValue) != 0 {
                    let reason = SystemCall.lastError
                    guard reason == .wouldBlock || reason == .resourceTemporarilyUnavailable else { throw FileError(.lock, path, .system(reason)) }
                    guard waited < seconds else { throw FileError(.lock, path, .locked(holder: holder(descriptor))) }
                    try? descriptor.close()
                    usleep(useconds_t(pause * 1_000_000))
                    waited += pause
                    pause = min(pause * 2, 0.02)
                    continue
                }
                // The holder before us may have removed the file while we waited for it: then the
                // lock is on a file that no longer has this name, and we start again.
                guard let current = try? Stat(FilePath(path), followTargetSymlink: false),
                      current.deviceID == status.deviceID, current.inode == status.inode
                else {
                    try? descriptor.close()
                    continue
                }
                _ = try? descriptor.resize(to: 0)
                _ = try? descriptor.writeAll(toAbsoluteOffset: 0, Array(note.utf8))
                return FileLock(path: path, descriptor: descriptor)
            } catch {
                try? descriptor.close()
                throw error
            }
        }
    }

    /// Removes the lock file and releases the lock (in that order, so that a writer that waited on
    /// this file sees it gone and takes a new one).
    public func release() {
        guard let descriptor else { return }
        self.descriptor = nil
        if let own = try? descriptor.stat(), let current = try? Stat(FilePath(path), followTargetSymlink: false),
           own.deviceID == current.deviceID, own.inode == current.inode {
            unlink(path)
        }
        try? descriptor.close()
    }

    /// What the lock file says about its holder.
    private static func holder(_ descriptor: FileDescriptor) -> String? {
        var buffer = [UInt8](repeating: 0, count: 512)
        guard let count = try? buffer.withUnsafeMutableBytes({ try descriptor.read(fromAbsoluteOffset: 0, into: $0) }), count > 0 else { return nil }
        let text = String(decoding: buffer[0..<count], as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
        return text.isEmpty ? nil : text
    }
}
