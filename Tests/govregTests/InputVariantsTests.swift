import Foundation
import Testing

/// Files as they come in from outside: every way of writing a valid file is accepted as valid,
/// and every absurd value is refused cleanly, never with a crash.
struct InputVariantsTests {
    static let lab = GovregProcess.packageRoot.appending(path: "Samples/agreements/lab-systeem.xml")

    private func variant(_ change: (String) -> String) throws -> (URL, URL) {
        let folder = try GovregProcess.temporaryFolder()
        let file = folder.appending(path: "variant.xml")
        try change(String(contentsOf: Self.lab, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
        return (folder, file)
    }

    @Test("values with white space around them mean what they say, as in the schema")
    func whiteSpace() throws {
        let (folder, file) = try variant {
            $0.replacingOccurrences(of: #"kind="automatic""#, with: #"kind=" automatic ""#)
                .replacingOccurrences(of: #"<start>2023-10-01</start>"#, with: "<start>\n  2023-10-01\n</start>")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try GovregProcess.run(["validate", file.path, "--lang", "en"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let summary = try GovregProcess.run(["summary", file.path, "--lang", "en", "--as-of", "2026-11-22"])
        #expect(summary.stdout.contains("| **Renewal** | automatic, 12 months at a time |"), "\(summary.stdout)")
    }

    @Test("text over several lines and priority names with spaces are valid")
    func realisticText() throws {
        let (folder, file) = try variant {
            $0.replacingOccurrences(of: #"name="P1""#, with: #"name="Zeer hoog""#)
                .replacingOccurrences(of: #"atOnceFor="P1""#, with: #"atOnceFor="Zeer hoog""#)
                .replacingOccurrences(of: "<description>", with: "<description>Eerste regel.\nTweede regel.\n")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try GovregProcess.run(["validate", file.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let xmllint = Process()
        xmllint.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        xmllint.arguments = ["--noout", "--schema", GovregProcess.packageRoot.appending(path: "Schemas/agreement.xsd").path, file.path]
        xmllint.standardError = FileHandle.nullDevice
        try xmllint.run()
        xmllint.waitUntilExit()
        #expect(xmllint.terminationStatus == 0)
    }

    @Test("absurd durations are schema errors, not crashes", arguments: [
        "<initialTerm>P9223372036854775807M</initialTerm>", "<initialTerm>P9223372036854775807D</initialTerm>",
        "<initialTerm>P1000000Y</initialTerm>",
    ])
    func absurdDurations(term: String) throws {
        let (folder, file) = try variant { $0.replacingOccurrences(of: "<initialTerm>P48M</initialTerm>", with: term) }
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try GovregProcess.run(["summary", file.path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("[XSD] <initialTerm>"), "\(outcome.stderr)")
    }

    @Test("an input limit beyond what libxml2 can read is a usage error")
    func hugeLimit() throws {
        let outcome = try GovregProcess.run(["validate", "--max-size", "9223372036854775807", Self.lab.path])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("--max-size"))
    }

    @Test("- reads standard input")
    func standardInput() throws {
        let outcome = try GovregProcess.run(["validate", "-"], input: Self.lab)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == "-: geldige overeenkomst 'sla-lis-labwijzer-2023'\n")
    }

    @Test("a UTF-16 file gets true columns")
    func utf16Columns() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: GovregProcess.packageRoot.appending(path: "Samples/invalid/GR006-escalation-level-without-phone.xml"), encoding: .utf8)
        let file = folder.appending(path: "utf16.xml")
        try (Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!).write(to: file)
        let utf16 = try GovregProcess.run(["validate", file.path]).stderr
        let utf8 = try GovregProcess.run(["validate", "Samples/invalid/GR006-escalation-level-without-phone.xml"]).stderr
        let position = { (line: String) in line.split(separator: ":")[1...2].joined(separator: ":") }
        #expect(position(utf16) == position(utf8), "\(utf16) / \(utf8)")
    }

    @Test("two elements of the same name on one line are told apart")
    func sameLineColumns() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "line.xml")
        try """
        <register xmlns="urn:govreg:register:1" xml:lang="en"><organisation kind="hospital"><name>H</name></organisation>
        <parties><party id="it" kind="internal"><name>IT</name></party></parties>
        <systems><system id="s" criticality="low"><name>S</name></system></systems>
        <raci><matrix id="m"><title>T</title><activity id="a"><name>A</name>
        <!-- <assignment party="x" role="Q"/> --><assignment party="it" role="A"/><assignment party="it" role="Q"/></activity></matrix></raci></register>
        """.write(to: file, atomically: true, encoding: .utf8)
        let outcome = try GovregProcess.run(["validate", file.path])
        #expect(outcome.stderr.hasPrefix("\(file.path):5:75: error: [XSD] <assignment> attribute 'role'"), "\(outcome.stderr)")
    }

    @Test("a file with only a comment is told it has no element")
    func commentOnly() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "comment.xml")
        try "<!-- nothing here yet -->\n".write(to: file, atomically: true, encoding: .utf8)
        let outcome = try GovregProcess.run(["validate", file.path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("no element found"), "\(outcome.stderr)")
    }

    @Test("govreg without a command is a usage error")
    func noCommand() throws {
        let outcome = try GovregProcess.run([])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("SUBCOMMANDS"))
    }
}
