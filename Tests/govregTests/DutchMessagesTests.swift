import Foundation
import Testing

/// A Dutch register gets Dutch messages from every command, on every path that ends in an error:
/// no English sentence reaches a Dutch practice manager.
struct DutchMessagesTests {
    /// Words that only English sentences have. What is quoted, in angle brackets or an option
    /// name (ids, paths, values, `<register>`, `--format`) is not read, nor the compiler-style
    /// "error:" and "warning:" that editors and CI systems look for.
    static let englishWords: Set<String> = [
        "the", "cannot", "does", "has", "have", "with", "this", "that", "which", "missing", "unknown", "already",
        "expected", "invalid", "should", "must", "found", "exists", "nothing", "written", "try", "again", "remove",
        "not", "file", "folder", "please", "provide", "value", "option", "argument", "see", "more", "information",
        "usage", "and", "or", "to", "its", "there", "would", "could", "only",
    ]

    static func englishWords(in text: String) -> [String] {
        var cleaned = text
        for pattern in [#"'[^']*'"#, #""[^"]*""#, #"<[^>]*>"#, #"--?[A-Za-z][A-Za-z0-9-]*"#, #"\S*/\S*"#, #"(error|warning): \[[A-Z0-9]+\]"#, #"govreg: error:"#] {
            cleaned = cleaned.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return cleaned.lowercased().split { !$0.isLetter }.map(String.init).filter(englishWords.contains)
    }

    @Test("the check of English words finds them, and leaves Dutch and quoted text alone")
    func detector() {
        #expect(Self.englishWords(in: "govreg: error: no agreement 'x' in the register") == ["the"])
        #expect(Self.englishWords(in: "govreg: error: geen overeenkomst 'the file' in het register; gebruik --replace") == [])
        #expect(Self.englishWords(in: "x.xml:3:5: error: [GR001] activiteit heeft geen eindverantwoordelijke") == [])
    }

    @Test("every command's error paths speak Dutch for a Dutch register")
    func errorPaths() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = GovregProcess.packageRoot
        let register = folder.appending(path: "register.xml").path
        try FileManager.default.copyItem(atPath: root.appending(path: "Samples/registers/gp-practice.xml").path, toPath: register)
        let agreement = root.appending(path: "Samples/agreements/his-dienstverlening.xml").path
        let invalid = root.appending(path: "Samples/invalid/XSD-invalid-date.xml").path
        let broken = folder.appending(path: "broken.xml").path
        try #"<register xmlns="urn:govreg:register:1" xml:lang="nl"><organisation kind="other"><name>A & B</name></organisation></register>"#
            .write(toFile: broken, atomically: true, encoding: .utf8)
        // Tags inside a comment before the root do not hide the root's language.
        let commented = folder.appending(path: "commented.xml").path
        try #"<!-- </system> </name> --><register xmlns="urn:govreg:register:1" xml:lang="nl"><organisation kind="other"><name>A & B</name></organisation></register>"#
            .write(toFile: commented, atomically: true, encoding: .utf8)
        let crowded = folder.appending(path: "crowded")
        try FileManager.default.createDirectory(at: crowded, withIntermediateDirectories: true)
        try "notes".write(to: crowded.appending(path: "notes.txt"), atomically: true, encoding: .utf8)
        let review = ["review", "record", register, "dvo-his-dossierhuis-2024", "--by", "K. Schouten", "--outcome", "approved", "--as-of", "2026-11-22"]
        let assign = ["raci", "assign", register, "--matrix", "raci-continuiteit", "--activity", "storing-melden"]

        let paths: [[String]] = [
            ["validate", invalid],
            ["validate", broken],
            ["raci", register, "--matrix", "nope"],
            ["raci", register, "--party", "nope"],
            ["raci", register, "--format", "pdf"],
            ["raci", register, "--nope"],
            ["raci", register, "--output", folder.appending(path: "no/such/folder/raci.txt").path],
            ["raci", agreement],
            ["summary", register, "--agreement", "nope"],
            ["card", register, "--system", "nope", "--output", "-"],
            ["reviews", register, "--within", "-3"],
            ["continuity", agreement],
            ["report", register, "--output", crowded.path],
            ["report", register, "--output", register],
            review + ["--date", "2030-01-01"],
            review + ["--date", "2026-01-15", "--note", "x"],
            ["review", "record", register, "nope", "--date", "2026-01-15", "--by", "K", "--outcome", "approved"],
            assign + ["--party", "nope", "--role", "C"],
            assign + ["--party", "praktijkhouder", "--role", "A"],
            ["raci", "unassign", register, "--matrix", "raci-continuiteit", "--activity", "storing-melden", "--party", "nope"],
            ["import", register, agreement],
            ["import", register, invalid],
            ["import", register, register],
            ["edit", register],
            ["init", register, "--kind", "gp-practice", "--organisation", "De Linde"],
            ["diff", register, broken],
            ["agreement", "template", register, "--vendor", "dosierhuis"],
            ["agreement", "template", register, "--vendor", "dossierhuis", "--system", "nope"],
            ["agreement", "template", register, "--vendor", "dossierhuis", "--output", crowded.path],
            ["agreement", "template", agreement, "--vendor", "dossierhuis"],
            ["schemas", "--output", register, "--lang", "nl"],
            ["summary", register, "--lang", "de"],
            ["agreement", "add", register, "nieuw"],
            ["organisation", register],
            ["validate", root.appending(path: "Samples/invalid/XML-unclosed-element.xml").path],
            ["validate", commented],
        ]
        // The same review twice: the second is refused.
        _ = try GovregProcess.run(review + ["--date", "2026-01-15", "--note", "x"])
        for arguments in paths {
            let outcome = try GovregProcess.run(arguments)
            #expect(outcome.status != 0, "\(arguments) exit 0")
            let english = Self.englishWords(in: outcome.stderr + "\n" + outcome.stdout)
            #expect(english.isEmpty, "\(arguments.prefix(2)): \(english) in \(outcome.stderr.prefix(600)) \(outcome.stdout.prefix(300))")
        }
    }
}
