import Foundation
import Testing

/// `govreg agreement template` as a contract manager and a vendor use it: the file the vendor
/// fills in, checked with xmllint and with govreg, and imported once it is filled in.
struct AgreementTemplateTests {
    static let gp = "Samples/registers/gp-practice.xml"
    static let hospital = GovregProcess.packageRoot.appending(path: "Samples/registers/hospital.xml").path

    /// What validate says about a template for dossierhuis made on 22 November 2026, named d.xml.
    static let warnings = """
        d.xml:16:3: warning: [GR017] nog in te vullen: titel van overeenkomst 'sla-dossierhuis-2026'
        d.xml:18:3: warning: [GR017] nog in te vullen: omschrijving van overeenkomst 'sla-dossierhuis-2026'
        d.xml:52:7: warning: [GR017] nog in te vullen: omschrijving van prioriteit P1 van overeenkomst 'sla-dossierhuis-2026'
        d.xml:58:7: warning: [GR017] nog in te vullen: omschrijving van prioriteit P2 van overeenkomst 'sla-dossierhuis-2026'
        d.xml:64:7: warning: [GR017] nog in te vullen: omschrijving van prioriteit P3 van overeenkomst 'sla-dossierhuis-2026'
        d.xml:69:7: warning: [GR017] nog in te vullen: omschrijving van prioriteit P4 van overeenkomst 'sla-dossierhuis-2026'
        d.xml:85:9: warning: [GR017] nog in te vullen: naam van contactpersoon van escalatieniveau 1 van overeenkomst 'sla-dossierhuis-2026'
        d.xml:86:9: warning: [GR017] nog in te vullen: telefoonnummer van contactpersoon van escalatieniveau 1 van overeenkomst 'sla-dossierhuis-2026'
        d.xml:92:9: warning: [GR017] nog in te vullen: naam van contactpersoon van escalatieniveau 2 van overeenkomst 'sla-dossierhuis-2026'
        d.xml:93:9: warning: [GR017] nog in te vullen: telefoonnummer van contactpersoon van escalatieniveau 2 van overeenkomst 'sla-dossierhuis-2026'
        d.xml:99:9: warning: [GR017] nog in te vullen: naam van contactpersoon van escalatieniveau 3 van overeenkomst 'sla-dossierhuis-2026'
        d.xml:100:9: warning: [GR017] nog in te vullen: telefoonnummer van contactpersoon van escalatieniveau 3 van overeenkomst 'sla-dossierhuis-2026'

        """

    /// Makes the template for dossierhuis as d.xml in `folder`, and the schemas beside it.
    private func template(in folder: URL, _ extra: [String] = []) throws -> URL {
        let register = GovregProcess.packageRoot.appending(path: Self.gp).path
        let made = try GovregProcess.run(["agreement", "template", register, "--vendor", "dossierhuis", "--as-of", "2026-11-22", "--output", "d.xml"] + extra, in: folder)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.isEmpty && made.stderr.isEmpty, "\(made.stdout) \(made.stderr)")
        #expect(try GovregProcess.run(["schemas", "--output", "schemas"], in: folder).status == 0)
        return folder.appending(path: "d.xml")
    }

    @Test("the template holds the register's ids: the vendor, the vendor's systems and the owner of its agreements")
    func prefilled() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: try template(in: folder), encoding: .utf8)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!--\n  Overeenkomst van leverancier Dossierhuis Huisartsensoftware B.V. (dossierhuis) met Huisartsenpraktijk De Zilverlinde,\n"))
        #expect(text.contains(#"<agreement xmlns="urn:govreg:register:1" xml:lang="nl" id="sla-dossierhuis-2026" vendor="dossierhuis">"#))
        #expect(text.contains("""
              <systems>
                <system ref="his"/>
                <system ref="patientenapp"/>
              </systems>
              <!-- Wie deze overeenkomst beheert bij Huisartsenpraktijk De Zilverlinde: een partij uit het register; laat dit staan. -->
              <owner party="praktijkmanager"/>
            """))
        #expect(text.contains("    <start>2026-12-01</start>\n"))
        #expect(text.contains("    Huisartsenpraktijk De Zilverlinde kan hooguit 2 uur zonder HIS.\n"))
        #expect(text.contains("""
                <level after="PT0M">
                  <name>Servicedesk</name>
                  <contact>
                    <name>(invullen)</name>
                    <phone use="emergency">+31 00 000 0000</phone>
                  </contact>
                </level>
            """))

        // --system names the systems; each once.
        let one = try GovregProcess.run(["agreement", "template", Self.gp, "--vendor", "dossierhuis", "--system", "his", "--system", "his", "--lang", "en"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.contains("  <systems>\n    <system ref=\"his\"/>\n  </systems>\n"))
        #expect(one.stdout.contains(#"xml:lang="en""#))
        #expect(one.stdout.contains("  <!-- The title of the agreement, as on the signed contract. -->\n  <title>Service agreement Dossierhuis Huisartsensoftware B.V. (fill in)</title>\n"))
    }

    @Test("the template is valid against agreement.xsd for xmllint, and govreg warns only about what is still to fill in")
    func validAsWritten() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try template(in: folder)
        let xmllint = try GovregProcess.run(["--noout", "--schema", "schemas/agreement.xsd", "d.xml"], in: folder, program: "/usr/bin/xmllint")
        #expect(xmllint.status == 0, "\(xmllint.stderr)")
        #expect(xmllint.stderr == "d.xml validates\n")

        let check = try GovregProcess.run(["validate", "d.xml"], in: folder)
        #expect(check.status == 0)
        #expect(check.stderr == Self.warnings)
        #expect(check.stdout == "d.xml: geldige overeenkomst 'sla-dossierhuis-2026', 0 fouten, 12 waarschuwingen\n")
        let strict = try GovregProcess.run(["validate", "d.xml", "--strict"], in: folder)
        #expect(strict.status == 1)
    }

    @Test("filled in, the file validates clean and imports into the register")
    func filledIn() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try template(in: folder)
        var text = try String(contentsOf: file, encoding: .utf8)
        for (placeholder, real) in [(" (invullen)</title>", " 2027</title>"), ("<description>(invullen)</description>", "<description>HIS en patiëntenapp.</description>"),
                                    ("(invullen) ", ""), ("<name>(invullen)</name>", "<name>Servicedesk Dossierhuis</name>")] {
            text = text.replacingOccurrences(of: placeholder, with: real)
        }
        text = text.replacingOccurrences(of: "+31 00 000 0000", with: "+31 85 620 4300")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let check = try GovregProcess.run(["validate", "d.xml", "--strict"], in: folder)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.isEmpty)
        #expect(try GovregProcess.run(["--noout", "--schema", "schemas/agreement.xsd", "d.xml"], in: folder, program: "/usr/bin/xmllint").status == 0)

        let register = folder.appending(path: "register.xml")
        try FileManager.default.copyItem(at: GovregProcess.packageRoot.appending(path: Self.gp), to: register)
        let imported = try GovregProcess.run(["import", "register.xml", "d.xml", "--as-of", "2026-11-22"], in: folder)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("register.xml: overeenkomst sla-dossierhuis-2026 toegevoegd\n"), "\(imported.stdout)")
        let after = try GovregProcess.run(["validate", "register.xml", "--as-of", "2026-11-22"], in: folder)
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stderr.isEmpty, "\(after.stderr)")
    }

    @Test("names with <, & and quotes stay text; the file stays valid")
    func hostileNames() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try GovregProcess.run(["init", "register.xml", "--kind", "hospital", "--organisation", #"Zorg & Co <"Oost"> -- 'x' -"#, "--lang", "en"], in: folder)
        let register = folder.appending(path: "register.xml")
        let text = try String(contentsOf: register, encoding: .utf8)
            .replacingOccurrences(of: "<name>EHR vendor (fill in)</name>", with: "<name>&lt;script&gt; &amp; \"Zn\" '--' B.V.</name>")
        try text.write(to: register, atomically: true, encoding: .utf8)
        let made = try GovregProcess.run(["agreement", "template", "register.xml", "--vendor", "epd-leverancier", "--output", "t.xml"], in: folder)
        #expect(made.status == 0, "\(made.stderr)")
        let written = try String(contentsOf: folder.appending(path: "t.xml"), encoding: .utf8)
        #expect(written.contains("  <title>Service agreement &lt;script&gt; &amp; \"Zn\" '--' B.V. (fill in)</title>\n"))
        #expect(written.contains(#"  Agreement of vendor <script> & "Zn" '- -' B.V. (epd-leverancier) with Zorg & Co <"Oost"> - - 'x' -,"#))
        // No owner in a register without agreements: the organisation adds it itself.
        #expect(!written.contains("<owner"))
        #expect(written.contains(#"  <!-- Zorg & Co <"Oost"> - - 'x' - adds who owns this agreement on its side itself. -->"#))
        _ = try GovregProcess.run(["schemas", "--output", "schemas"], in: folder)
        let xmllint = try GovregProcess.run(["--noout", "--schema", "schemas/agreement.xsd", "t.xml"], in: folder, program: "/usr/bin/xmllint")
        #expect(xmllint.status == 0, "\(xmllint.stderr)")
        let check = try GovregProcess.run(["validate", "t.xml"], in: folder)
        #expect(check.status == 0)
        #expect(check.stderr.split(separator: "\n").allSatisfy { $0.contains(": warning: [GR017] still to fill in: ") }, "\(check.stderr)")
    }

    @Test("an unknown vendor or system is exit status 2 with the ids there are and the one meant; nothing is written")
    func unknownIDs() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let register = GovregProcess.packageRoot.appending(path: Self.gp).path
        let cases: [(arguments: [String], message: String)] = [
            (["--vendor", "dosierhuis"], "govreg: error: geen leverancier 'dosierhuis' in het register; de leveranciers zijn: dossierhuis, ketenpunt, praatlijn, praktijkit; bedoelt u 'dossierhuis'?\n"),
            (["--vendor", "praktijkmanager"], "govreg: error: geen leverancier 'praktijkmanager' in het register; de leveranciers zijn: dossierhuis, ketenpunt, praatlijn, praktijkit\n"),
            (["--vendor", "dossierhuis", "--system", "his", "--system", "hsi"], "govreg: error: geen systeem 'hsi' in het register; de systemen zijn: his, kis, telefonie, internet, werkplekken, patientenapp; bedoelt u 'his'?\n"),
            (["--vendor", "dosierhuis", "--lang", "en"], "govreg: error: no vendor 'dosierhuis' in the register; its vendors are: dossierhuis, ketenpunt, praatlijn, praktijkit; did you mean 'dossierhuis'?\n"),
        ]
        for (arguments, message) in cases {
            let outcome = try GovregProcess.run(["agreement", "template", register, "--output", "t.xml"] + arguments, in: folder)
            #expect(outcome.status == 2, "\(arguments)")
            #expect(outcome.stderr == message)
            #expect(outcome.stdout.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "t.xml").path))
        }

        _ = try GovregProcess.run(["init", "new.xml", "--kind", "gp-practice", "--organisation", "De Linde"], in: folder)
        let none = try GovregProcess.run(["agreement", "template", "new.xml", "--vendor", "ict-partner"], in: folder)
        #expect(none.status == 2)
        #expect(none.stderr.hasSuffix("govreg: error: geen systeem in het register heeft leverancier 'ict-partner'; noem de systemen die de overeenkomst dekt met --system ID (de systemen van het register zijn: his)\n"), "\(none.stderr)")

        let before = try Data(contentsOf: URL(fileURLWithPath: register))
        let onto = try GovregProcess.run(["agreement", "template", register, "--vendor", "dossierhuis", "--output", register])
        #expect(onto.status == 2)
        #expect(try Data(contentsOf: URL(fileURLWithPath: register)) == before)
        #expect(try GovregProcess.run(["agreement", "template", Self.gp]).status == 2)
        #expect(try GovregProcess.run(["agreement"]).status == 2)
    }
}
