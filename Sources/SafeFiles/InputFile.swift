import SystemPackage

/// Reads a file's bytes with a size cap: a file, `-` for standard input, or a pipe or device.
public enum InputFile {
    /// The file name that means standard input (and standard output where govreg writes).
    public static let standardStream = "-"

    /// All bytes of `path`, at most `limit` of them: a larger file is refused before it is read, and
    /// a pipe or device is never read past the limit.
    public static func read(_ path: String, limit: Int) throws(FileError) -> [UInt8] {
        func failure(_ problem: FileError.Problem) -> FileError { FileError(.read, path, problem) }
        let fromStandardInput = path == standardStream
        let descriptor: FileDescriptor
        do {
            descriptor = fromStandardInput ? .standardInput : try SystemCall.run { try FileDescriptor.open(FilePath(path), .readOnly, options: .closeOnExec) }
        } catch {
            throw failure(.system(error))
        }
        defer { if !fromStandardInput { try? descriptor.close() } }
        let status: Stat
        do { status = try descriptor.stat() } catch { throw failure(.system(error)) }
        if status.type == .directory { throw failure(.isFolder) }
        let isRegular = status.type == .regular
        if isRegular, Int(status.size) > limit { throw failure(.tooLarge(limit: limit)) }
        var bytes: [UInt8] = []
        // One allocation of the right size, not a doubling series of copies.
        if isRegular { bytes.reserveCapacity(Int(status.size) + 1) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= limit {
            let wanted = min(chunk.count, limit + 1 - bytes.count)
            let count: Int
            do {
                count = try SystemCall.run { try chunk.withUnsafeMutableBytes { try descriptor.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[0..<wanted])) } }
            } catch {
                throw failure(.system(error))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        guard bytes.count <= limit else { throw failure(.tooLarge(limit: limit)) }
        return bytes
    }

    /// The first `count` bytes of the file at `path` (fewer when it is shorter), for a look at
    /// what it is.
    public static func readPrefix(_ path: String, count: Int) throws(FileError) -> [UInt8] {
        let descriptor: FileDescriptor
        do {
            descriptor = try SystemCall.run { try FileDescriptor.open(FilePath(path), .readOnly, options: .closeOnExec) }
        } catch {
            throw FileError(.read, path, .system(error))
        }
        defer { try? descriptor.close() }
        var bytes = [UInt8](repeating: 0, count: count)
        do {
            let read = try SystemCall.run { try bytes.withUnsafeMutableBytes { try descriptor.read(into: $0) } }
            return Array(bytes.prefix(read))
        } catch {
            throw FileError(.read, path, .system(error))
        }
    }
}
