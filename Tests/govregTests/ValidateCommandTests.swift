import Foundation
import Testing

/// `govreg validate` as a user runs it: exit status, summary lines, diagnostics, JSON.
struct ValidateCommandTests {
    @Test("the samples validate with exit status 0")
    func samples() throws {
        let outcome = try GovregProcess.run(["validate", "Samples/registers/hospital.xml", "Samples/registers/gp-practice.xml", "Samples/agreements/lab-systeem.xml"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.isEmpty)
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.first?.hasPrefix("Samples/registers/hospital.xml: geldig register (") == true, "\(outcome.stdout)")
    }

    @Test("a missing file exits 2 and the other files are still checked")
    func missingFile() throws {
        let outcome = try GovregProcess.run(["validate", "no-such-register.xml", "Samples/registers/hospital.xml"])
        #expect(outcome.status == 2)
        // In the language of the register that could be read.
        #expect(outcome.stderr.contains("kan 'no-such-register.xml' niet lezen: bestand of map bestaat niet"), "\(outcome.stderr)")
        #expect(outcome.stdout.contains("no-such-register.xml: niet gelezen"))
        #expect(outcome.stdout.contains("Samples/registers/hospital.xml: geldig"))
    }

    @Test("an invalid file exits 1 with compiler-style diagnostics, and the next file is still checked")
    func invalidThenValid() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = try String(contentsOf: GovregProcess.packageRoot.appending(path: "Samples/registers/gp-practice.xml"), encoding: .utf8)
        let firstR = try #require(sample.range(of: #"role="R""#))
        let broken = sample.replacingCharacters(in: firstR, with: #"role="X""#)
        let file = folder.appending(path: "praktijk.xml")
        try broken.write(to: file, atomically: true, encoding: .utf8)
        let brokenLine = broken[..<firstR.lowerBound].count { $0 == "\n" } + 1

        let outcome = try GovregProcess.run(["validate", file.path, "Samples/agreements/lab-systeem.xml"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("\(file.path):\(brokenLine):"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains(": error: [XSD] "))
        #expect(outcome.stdout.contains("praktijk.xml: ongeldig, 1 fout, 0 waarschuwingen"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("lab-systeem.xml: geldige overeenkomst"))
    }

    @Test("--format json reports every file on stdout")
    func json() throws {
        let outcome = try GovregProcess.run(["validate", "--format", "json", "--lang", "en", "Samples/registers/hospital.xml", "Samples/invalid"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.isEmpty)
        let report = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        #expect(report?["format"] as? String == "govreg-validation/1")
        #expect(report?["valid"] as? Bool == false)
        let files = try #require(report?["files"] as? [[String: Any]])
        #expect(files.count == 2)
        #expect(files[0]["kind"] as? String == "register")
        #expect(files[0]["valid"] as? Bool == true)
        #expect(files[0]["readError"] is NSNull)
        #expect(files[1]["kind"] is NSNull)
        #expect((files[1]["readError"] as? String)?.contains("it is a folder") == true)
    }

    @Test("usage errors exit 2")
    func usageErrors() throws {
        #expect(try GovregProcess.run(["validate"]).status == 2)
        #expect(try GovregProcess.run(["validate", "--as-of", "2026-02-30", "x.xml"]).status == 2)
        #expect(try GovregProcess.run(["validate", "--max-size", "lots", "x.xml"]).status == 2)
        #expect(try GovregProcess.run(["validate", "--format", "yaml", "x.xml"]).status == 2)
        #expect(try GovregProcess.run(["frobnicate"]).status == 2)
    }

    @Test("every command has --help with an example", arguments: [["init"], ["validate"], ["edit"], ["raci"], ["raci", "assign"], ["raci", "unassign"], ["summary"], ["report"], ["reviews"], ["review", "record"], ["continuity"], ["card"], ["import"], ["diff"], ["rules"], ["schemas"], ["agreement", "template"]])
    func help(command: [String]) throws {
        let outcome = try GovregProcess.run(command + ["--help"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("Examples:"))
        #expect(outcome.stdout.contains("govreg \(command.joined(separator: " "))"), "\(command)")
    }

    @Test("govreg rules lists every rule")
    func rules() throws {
        let outcome = try GovregProcess.run(["rules", "--lang", "nl"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("GR001  fout          Precies één A per activiteit"))
        #expect(outcome.stdout.contains("GR016"))
    }
}
