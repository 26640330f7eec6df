import Foundation
import Testing

/// Every libxml2 object is freed: valgrind finds no lost memory and no invalid access while
/// govreg validates every sample, valid and invalid.
struct LeakTests {
    static let valgrind = "/usr/bin/valgrind"

    @Test("valgrind is installed (the CI script installs it)")
    func valgrindIsThere() {
        #expect(FileManager.default.isExecutableFile(atPath: LeakTests.valgrind))
    }

    @Test("no leaks and no memory errors while validating every sample")
    func noLeaks() throws {
        let samples = ["Samples/registers", "Samples/agreements", "Samples/invalid"].flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: GovregProcess.packageRoot.appending(path: folder).path)) ?? [])
                .filter { $0.hasSuffix(".xml") }.sorted().map { "\(folder)/\($0)" }
        }
        #expect(samples.count >= 40)
        let outcome = try GovregProcess.run(["validate", "--as-of", "2026-11-22"] + samples, under: [
            LeakTests.valgrind, "--leak-check=full", "--errors-for-leak-kinds=definite,indirect", "--error-exitcode=99",
        ])
        #expect(outcome.status == 1, "valgrind: \(outcome.stderr.suffix(3000))")
        #expect(outcome.stderr.contains("definitely lost: 0 bytes in 0 blocks") || outcome.stderr.contains("All heap blocks were freed"))
        #expect(outcome.stderr.contains("ERROR SUMMARY: 0 errors"))
    }
}
