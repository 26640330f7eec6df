import Foundation
import Testing

/// What is still to fill in (GR017): a new register from `govreg init` is valid, and validate
/// names every placeholder left in it, at its line, until it is replaced.
struct FillInTests {
    /// Every placeholder `govreg init --kind gp-practice` writes, as validate reports them.
    static let gpPracticeWarnings = """
        register.xml:12:16: warning: [GR017] nog in te vullen: naam van contactpersoon van partij 'praktijkhouder'
        register.xml:12:54: warning: [GR017] nog in te vullen: telefoonnummer van contactpersoon van partij 'praktijkhouder'
        register.xml:16:16: warning: [GR017] nog in te vullen: naam van contactpersoon van partij 'praktijkmanager'
        register.xml:16:54: warning: [GR017] nog in te vullen: telefoonnummer van contactpersoon van partij 'praktijkmanager'
        register.xml:20:16: warning: [GR017] nog in te vullen: naam van contactpersoon van partij 'assistentes'
        register.xml:20:54: warning: [GR017] nog in te vullen: telefoonnummer van contactpersoon van partij 'assistentes'
        register.xml:23:7: warning: [GR017] nog in te vullen: naam van partij 'ict-partner'
        register.xml:24:16: warning: [GR017] nog in te vullen: naam van contactpersoon van partij 'ict-partner'
        register.xml:24:54: warning: [GR017] nog in te vullen: telefoonnummer van contactpersoon van partij 'ict-partner'
        register.xml:27:7: warning: [GR017] nog in te vullen: naam van partij 'his-leverancier'
        register.xml:28:16: warning: [GR017] nog in te vullen: naam van contactpersoon van partij 'his-leverancier'
        register.xml:28:54: warning: [GR017] nog in te vullen: telefoonnummer van contactpersoon van partij 'his-leverancier'
        register.xml:37:7: warning: [GR017] nog in te vullen: terugvalprocedure van systeem 'his'

        """

    @Test("a new register is valid with a warning for each placeholder; --strict makes them errors")
    func newRegister() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try GovregProcess.run(["init", "register.xml", "--kind", "gp-practice", "--organisation", "Huisartsenpraktijk De Linde"], in: folder)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout == """
            register.xml: nieuw register; vul in wat met (invullen) is gemarkeerd en de telefoonnummers +31 00 000 0000, en draai daarna govreg validate register.xml
            schemas/: de schema's, voor aanvullen en uitleg in een XML-editor (zie de README)

            """)

        let check = try GovregProcess.run(["validate", "register.xml"], in: folder)
        #expect(check.status == 0)
        #expect(check.stderr == Self.gpPracticeWarnings)
        #expect(check.stdout == "register.xml: geldig register (1 systeem, 0 overeenkomsten, 2 RACI-matrices), 0 fouten, 13 waarschuwingen\n")

        let strict = try GovregProcess.run(["validate", "register.xml", "--strict"], in: folder)
        #expect(strict.status == 1)
        #expect(strict.stderr == Self.gpPracticeWarnings.replacingOccurrences(of: ": warning: ", with: ": error: "))
        #expect(strict.stdout == "register.xml: ongeldig, 13 fouten, 0 waarschuwingen\n")
    }

    @Test("a new register names the schemas beside it for XML editors, and they are there and accept it")
    func editorSchemas() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appending(path: "praktijk"), withIntermediateDirectories: true)
        let created = try GovregProcess.run(["init", "praktijk/register.xml", "--kind", "gp-practice", "--organisation", "De Linde"], in: folder)
        #expect(created.status == 0, "\(created.stderr)")
        let lines = try String(contentsOf: folder.appending(path: "praktijk/register.xml"), encoding: .utf8).split(separator: "\n")
        #expect(lines[1] == #"<?xml-model href="schemas/register.xsd" type="application/xml" schematypens="http://www.w3.org/2001/XMLSchema"?>"#)
        let schemas = try FileManager.default.contentsOfDirectory(atPath: folder.appending(path: "praktijk/schemas").path).sorted()
        #expect(schemas == ["agreement.xsd", "register.xsd", "xml.xsd"])
        let xmllint = try GovregProcess.runProgram(["/usr/bin/xmllint", "--noout", "--nonet", "--schema",
                                                    folder.appending(path: "praktijk/schemas/register.xsd").path, folder.appending(path: "praktijk/register.xml").path])
        #expect(xmllint.status == 0, "\(xmllint.stderr)")

        // Schemas of another version already there are kept; the register is still made.
        try "<changed/>".write(to: folder.appending(path: "praktijk/schemas/xml.xsd"), atomically: true, encoding: .utf8)
        let again = try GovregProcess.run(["init", "praktijk/tweede.xml", "--kind", "gp-practice", "--organisation", "De Linde"], in: folder)
        #expect(again.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appending(path: "praktijk/tweede.xml").path))
        #expect(again.stderr.hasPrefix("govreg: warning: "))
        #expect(again.stderr.contains("govreg schemas --output praktijk/schemas --force"))
        #expect(try String(contentsOf: folder.appending(path: "praktijk/schemas/xml.xsd"), encoding: .utf8) == "<changed/>")
    }

    @Test("an English register says what is left in English")
    func english() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try GovregProcess.run(["init", "register.xml", "--kind", "hospital", "--organisation", "Example Hospital", "--lang", "en"], in: folder)
        #expect(created.status == 0, "\(created.stderr)")
        let check = try GovregProcess.run(["validate", "register.xml"], in: folder)
        #expect(check.status == 0)
        let lines = check.stderr.split(separator: "\n")
        #expect(lines.count == 16)
        #expect(lines.first == "register.xml:12:16: warning: [GR017] still to fill in: name of contact of party 'raad-van-bestuur'")
        #expect(lines.contains("register.xml:35:7: warning: [GR017] still to fill in: name of party 'epd-leverancier'"))
        #expect(lines.contains("register.xml:36:46: warning: [GR017] still to fill in: phone number of contact of party 'epd-leverancier'"))
        #expect(lines.last == "register.xml:45:7: warning: [GR017] still to fill in: fallback procedure of system 'epd'")
    }

    @Test("once every placeholder is replaced, the warnings are gone")
    func filledIn() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try GovregProcess.run(["init", "register.xml", "--kind", "gp-practice", "--organisation", "Huisartsenpraktijk De Linde"], in: folder)
        let file = folder.appending(path: "register.xml")
        var text = try String(contentsOf: file, encoding: .utf8)
        // Half done: the names filled in, the phone numbers not yet.
        for (placeholder, real) in [("Contactpersoon (invullen)", "Karin Schouten"), ("ICT-partner (invullen)", "Lindeborg ICT"),
                                    ("Leverancier HIS (invullen)", "Dossierhuis B.V."), ("(invullen) ", "")] {
            text = text.replacingOccurrences(of: placeholder, with: real)
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
        let half = try GovregProcess.run(["validate", "register.xml"], in: folder)
        #expect(half.status == 0)
        #expect(half.stderr == """
            register.xml:12:43: warning: [GR017] nog in te vullen: telefoonnummer van contactpersoon van partij 'praktijkhouder'
            register.xml:16:43: warning: [GR017] nog in te vullen: telefoonnummer van contactpersoon van partij 'praktijkmanager'
            register.xml:20:43: warning: [GR017] nog in te vullen: telefoonnummer van contactpersoon van partij 'assistentes'
            register.xml:24:43: warning: [GR017] nog in te vullen: telefoonnummer van contactpersoon van partij 'ict-partner'
            register.xml:28:43: warning: [GR017] nog in te vullen: telefoonnummer van contactpersoon van partij 'his-leverancier'

            """)
        #expect(half.stdout == "register.xml: geldig register (1 systeem, 0 overeenkomsten, 2 RACI-matrices), 0 fouten, 5 waarschuwingen\n")

        var number = 100
        while let placeholder = text.range(of: "+31 00 000 0000") {
            text.replaceSubrange(placeholder, with: "+31 20 555 0\(number)")
            number += 1
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
        let done = try GovregProcess.run(["validate", "register.xml", "--strict"], in: folder)
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stderr.isEmpty)
        #expect(done.stdout == "register.xml: geldig register (1 systeem, 0 overeenkomsten, 2 RACI-matrices)\n")
    }
}
