import Foundation
import Testing

/// init, import, diff and edit as a contract manager uses them.
struct EditingCommandTests {
    static let hospital = GovregProcess.packageRoot.appending(path: "Samples/registers/hospital.xml")
    static let lab = GovregProcess.packageRoot.appending(path: "Samples/agreements/lab-systeem.xml")

    /// The hospital register without its lab agreement, so that the vendor's file can be imported.
    private func registerWithoutLab(in folder: URL) throws -> URL {
        let text = try String(contentsOf: Self.hospital, encoding: .utf8)
        let start = try #require(text.range(of: "    <agreement id=\"sla-lis-labwijzer-2023\""))
        let end = try #require(text.range(of: "</agreement>\n", range: start.upperBound..<text.endIndex))
        let file = folder.appending(path: "register.xml")
        try (String(text[..<start.lowerBound]) + String(text[end.upperBound...])).write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test("init writes a valid starter register, and never overwrites one", arguments: [["gp-practice", "nl"], ["hospital", "en"]])
    func initialise(kind: [String]) throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "new.xml").path
        let created = try GovregProcess.run(["init", file, "--kind", kind[0], "--organisation", "De Linde & Zn <test>", "--lang", kind[1]])
        #expect(created.status == 0, "\(created.stderr)")
        let check = try GovregProcess.run(["validate", file])
        #expect(check.status == 0, "\(check.stderr)")
        // Valid; what is still to fill in is a warning (GR017, see FillInTests) and nothing else.
        #expect(!check.stderr.isEmpty)
        #expect(check.stderr.split(separator: "\n").allSatisfy { $0.contains(": warning: [GR017] ") }, "\(check.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("<name>De Linde &amp; Zn &lt;test&gt;</name>"))
        for activity in ["incident-melden", "escaleren", "communicatie-uitval", "backup-hersteltest", "oefening-continuiteitsplan", "evaluatie-incident", "herziening-overeenkomsten", "toegangsbeheer"] {
            #expect(text.contains("<activity id=\"\(activity)\">"), "\(activity)")
        }
        let again = try GovregProcess.run(["init", file, "--kind", "hospital", "--organisation", "Other"])
        #expect(again.status == 2)
        // The message is in the language of the register that is there already.
        #expect(again.stderr.contains(kind[1] == "nl" ? "het bestaat al; govreg overschrijft het nooit" : "it exists already; govreg never overwrites it"), "\(again.stderr)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == text)
    }

    @Test("import adds a vendor's agreement; the register stays valid and keeps its comments")
    func importAdds() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try registerWithoutLab(in: folder)
        let before = try String(contentsOf: file, encoding: .utf8)
        let outcome = try GovregProcess.run(["import", file.path, Self.lab.path, "--as-of", "2026-11-22"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("overeenkomst sla-lis-labwijzer-2023 toegevoegd"))
        let after = try String(contentsOf: file, encoding: .utf8)
        #expect(after.components(separatedBy: "<!--").count == before.components(separatedBy: "<!--").count)
        #expect(after.contains("    <agreement xml:lang=\"nl\" id=\"sla-lis-labwijzer-2023\""))
        #expect(!after.contains("<agreement xmlns="), "the copied agreement kept a redundant namespace declaration")
        #expect(try GovregProcess.run(["validate", file.path, "--as-of", "2026-11-22"]).status == 0)
        let duplicate = try GovregProcess.run(["import", file.path, Self.lab.path])
        #expect(duplicate.status == 2)
        #expect(duplicate.stderr.contains("gebruik --replace om die te vervangen"), "\(duplicate.stderr)")
    }

    @Test("import --replace says what changes, in words")
    func importReplaces() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "register.xml")
        try FileManager.default.copyItem(at: Self.hospital, to: file)
        let changed = folder.appending(path: "lab-2027.xml")
        try String(contentsOf: Self.lab, encoding: .utf8)
            .replacingOccurrences(of: "<restoreTime>PT2H</restoreTime>", with: "<restoreTime>PT4H</restoreTime>")
            .replacingOccurrences(of: "+31 85 301 6611", with: "+31 85 301 9999")
            .write(to: changed, atomically: true, encoding: .utf8)
        let outcome = try GovregProcess.run(["import", file.path, changed.path, "--replace", "--lang", "en", "--as-of", "2026-11-22"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("agreement sla-lis-labwijzer-2023 replaced"))
        #expect(outcome.stdout.contains("P1 restore time: 2 hours -> 4 hours"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("escalation level 2 phone: +31 85 301 6611"), "\(outcome.stdout)")

        let diff = try GovregProcess.run(["diff", file.path + ".bak", file.path, "--lang", "en"])
        #expect(diff.status == 1)
        #expect(diff.stdout == """
            - agreement sla-lis-labwijzer-2023: document location: https://dms.oeverland-zkh.example/contracten/2023-031 -> https://portal.labwijzer.example/overeenkomsten/LW-SLA-0342
            - agreement sla-lis-labwijzer-2023: P1 restore time: 2 hours -> 4 hours
            - agreement sla-lis-labwijzer-2023: escalation level 2 phone: +31 85 301 6611, +31 6 3908 4471 -> +31 85 301 9999, +31 6 3908 4471

            """)
        // The register's own side stayed: owner, counterparts and review history are not in the diff.
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("<owner party=\"kcl\"/>"))
        #expect(text.contains("<review date=\"2026-11-12\" by=\"P. Oosterhuis, M. van Dalen\" outcome=\"approved\">\n          <note>"))
        let same = try GovregProcess.run(["diff", file.path, file.path])
        #expect(same.status == 0)
        let json = try GovregProcess.run(["diff", Self.lab.path, changed.path, "--format", "json"])
        let changes = (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["changes"] as? [[String: Any]]
        #expect(changes?.first?["before"] as? String == "2 uur")
        #expect(changes?.first?["after"] as? String == "4 uur")
    }

    @Test("diff tells what changed in the continuity plan, the backups' recovery point and an evaluation's actions")
    func continuityPlanDiff() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "register.xml")
        try FileManager.default.copyItem(at: GovregProcess.packageRoot.appending(path: "Samples/registers/gp-practice.xml"), to: file)
        for command in [
            ["add", "register.xml", "continuityPlan/approval[3]", "@version=2.0", "@by=praktijkhouder", "@date=30-11-2026"],
            ["remove", "register.xml", "continuityPlan/scenario[brand]"],
            ["set", "register.xml", "continuityPlan/scenario[his-uitval]/@likelihood", "hoog"],
            ["set", "register.xml", "systems/system[his]/recoveryPoint", "30 min"],
            ["set", "register.xml", "incidents/incident[INC-2026-004]/evaluation/action[2]/@done", "2026-12-01"],
        ] {
            let outcome = try GovregProcess.run(command, in: folder)
            #expect(outcome.status == 0, "\(command): \(outcome.stderr)")
        }
        let diff = try GovregProcess.run(["diff", GovregProcess.packageRoot.appending(path: "Samples/registers/gp-practice.xml").path, file.path, "--lang", "en"])
        #expect(diff.status == 1)
        #expect(diff.stdout == """
            - system his: recovery point: 1 hour -> 30 minutes
            - incident INC-2026-004, action Dagagenda ook om 13:00 printen, met het avondspreekuur: done: — -> 1 December 2026
            - continuity plan: added: approval of version 2.0: praktijkhouder, 30 November 2026
            - continuity plan: removed: emergency Brand of waterschade in het pand (brand)
            - continuity plan: emergency Uitval van het HIS langer dan 2 uur (his-uitval) changed

            """)
    }

    @Test("import refuses an unknown vendor and an invalid file, leaving the register as it was")
    func importRefuses() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try registerWithoutLab(in: folder)
        let before = try Data(contentsOf: file)
        let stranger = folder.appending(path: "stranger.xml")
        try String(contentsOf: Self.lab, encoding: .utf8).replacingOccurrences(of: "vendor=\"labwijzer\"", with: "vendor=\"onbekend\"")
            .write(to: stranger, atomically: true, encoding: .utf8)
        let unknown = try GovregProcess.run(["import", file.path, stranger.path])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("de leverancier 'onbekend' van de overeenkomst is geen partij in het register"), "\(unknown.stderr)")
        let invalid = try GovregProcess.run(["import", file.path, GovregProcess.packageRoot.appending(path: "Samples/invalid/GR014-automatic-renewal-without-term.xml").path])
        #expect(invalid.status == 1)
        #expect(invalid.stderr.contains("[GR014]"))
        let register = try GovregProcess.run(["import", file.path, Self.hospital.path])
        #expect(register.status == 2)
        #expect(register.stderr.contains("is geen leveranciersovereenkomst (het hoofdelement is niet <agreement>)"), "\(register.stderr)")
        #expect(try Data(contentsOf: file) == before)
    }

    @Test("diff reports holidays, descriptions, incident times and reviews that were removed or changed")
    func diffCoversEverything() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = GovregProcess.packageRoot.appending(path: "Samples/registers/gp-practice.xml")
        let text = try String(contentsOf: old, encoding: .utf8)
        let holidays = try #require(text.range(of: "<holidays calendar=\"nl-goede-vrijdag\">"))
        let review = try #require(text.range(of: "<review date=\"2025-10-02\""))
        var changed = text
        changed.replaceSubrange(review, with: "<review date=\"2025-10-03\"")
        changed.replaceSubrange(holidays, with: "<holidays calendar=\"nl\"><holiday date=\"2026-12-24\">Kerstavond</holiday><workingDay date=\"2027-05-05\">geen lustrumjaar</workingDay>")
        let new = folder.appending(path: "new.xml")
        try changed.write(to: new, atomically: true, encoding: .utf8)
        let outcome = try GovregProcess.run(["diff", old.path, new.path, "--lang", "en"])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("public holidays: calendar: nl-goede-vrijdag -> nl"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("public holidays: added: 24 December 2026 (Kerstavond)"))
        #expect(outcome.stdout.contains("working days: added: 5 May 2027 (geen lustrumjaar)"))
        #expect(outcome.stdout.contains("removed: review on 2 October 2025"))
        #expect(outcome.stdout.contains("added: review on 3 October 2025"))
    }

    @Test("edit needs a terminal")
    func editWithoutTerminal() throws {
        let outcome = try GovregProcess.run(["edit", Self.hospital.path])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("govreg edit heeft een terminal nodig"), "\(outcome.stderr)")
    }

    /// Runs `govreg edit` in a pseudo-terminal (via script) with `editor` as $EDITOR and `answers` typed in.
    private func edit(_ register: URL, editor: String, answers: String, in folder: URL) throws -> GovregProcess.Outcome {
        let editorScript = folder.appending(path: "editor.sh")
        try ("#!/bin/sh\n" + editor + "\n").write(to: editorScript, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editorScript.path)
        let input = folder.appending(path: "answers.txt")
        try answers.write(to: input, atomically: true, encoding: .utf8)
        // The answers are typed, then the keyboard stays open until govreg has finished: script
        // ends the session when its input ends, which on a busy machine can come first.
        let finished = folder.appending(path: "finished").path
        let command = "EDITOR='\(editorScript.path)' '\(GovregProcess.executable.path)' edit '\(register.path)'; echo \"status=$?\"; touch '\(finished)'"
        let typing = "cat '\(input.path)'; while [ ! -e '\(finished)' ]; do sleep 0.05; done"
        let pipeline = "{ \(typing); } | /usr/bin/script -qec \"$0\" /dev/null; rm -f '\(finished)'"
        return try GovregProcess.run(["-c", pipeline, command], program: "/bin/sh")
    }

    @Test("edit saves a valid change and keeps the previous version")
    func editSaves() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "register.xml")
        try FileManager.default.copyItem(at: Self.hospital, to: file)
        let outcome = try edit(file, editor: #"sed -i 's/<name>Ziekenhuis Oeverland<\/name>/<name>Ziekenhuis Oeverland Lingehaven<\/name>/' "$1""#, answers: "", in: folder)
        #expect(outcome.stdout.contains("status=0"), "\(outcome.stdout)")
        #expect(try String(contentsOf: file, encoding: .utf8).contains("<name>Ziekenhuis Oeverland Lingehaven</name>"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: file.path + ".bak")) == Data(contentsOf: Self.hospital))
        #expect(!FileManager.default.fileExists(atPath: file.path + ".lock"))
    }

    @Test("edit never saves an invalid register: it shows the errors and discards on request")
    func editRefuses() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "register.xml")
        try FileManager.default.copyItem(at: Self.hospital, to: file)
        let outcome = try edit(file, editor: #"sed -i 's/role="R"/role="Q"/' "$1""#, answers: "maybe\nd\n", in: folder)
        #expect(outcome.stdout.contains("status=1"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("[XSD]"))
        #expect(outcome.stdout.contains("Opnieuw bewerken (e) of je wijzigingen weggooien (d)?"))
        #expect(outcome.stdout.contains("wijzigingen weggegooid"))
        #expect(try Data(contentsOf: file) == Data(contentsOf: Self.hospital))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["answers.txt", "editor.sh", "register.xml"])
    }

    @Test("an editor that fails leaves the register as it was, and says how it ended")
    func editorFails() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "register.xml")
        try FileManager.default.copyItem(at: Self.hospital, to: file)
        let outcome = try edit(file, editor: #"sed -i 's/Oeverland/Elders/' "$1"; exit 3"#, answers: "", in: folder)
        #expect(outcome.stdout.contains("status=2"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("eindigde met status 3; het register is ongewijzigd"), "\(outcome.stdout)")
        #expect(try Data(contentsOf: file) == Data(contentsOf: Self.hospital))
        #expect(!FileManager.default.fileExists(atPath: file.path + ".bak"))
    }
}
