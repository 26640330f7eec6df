import Foundation
import Testing

/// Compares output with a file in Tests/govregTests/Golden, so any change of output shows as a
/// reviewable diff. Re-record with GOVREG_RECORD_GOLDEN=1 swift test, then read the diff.
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Golden")

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appending(path: name)
        if ProcessInfo.processInfo.environment["GOVREG_RECORD_GOLDEN"] != nil {
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try String(decoding: Data(contentsOf: url), as: UTF8.self)
        if actual == expected { return }
        let actualLines = actual.components(separatedBy: "\n")
        let expectedLines = expected.components(separatedBy: "\n")
        let line = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(actualLines.count, expectedLines.count)
        Issue.record("""
            output differs from Golden/\(name) at line \(line + 1):
              expected: \(line < expectedLines.count ? expectedLines[line] : "<end of file>")
              actual:   \(line < actualLines.count ? actualLines[line] : "<end of file>")
            (re-record with GOVREG_RECORD_GOLDEN=1 swift test and review the diff)
            """, sourceLocation: sourceLocation)
    }
}
