import Foundation
import Testing

/// `govreg sample generate` as the benchmarks use it: a file that validates, the same bytes for the
/// same seed, a clear message where it cannot write.
struct SampleCommandTests {
    @Test("a generated register validates with exit status 0, and the same seed writes the same bytes")
    func generateThenValidate() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appending(path: "first.xml").path, second = folder.appending(path: "second.xml").path

        for file in [first, second] {
            let outcome = try GovregProcess.run(["sample", "generate", "--agreements", "120", "--seed", "42", "--output", file])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            #expect(outcome.stdout.isEmpty && outcome.stderr.isEmpty)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))

        let validation = try GovregProcess.run(["validate", first])
        #expect(validation.status == 0, "\(validation.stderr.prefix(500))")
        #expect(validation.stderr.isEmpty)
        #expect(validation.stdout == "\(first): geldig register (24 systemen, 120 overeenkomsten, 2 RACI-matrices)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["first.xml", "second.xml"])
    }

    @Test("a run killed halfway leaves nothing behind, and an old file as it was")
    func killedHalfway() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "register.xml")
        try Data("old".utf8).write(to: file)

        let finished = try GovregProcess.runKilled(["sample", "generate", "--agreements", "1000000", "--output", file.path], afterMicroseconds: 300_000)
        #expect(!finished, "a million agreements took less than 0.3 s; the test needs a bigger register")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["register.xml"])
        #expect(try String(contentsOf: file, encoding: .utf8) == "old")
    }

    @Test("a folder that does not exist exits 2 with the reason, and no file is left behind")
    func unwritable() throws {
        let outcome = try GovregProcess.run(["sample", "generate", "--agreements", "3", "--output", "no-such-folder/register.xml"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "govreg: error: cannot write 'no-such-folder/register.xml': the folder 'no-such-folder' does not exist; create it first, or choose another place\n", "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: GovregProcess.packageRoot.appending(path: "no-such-folder").path))
    }

    @Test("a command group without its subcommand is a usage error; asking for its help is not")
    func groupWithoutSubcommand() throws {
        for group in ["sample", "review"] {
            let bare = try GovregProcess.run([group])
            #expect(bare.status == 2)
            #expect(bare.stderr.contains("USAGE: govreg \(group) <subcommand>"), "\(bare.stderr)")
            let help = try GovregProcess.run([group, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("USAGE: govreg \(group) <subcommand>"))
        }
    }

    @Test("zero agreements is a usage error")
    func zeroAgreements() throws {
        let outcome = try GovregProcess.run(["sample", "generate", "--agreements", "0", "--output", "unused.xml"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("--agreements '0' is not valid: give 1 to 1,000,000"), "\(outcome.stderr)")
    }
}
