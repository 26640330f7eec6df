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
        // valgrind runs a copy without debug information: it cannot read every DWARF 5 form that
        // today's compilers write, and leaks are found without it.
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appending(path: "govreg").path
        try FileManager.default.copyItem(atPath: GovregProcess.executable.path, toPath: copy)
        #expect(try GovregProcess.runProgram(["/usr/bin/strip", "--strip-debug", copy]).status == 0)
        let outcome = try GovregProcess.run(["validate", "--as-of", "2026-11-22"] + samples, under: [
            LeakTests.valgrind, "--leak-check=full", "--errors-for-leak-kinds=definite,indirect", "--error-exitcode=99",
        ], program: copy)
        #expect(outcome.status == 1, "valgrind: \(outcome.stderr.suffix(3000))")
        #expect(outcome.stderr.contains("definitely lost: 0 bytes in 0 blocks") || outcome.stderr.contains("All heap blocks were freed"))
        #expect(outcome.stderr.contains("ERROR SUMMARY: 0 errors"))
    }
}
