public import SystemPackage

/// Why a file could not be read, written, locked or replaced. It says what govreg was doing, on
/// which path, and what stood in the way; the words for people are made where they are shown.
public struct FileError: Error, Sendable, Equatable {
    /// What govreg was doing.
    public enum Operation: Sendable, Equatable {
        case read, write, create, replace, backUp, lock, createFolder
    }

    /// What stood in the way.
    public enum Problem: Sendable, Equatable {
        /// The system refused, with this reason.
        case system(Errno)
        /// A folder where a file was expected.
        case isFolder
        /// A file where a folder was expected.
        case notAFolder
        /// A link to something that does not exist.
        case danglingLink
        /// A new file's name is taken.
        case exists
        /// A file to write is there already with other content, and was not to be replaced.
        case differentContent
        /// The file holds more than the limit, in bytes.
        case tooLarge(limit: Int)
        /// Another writer holds the lock; what its lock file says about it, if anything.
        case locked(holder: String?)
        /// A link, or a file with a second name, where govreg keeps a file of its own (the lock,
        /// the backup): govreg does not write through it.
        case unexpectedLink
        /// A folder to replace holds files that govreg did not write there.
        case foreignFiles([String])
    }

    public let operation: Operation
    public let path: String
    public let problem: Problem

    public init(_ operation: Operation, _ path: String, _ problem: Problem) {
        self.operation = operation
        self.path = path
        self.problem = problem
    }
}
