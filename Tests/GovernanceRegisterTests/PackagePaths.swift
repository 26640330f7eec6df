import Foundation

/// Folders of this package, found from this source file, so tests run from any working directory.
enum PackagePaths {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func files(in folder: String, withExtension ext: String = "xml") -> [URL] {
        let url = root.appending(path: folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix("." + ext) }.sorted().map { url.appending(path: $0) }
    }

    /// A path relative to the package root, as a user would type it there.
    static func relative(_ url: URL) -> String {
        String(url.path.dropFirst(root.path.count + 1))
    }
}
