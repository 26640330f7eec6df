import Foundation

/// The lock file `REGISTER.lock`, created exclusively, so that a second writer stops instead of
/// losing an update. It holds the writer's process id and host from the moment it exists (it is
/// written under a private name and then linked into place); a lock left by a process that no
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
        let note = "\(getpid()) \(ProcessInfo.processInfo.hostName) \(Date())\n"
        let draft = RegisterFile.temporaryFiles(of: register, writer: getpid())[2]
        defer { unlink(draft) }
        guard (try? note.write(toFile: draft, atomically: false, encoding: .utf8)) != nil else {
            throw .cannotAccess("cannot create the lock file '\(path)': \(String(cString: strerror(errno)))")
        }
        for attempt in 0..<2 {
            // link() fails if the lock exists: taking it and filling it in are one step.
            if link(draft, path) == 0 {
                RegisterFile.removeLeftovers(of: register)
                return RegisterLock(path: path)
            }
            guard errno == EEXIST else {
                throw .cannotAccess("cannot create the lock file '\(path)': \(String(cString: strerror(errno)))")
            }
            let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.split(separator: " ") ?? []
            if attempt == 0, holder.count >= 2, let pid = Int32(holder[0]), String(holder[1]) == ProcessInfo.processInfo.hostName,
               kill(pid, 0) != 0, errno == ESRCH {
                unlink(path)  // left behind by a writer that is gone
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
