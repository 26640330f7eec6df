import Foundation
import Testing

/// The library holds no global mutable state. (That only GovernanceXML can use libxml2 is the
/// build's to enforce: no other target is shown libxml2's module.)
struct LibraryHygieneTests {
    private static let libraries = ["GovernanceRegister", "GovernanceXML", "SafeFiles"]

    private static func swiftFiles() -> [(path: String, text: String)] {
        var files: [(String, String)] = []
        for library in libraries {
            let sources = PackagePaths.root.appending(path: "Sources/\(library)")
            let enumerator = FileManager.default.enumerator(atPath: sources.path)
            while let name = enumerator?.nextObject() as? String {
                guard name.hasSuffix(".swift"),
                      let text = try? String(contentsOf: sources.appending(path: name), encoding: .utf8) else { continue }
                files.append((library + "/" + name, text))
            }
        }
        return files
    }

    @Test("no global or static mutable state in the library")
    func noMutableGlobals() {
        for file in Self.swiftFiles() {
            for line in file.text.split(separator: "\n") {
                let code = line.trimmingCharacters(in: .whitespaces)
                let storedStatic = code.contains("static var ") && !code.contains("{")
                let global = line.hasPrefix("var ") || line.hasPrefix("public var ") || line.hasPrefix("private var ")
                #expect(!storedStatic && !global && !code.contains("nonisolated(unsafe)"), "\(file.path): \(code)")
            }
        }
    }
}
