import Foundation

/// Runs the built `govreg` as a user would, and reports what the user sees: exit status, standard
/// output, standard error, and the peak memory the process used.
struct GovregProcess {
    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String
        /// Peak resident memory in bytes.
        let peakMemory: Int
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `govreg` built beside this test bundle.
    static let executable: URL = {
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appending(path: "govreg")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return packageRoot.appending(path: ".build/debug/govreg")
    }()

    /// GNU time, which measures a command's peak memory (the test set-up installs it).
    static let timeProgram = "/usr/bin/time"

    /// Runs `govreg arguments...` in `directory` (the package root by default), optionally under
    /// a tool such as valgrind (`under: ["/usr/bin/valgrind", ...]`).
    static func run(_ arguments: [String], in directory: URL = packageRoot, under wrapper: [String] = [], input: URL? = nil, program: String? = nil) throws -> Outcome {
        let scratch = FileManager.default.temporaryDirectory.appending(path: "govreg-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outPath = scratch.appending(path: "stdout").path
        let errPath = scratch.appending(path: "stderr").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input?.path ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        // env changes directory, then GNU time runs govreg in a process of its own and writes its
        // peak memory. (The process posix_spawn makes shares this test's memory until it execs, and
        // the kernel counts that towards its peak: wait4's figure would be this test's size.)
        let peakPath = scratch.appending(path: "peak").path
        let measure = FileManager.default.isExecutableFile(atPath: timeProgram) ? [timeProgram, "-f", "%M", "-o", peakPath, "--"] : []
        let argv = (["/usr/bin/env", "--chdir=" + directory.path] + wrapper + measure + [program ?? executable.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/env", &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }

        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Outcome(
            status: exitStatus,
            // Decoded as is: String(contentsOfFile:) would drop a byte order mark.
            stdout: String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self),
            stderr: String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self),
            peakMemory: (try? String(contentsOfFile: peakPath, encoding: .utf8))?.split(separator: "\n").last.flatMap { Int($0) }.map { $0 * 1024 }
                ?? usage.ru_maxrss * 1024
        )
    }

    /// Runs any program (not govreg) and reports what it printed and its exit status.
    static func runProgram(_ argv: [String]) throws -> Outcome {
        try run(Array(argv.dropFirst()), program: argv[0])
    }

    /// Starts `govreg arguments...`, kills it with SIGKILL after the given time unless it finished
    /// first, and reports whether it finished on its own.
    static func runKilled(_ arguments: [String], afterMicroseconds delay: UInt32) throws -> Bool {
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable.path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
        usleep(delay)
        let killed = kill(pid, SIGKILL) == 0
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let signalled = (status & 0x7f) == SIGKILL
        return !(killed && signalled)
    }

    /// Starts `govreg` once for each list of arguments, all at the same moment, and returns their
    /// exit statuses in the same order once every one has finished.
    static func runTogether(_ argumentLists: [[String]]) throws -> [Int32] {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pids: [pid_t] = []
        for arguments in argumentLists {
            let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) } }
            var pid: pid_t = 0
            let spawned = posix_spawn(&pid, executable.path, &actions, nil, argv, environ)
            guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
            pids.append(pid)
        }
        return pids.map { pid in
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
            return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        }
    }

    /// A fresh temporary folder for files a test writes.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "govreg-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
