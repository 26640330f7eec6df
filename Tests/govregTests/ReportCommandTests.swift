import Foundation
import Testing

/// raci, summary and report as a user runs them: wrong names, wrong files, where output goes.
struct ReportCommandTests {
    @Test("an unknown matrix, party or agreement exits 2 and names what there is")
    func unknownNames() throws {
        let matrix = try GovregProcess.run(["raci", "Samples/registers/gp-practice.xml", "--matrix", "nope"])
        #expect(matrix.status == 2)
        #expect(matrix.stderr.contains("geen matrix 'nope' in het register; de matrices zijn: ") && matrix.stderr.contains("raci-continuiteit"), "\(matrix.stderr)")
        let party = try GovregProcess.run(["raci", "Samples/registers/gp-practice.xml", "--party", "nope"])
        #expect(party.status == 2)
        #expect(party.stderr.contains("geen partij 'nope' in het register"), "\(party.stderr)")
        let agreement = try GovregProcess.run(["summary", "Samples/registers/gp-practice.xml", "--agreement", "nope"])
        #expect(agreement.status == 2)
        #expect(agreement.stderr.contains("geen overeenkomst 'nope'") && agreement.stderr.contains("dvo-his-dossierhuis-2024"), "\(agreement.stderr)")
    }

    @Test("raci and report need a register, not an agreement file")
    func agreementFileRefused() throws {
        for command in [["raci"], ["report", "--output", "/tmp/govreg-unused"]] {
            let outcome = try GovregProcess.run([command[0], "Samples/agreements/lab-systeem.xml"] + command.dropFirst())
            #expect(outcome.status == 2)
            #expect(outcome.stderr.contains("is een leveranciersovereenkomst; deze opdracht heeft een register nodig"), "\(outcome.stderr)")
        }
    }

    @Test("a report of an invalid register exits 1 and shows why")
    func invalidRegister() throws {
        let outcome = try GovregProcess.run(["raci", "Samples/invalid/XSD-unknown-raci-role.xml"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("[XSD]"))
        #expect(outcome.stdout.isEmpty)
    }

    @Test("a report of a register that breaks a rule is still written, with exit 1")
    func ruleBroken() throws {
        let outcome = try GovregProcess.run(["raci", "Samples/invalid/GR001-two-accountable-parties.xml", "--format", "csv"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("[GR001]"))
        #expect(outcome.stdout.hasPrefix("\u{FEFF}"))
    }

    @Test("--output writes the file, and an unwritable place exits 2 with the reason")
    func output() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "summary.md")
        let written = try GovregProcess.run(["summary", "Samples/agreements/lab-systeem.xml", "--output", file.path])
        #expect(written.status == 0)
        #expect(written.stdout.isEmpty)
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("# Overeenkomsten"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["summary.md"])

        let missing = try GovregProcess.run(["summary", "Samples/agreements/lab-systeem.xml", "--output", folder.appending(path: "no/such/folder/x.md").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("niet schrijven: de map '\(folder.appending(path: "no/such/folder").path)' bestaat niet; maak die eerst aan"), "\(missing.stderr)")
        let notFolder = try GovregProcess.run(["report", "Samples/registers/gp-practice.xml", "--output", file.path])
        #expect(notFolder.status == 2)
        #expect(notFolder.stderr.contains("het bestaat al en is geen map"), "\(notFolder.stderr)")
    }

    @Test("--lang switches the language of the report")
    func language() throws {
        let english = try GovregProcess.run(["summary", "Samples/agreements/lab-systeem.xml", "--lang", "en", "--as-of", "2026-11-22"])
        #expect(english.stdout.hasPrefix("# Agreements"))
        #expect(english.stdout.contains("| **Notice deadline** | 31 March 2027 (notice period 6 months) |"), "\(english.stdout)")
    }
}
