#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SystemPackage

/// Writes a few files into a folder that may hold other files too (the schemas a vendor needs),
/// creating the folder and its parents where they are missing. Each file is written in one step
/// as `OutputFile` writes it (a link followed, its permissions kept). A file already there with
/// other content is replaced only when asked; every file is looked at before any is written, so a
/// refusal leaves the folder as it was.
public enum FolderFiles {
    /// What happened to one file.
    public enum Outcome: Sendable, Equatable {
        /// It was not there, and now is.
        case written
        /// It was there with other content, and is replaced.
        case replaced
        /// It was there with the same content already: not touched.
        case unchanged
    }

    /// Writes `files` (by name) into `folder`; returns what happened to each, in order. A file
    /// with other content is refused (`.differentContent`) unless `replacing`.
    public static func write(_ files: [(name: String, bytes: [UInt8])], into folder: String, replacing: Bool) throws(FileError) -> [Outcome] {
        try createFolders(folder, shown: folder)
        let paths = files.map { (folder.isEmpty ? FilePath(".") : FilePath(folder)).appending($0.name).string }
        var outcomes: [Outcome] = []
        for (file, path) in zip(files, paths) {
            let outcome = try compare(path, with: file.bytes)
            if outcome == .replaced, !replacing { throw FileError(.write, path, .differentContent) }
            outcomes.append(outcome)
        }
        for ((file, path), outcome) in zip(zip(files, paths), outcomes) where outcome != .unchanged {
            try OutputFile.write(to: path) { emit in emit(file.bytes) }
        }
        return outcomes
    }

    /// What writing `bytes` to `path` would do: write a new file, replace one with other content,
    /// or nothing, when it holds these bytes already.
    private static func compare(_ path: String, with bytes: [UInt8]) throws(FileError) -> Outcome {
        let status: Stat
        do {
            status = try Stat(FilePath(path), followTargetSymlink: true)
        } catch {
            // Nothing there (a link to nothing is refused when it is written).
            return .written
        }
        switch status.type {
        case .directory: throw FileError(.write, path, .isFolder)
        case .regular: break
        // A device or pipe is written into, as `OutputFile` does, and never read.
        default: return .written
        }
        do {
            return try InputFile.read(path, limit: bytes.count) == bytes ? .unchanged : .replaced
        } catch {
            if case .tooLarge = error.problem { return .replaced }
            throw error
        }
    }

    /// Creates `path` and the folders above it that do not exist yet; `shown` names it in errors.
    static func createFolders(_ path: String, shown: String) throws(FileError) {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o755) != 0, SystemCall.lastError != .fileExists {
                throw FileError(.createFolder, shown, .system(SystemCall.lastError))
            }
        }
        if let status = try? Stat(FilePath(path.isEmpty ? "." : path), followTargetSymlink: true), status.type != .directory {
            throw FileError(.createFolder, shown, .notAFolder)
        }
    }
}
