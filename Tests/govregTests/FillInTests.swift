import Foundation
import Testing

/// What is still to fill in (GR017): a new register from `govreg init` is valid, and validate
/// names every placeholder left in it, at its line, until it is replaced.
struct FillInTests {
    /// Every placeholder `govreg init --kind gp-practice` writes, as validate reports them.
    static let gpPracticeWarnings = """
        register.xml:11:16: warning: [GR017] nog in te vullen: naam van contactpersoon van partij 'praktijkhouder'
        register.xml:11:54: warning: [GR017] nog in te vullen: telefoonnummer van contactpersoon van partij 'praktijkhouder'
        register.xml:15:16: warning: [GR017] nog in te vullen: naam van contactpersoon van partij 'praktijkmanager'
        register.xml:15:54: warning: [GR017] nog in te vullen: telefoonnummer van contactpersoon van partij 'praktijkmanager'
        register.xml:19:16: warning: [GR017] nog in te vullen: naam van contactpersoon van partij 'assistentes'
        register.xml:19:54: warning: [GR017] nog in te vullen: telefoonnummer van contactpersoon van partij 'assistentes'
        register.xml:22:7: warning: [GR017] nog in te vullen: naam van partij 'ict-partner'
        register.xml:23:16: warning: [GR017] nog in te vullen: naam van contactpersoon van partij 'ict-partner'
        register.xml:23:54: warning: [GR017] nog in te vullen: telefoonnummer van contactpersoon van partij 'ict-partner'
        register.xml:26:7: warning: [GR017] nog in te vullen: naam van partij 'his-leverancier'
        register.xml:27:16: warning: [GR017] nog in te vullen: naam van contactpersoon van partij 'his-leverancier'
        register.xml:27:54: warning: [GR017] nog in te vullen: telefoonnummer van contactpersoon van partij 'his-leverancier'
        register.xml:36:7: warning: [GR017] nog in te vullen: terugvalprocedure van systeem 'his'

        """

    @Test("a new register is valid with a warning for each placeholder; --strict makes them errors")
    func newRegister() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try GovregProcess.run(["init", "register.xml", "--kind", "gp-practice", "--organisation", "Huisartsenpraktijk De Linde"], in: folder)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout == "register.xml: nieuw register; vul in wat met (invullen) is gemarkeerd en de telefoonnummers +31 00 000 0000, en draai daarna govreg validate register.xml\n")

        let check = try GovregProcess.run(["validate", "register.xml"], in: folder)
        #expect(check.status == 0)
        #expect(check.stderr == Self.gpPracticeWarnings)
        #expect(check.stdout == "register.xml: geldig register (1 systeem, 0 overeenkomsten, 2 RACI-matrices), 0 fouten, 13 waarschuwingen\n")

        let strict = try GovregProcess.run(["validate", "register.xml", "--strict"], in: folder)
        #expect(strict.status == 1)
        #expect(strict.stderr == Self.gpPracticeWarnings.replacingOccurrences(of: ": warning: ", with: ": error: "))
        #expect(strict.stdout == "register.xml: ongeldig, 13 fouten, 0 waarschuwingen\n")
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
        #expect(lines.first == "register.xml:11:16: warning: [GR017] still to fill in: name of contact of party 'raad-van-bestuur'")
        #expect(lines.contains("register.xml:34:7: warning: [GR017] still to fill in: name of party 'epd-leverancier'"))
        #expect(lines.contains("register.xml:35:46: warning: [GR017] still to fill in: phone number of contact of party 'epd-leverancier'"))
        #expect(lines.last == "register.xml:44:7: warning: [GR017] still to fill in: fallback procedure of system 'epd'")
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
            register.xml:11:43: warning: [GR017] nog in te vullen: telefoonnummer van contactpersoon van partij 'praktijkhouder'
            register.xml:15:43: warning: [GR017] nog in te vullen: telefoonnummer van contactpersoon van partij 'praktijkmanager'
            register.xml:19:43: warning: [GR017] nog in te vullen: telefoonnummer van contactpersoon van partij 'assistentes'
            register.xml:23:43: warning: [GR017] nog in te vullen: telefoonnummer van contactpersoon van partij 'ict-partner'
            register.xml:27:43: warning: [GR017] nog in te vullen: telefoonnummer van contactpersoon van partij 'his-leverancier'

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
