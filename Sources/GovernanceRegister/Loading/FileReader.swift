import Foundation

/// Reads a file's bytes with a size cap, without following what the file asks for.
enum FileReader {
    /// The file name that means standard input.
    static let standardInput = "-"

    enum Failure: Error, Equatable {
        /// The file cannot be opened or read; the reason as the system says it.
        case unreadable(String)
        /// The file holds more than the limit.
        case tooLarge(limit: Int)
    }

    static func read(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
        let fromStandardInput = path == standardInput
        let descriptor = fromStandardInput ? STDIN_FILENO : open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        defer { if !fromStandardInput { close(descriptor) } }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            return .failure(.unreadable("it is a directory"))
        }
        if (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) > limit {
            return .failure(.tooLarge(limit: limit))
        }
        // Read at most limit + 1 bytes, so a pipe or device cannot make us read forever.
        var bytes: [UInt8] = []
        if (status.st_mode & S_IFMT) == S_IFREG {
            // One allocation of the right size, not a doubling series of copies.
            bytes.reserveCapacity(Int(status.st_size) + 1)
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= limit {
            let wanted = min(chunk.count, limit + 1 - bytes.count)
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(String(cString: strerror(errno))))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes.count > limit ? .failure(.tooLarge(limit: limit)) : .success(bytes)
    }
}
