import CSystemSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SystemPackage

/// Writes a folder of files (a report site) in one step: the new folder is made beside the old
/// one, its files flushed to disk together, then the two swap names, so the folder holds the old site or the new
/// one and never a mix. A folder that holds anything besides `.html` files is refused, so
/// replacing a site never removes somebody's other files.
public enum FolderReplacement {
    /// Replaces the folder `path` (or creates it, with its parents) with `files`, by file name.
    public static func replace(_ path: String, with files: [(name: String, bytes: [UInt8])]) throws(FileError) {
        let target = OutputFile.resolvedLink(path) ?? path
        var existing: Stat?
        do {
            existing = try Stat(FilePath(target), followTargetSymlink: false)
        } catch .noSuchFileOrDirectory {
            existing = nil
        } catch {
            throw FileError(.write, path, .system(error))
        }
        if let existing {
            guard existing.type == .directory else { throw FileError(.write, path, .notAFolder) }
            let foreign = entries(of: target).filter { name in
                !(name.hasSuffix(".html") && (try? Stat(FilePath(target + "/" + name), followTargetSymlink: false))?.type == .regular)
            }
            guard foreign.isEmpty else { throw FileError(.write, path, .foreignFiles(foreign.sorted())) }
        } else {
            try createFolder(parentOf: target, shown: path)
        }
        let staging = AtomicFile.temporaryName(for: target)
        do throws(Errno) {
            try SystemCall.check { mkdir(staging, existing.map { $0.permissions.rawValue } ?? 0o755) }
        } catch {
            throw FileError(.write, path, .system(error))
        }
        do throws(FileError) {
            // The staging folder is new and ours: each file is created in it (never through a
            // link), and all of them are flushed to disk at once before the swap.
            for file in files {
                try AtomicFile.create(staging + "/" + file.name, bytes: file.bytes, flushed: false)
            }
            do throws(Errno) { try SystemCall.check { govreg_flush_file_system(staging) } } catch { throw FileError(.write, path, .system(error)) }
            if existing == nil {
                do throws(Errno) { try SystemCall.check { rename(staging, target) } } catch { throw FileError(.write, path, .system(error)) }
            } else if govreg_exchange(staging, target) != 0 {
                // No exchange on this system: move the old folder aside, the new one in, then drop the old.
                let aside = AtomicFile.temporaryName(for: target)
                do throws(Errno) {
                    try SystemCall.check { rename(target, aside) }
                    do throws(Errno) { try SystemCall.check { rename(staging, target) } } catch {
                        rename(aside, target)
                        throw error
                    }
                } catch {
                    throw FileError(.write, path, .system(error))
                }
                removeSite(aside)
                AtomicFile.flushFolder(of: target)
                return
            }
            AtomicFile.flushFolder(of: target)
            removeSite(staging)
        } catch {
            removeSite(staging)
            throw error
        }
    }

    /// Creates the folders above `path` that do not exist yet.
    private static func createFolder(parentOf path: String, shown: String) throws(FileError) {
        let parent = FilePath(path).removingLastComponent()
        guard !parent.isEmpty else { return }
        try FolderFiles.createFolders(parent.string, shown: shown)
    }

    /// The names in a folder, without . and ..
    private static func entries(of folder: String) -> [String] {
        guard let stream = opendir(folder) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    /// Removes a staged or replaced site folder: its files, then the folder.
    private static func removeSite(_ folder: String) {
        for name in entries(of: folder) { unlink(folder + "/" + name) }
        rmdir(folder)
    }
}
