import Foundation

/// The lock file `REGISTER.lock`, created exclusively, so that a second writer stops instead of
/// losing an update. It holds the writer's process id and host; a lock left by a process that no
/// longer runs on this host is taken over.
final class RegisterLock {
    let path: String
    private var held = true

    private init(path: String) {
        self.path = path
    }

    deinit {
        release()
    }

    static func acquire(for register: String) throws(EditError) -> RegisterLock {
        let path = register + ".lock"
        for attempt in 0..<2 {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            if descriptor >= 0 {
                let note = "\(getpid()) \(ProcessInfo.processInfo.hostName) \(Date())\n"
                _ = note.withCString { Foundation.write(descriptor, $0, strlen($0)) }
                close(descriptor)
                return RegisterLock(path: path)
            }
            guard errno == EEXIST else {
                throw .cannotAccess("cannot create the lock file '\(path)': \(String(cString: strerror(errno)))")
            }
            let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.split(separator: " ") ?? []
            if attempt == 0, holder.count >= 2, let pid = Int32(holder[0]), String(holder[1]) == ProcessInfo.processInfo.hostName,
               kill(pid, 0) != 0, errno == ESRCH {
                // Left behind by a writer that is gone: so are its temporary files.
                unlink(path)
                RegisterFile.temporaryFiles(of: register, writer: pid).forEach { unlink($0) }
                continue
            }
            let who = holder.count >= 2 ? " by process \(holder[0]) on \(holder[1])" : ""
            throw .locked("the register is being changed\(who): '\(path)' exists; try again when that is done, or remove the lock file if no govreg is running")
        }
        throw .locked("the register is locked: '\(path)' exists")
    }

    func release() {
        guard held else { return }
        held = false
        unlink(path)
    }
}
