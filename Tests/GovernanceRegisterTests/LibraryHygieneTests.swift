import Foundation
import Testing

/// The library keeps libxml2 behind one layer and holds no global mutable state.
struct LibraryHygieneTests {
    private static let sources = PackagePaths.root.appending(path: "Sources/GovernanceRegister")

    private static func swiftFiles() -> [(path: String, text: String)] {
        let enumerator = FileManager.default.enumerator(atPath: sources.path)
        var files: [(String, String)] = []
        while let name = enumerator?.nextObject() as? String {
            guard name.hasSuffix(".swift"),
                  let text = try? String(contentsOf: sources.appending(path: name), encoding: .utf8) else { continue }
            files.append((name, text))
        }
        return files
    }

    @Test("only the XML layer imports libxml2")
    func libxml2StaysInXML() {
        let importers = Self.swiftFiles().filter { $0.text.contains("import CLibXML2") }.map(\.path)
        #expect(!importers.isEmpty)
        #expect(importers.allSatisfy { $0.hasPrefix("XML/") }, "\(importers)")
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
