import Foundation

/// Writes report output: a file replaced in one step (see `FileWriter.replace`), so a reader never
/// sees half a report and an interrupted run leaves no half-written file. A link is followed and kept, a file keeps its permissions,
/// a device or pipe (`/dev/stdout`, say) is written into as it is, and `-` is standard output. Errors carry the system's own reason.
public enum ReportOutput {
    public struct WriteError: Error, CustomStringConvertible {
        public let description: String
    }

    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(to: path) { emit in emit(Array(text.utf8)) }
    }

    /// The same for output made in pieces, written as they come: `produce` hands each to `emit`.
    static func write(to path: String, produce: (_ emit: ([UInt8]) -> Void) -> Void) throws(WriteError) {
        func failure(_ reason: String = String(cString: strerror(errno))) -> WriteError {
            WriteError(description: "cannot write '\(path)': \(reason)")
        }
        if path == FileReader.standardInput {
            // "-" is standard output here, as it is standard input where govreg reads.
            guard FileWriter.writeInto(descriptor: STDOUT_FILENO, produce: produce) else { throw failure() }
            return
        }
        var status = stat()
        guard stat(path, &status) == 0 else {
            // Nothing there, or (what lstat alone still finds) a link to nothing.
            var link = stat()
            if lstat(path, &link) == 0 { throw failure("it is a link to something that does not exist") }
            guard FileWriter.replace(path, mode: nil, produce: produce) else { throw failure() }
            return
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            throw failure("it is a folder")
        case S_IFREG:
            let target = FileWriter.linkTarget(of: path) ?? path
            guard FileWriter.replace(target, mode: status.st_mode & 0o7777, produce: produce) else { throw failure() }
        default:
            guard FileWriter.writeInto(path, produce: produce) else { throw failure() }
        }
    }

    /// Writes a new file; refuses when the file exists already.
    public static func create(_ text: String, at path: String) throws(WriteError) {
        guard FileWriter.write(Array(text.utf8), to: path, exclusive: true) else {
            let reason = errno == EEXIST ? "it exists already; govreg never overwrites a register" : String(cString: strerror(errno))
            throw WriteError(description: "cannot create '\(path)': \(reason)")
        }
    }

    /// Creates a folder and its parents for a report site.
    public static func createFolder(_ path: String) throws(WriteError) {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o755) != 0, errno != EEXIST {
                throw WriteError(description: "cannot create folder '\(path)': \(String(cString: strerror(errno)))")
            }
        }
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else {
            throw WriteError(description: "cannot create folder '\(path)': it exists and is not a folder")
        }
    }
}
