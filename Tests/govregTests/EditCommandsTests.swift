import Foundation
import Testing

/// The editing commands as a contract manager uses them: what they print, what they write, what
/// they refuse, in the register's language, with the brief's exit statuses.
@Suite struct EditCommandsTests {
    /// A copy of a sample register in a folder of its own, as `register.xml`.
    private func copy(of sample: String = "gp-practice") throws -> (folder: URL, file: URL, original: String) {
        let folder = try GovregProcess.temporaryFolder()
        let file = folder.appending(path: "register.xml")
        try FileManager.default.copyItem(at: GovregProcess.packageRoot.appending(path: "Samples/registers/\(sample).xml"), to: file)
        return (folder, file, try String(contentsOf: file, encoding: .utf8))
    }

    private func run(_ arguments: [String], in folder: URL) throws -> GovregProcess.Outcome {
        try GovregProcess.run(arguments, in: folder)
    }

    @Test("removing a party that others refer to is refused, naming every reference by its line, and nothing is written")
    func referencedPartyRemoval() throws {
        let (folder, file, original) = try copy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try run(["party", "remove", "register.xml", "dossierhuis"], in: folder)
        #expect(outcome.status == 1)
        // The lines that name dossierhuis as vendor or party, found as a reader would: by searching.
        let lines = original.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { $0.element.contains("vendor=\"dossierhuis\"") || $0.element.contains("party=\"dossierhuis\"") }.map { $0.offset + 1 }
        #expect(lines == [208, 293, 309, 716, 751, 757, 937])
        for line in lines { #expect(outcome.stderr.contains("regel \(line) "), "line \(line) not named: \(outcome.stderr)") }
        #expect(outcome.stderr.contains("naar parties/party[dossierhuis] wordt nog verwezen"))
        #expect(outcome.stderr.contains("systems/system[his]/@vendor"))
        #expect(outcome.stderr.contains("er is niets geschreven"))
        #expect(try String(contentsOf: file, encoding: .utf8) == original)
        #expect(!FileManager.default.fileExists(atPath: file.path + ".bak"))

        let system = try run(["system", "remove", "register.xml", "his", "--lang", "en"], in: folder)
        #expect(system.status == 1)
        #expect(system.stderr.contains("systems/system[his] is still referred to, so it was not removed"))
        #expect(system.stderr.contains("agreements/agreement[dvo-his-dossierhuis-2024]/systems/system[his]/@ref"))
        #expect(system.stderr.contains("incidents/incident[INC-2026-004]/@system"))

        let agreement = try run(["agreement", "remove", "register.xml", "kis-ketenpunt-2025"], in: folder)
        #expect(agreement.status == 0, "\(agreement.stderr)")
        #expect(agreement.stdout.contains("verwijderd: Gebruikersovereenkomst KIS 2025 (kis-ketenpunt-2025)"), "\(agreement.stdout)")
    }

    @Test("renaming a party or a system changes it and every reference to it, and nothing else, byte for byte")
    func renameEverywhere() throws {
        let (folder, file, original) = try copy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let party = try run(["party", "rename", "register.xml", "praktijkit", "--to", "lingeland-ict"], in: folder)
        #expect(party.status == 0, "\(party.stderr)")
        let references = ["vendor", "party", "owner"].map { original.components(separatedBy: "\($0)=\"praktijkit\"").count - 1 }.reduce(0, +)
        #expect(references == 14)
        #expect(party.stdout.contains("hernoemd: parties/party[praktijkit] naar 'lingeland-ict', met \(references) verwijzingen"), "\(party.stdout)")
        var expected = original
        for attribute in ["id", "vendor", "party", "owner"] {
            expected = expected.replacingOccurrences(of: "\(attribute)=\"praktijkit\"", with: "\(attribute)=\"lingeland-ict\"")
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == expected)
        #expect(try String(contentsOf: URL(fileURLWithPath: file.path + ".bak"), encoding: .utf8) == original)

        let system = try run(["rename", "register.xml", "systems/system[his]", "his-dossierhuis"], in: folder)
        #expect(system.status == 0, "\(system.stderr)")
        for (attribute, value) in [("id", "his"), ("ref", "his"), ("system", "his")] {
            expected = expected.replacingOccurrences(of: "\(attribute)=\"\(value)\"", with: "\(attribute)=\"his-dossierhuis\"")
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == expected)

        let taken = try run(["party", "rename", "register.xml", "praktijkmanager", "--to", "praktijkhouder"], in: folder)
        #expect(taken.status == 2)
        #expect(taken.stderr == "govreg: error: het register heeft al parties/party[praktijkhouder]; wijzig dat, of kies een ander id; er is niets geschreven\n")
    }

    @Test("values as people write them are stored in the schema's form; what cannot be read is refused with an example")
    func valuesAsPeopleWriteThem() throws {
        let (folder, file, _) = try copy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let notice = try run(["agreement", "change", "register.xml", "dvo-his-dossierhuis-2024", "--notice", "2 maanden", "--signed", "13-05-2024"], in: folder)
        #expect(notice.status == 0, "\(notice.stderr)")
        #expect(notice.stdout.contains("overeenkomst dvo-his-dossierhuis-2024: opzegtermijn: 3 maanden -> 2 maanden"), "\(notice.stdout)")
        let priority = try run(["priority", "change", "register.xml", "dvo-his-dossierhuis-2024", "P2", "--restore", "6 uur", "--response", "90 min"], in: folder)
        #expect(priority.status == 0, "\(priority.stderr)")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("<noticePeriod>P2M</noticePeriod>"))
        #expect(text.contains("<responseTime>PT90M</responseTime>\n          <restoreTime>PT6H</restoreTime>"))

        let ambiguous = try run(["set", "register.xml", "systems/system[kis]/maxDowntime", "4m"], in: folder)
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr == "govreg: error: systems/system[kis]/maxDowntime: '4m' is niet geldig; 4m kan minuten of maanden zijn; schrijf 4 min of 4 maanden; er is niets geschreven\n")
        let date = try run(["drill", "add", "register.xml", "31-02-2026", "--system", "his", "--outcome", "passed"], in: folder)
        #expect(date.status == 2)
        let criticality = try run(["system", "change", "register.xml", "kis", "--criticality", "urgent", "--lang", "en"], in: folder)
        #expect(criticality.status == 2)
        #expect(criticality.stderr.contains("systems/system[kis]/@criticality: 'urgent' is not valid; choose one of 'critical', 'high', 'medium', 'low'"))
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
    }

    @Test("a dry run shows the change and writes nothing; a wrong path or part is a usage error with a suggestion")
    func dryRunAndWrongPaths() throws {
        let (folder, file, original) = try copy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dry = try run(["contact", "change", "register.xml", "--party", "dossierhuis", "1", "--phone", "kantoor=+31 85 620 4399", "--dry-run"], in: folder)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout == """
            register.xml: zou wijzigen zoals hieronder; dit was een proefdraai, er is niets geschreven
              - partij dossierhuis, Servicedesk Dossierhuis: telefoon: +31 85 620 4300 -> +31 85 620 4399

            """)
        #expect(try String(contentsOf: file, encoding: .utf8) == original)

        let typo = try run(["set", "register.xml", "systems/system[his]/maxDowntim", "2 uur"], in: folder)
        #expect(typo.status == 2)
        #expect(typo.stderr == "govreg: error: <system> heeft geen onderdeel maxDowntim; bedoelt u maxDowntime?; er is niets geschreven\n")
        let unknown = try run(["party", "change", "register.xml", "dosierhuis", "--name", "X", "--lang", "en"], in: folder)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("govreg: error: the register has no parties/party[dosierhuis]; there are: party[praktijkhouder], "))
        let incomplete = try run(["party", "add", "register.xml", "nieuw", "--name", "Nieuwe leverancier"], in: folder)
        #expect(incomplete.status == 2)
        #expect(incomplete.stderr == "govreg: error: om parties/party[nieuw] toe te voegen, geef ook: --kind; er is niets geschreven\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == original)
    }

    @Test("a new part goes where the schemas put it, keeps the file's layout, and comes back out in the reports")
    func addedWhereTheSchemaPutsIt() throws {
        let (folder, file, original) = try copy()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try run(["holiday", "add", "register.xml", "13-05-2027", "Hemelvaartsdag (test)"], in: folder).status == 0)
        #expect(try run(["party", "add", "register.xml", "tandarts", "--kind", "vendor", "--name", "Tandartspraktijk De Linge"], in: folder).status == 0)
        #expect(try run(["contact", "add", "register.xml", "--party", "tandarts", "--name", "Baliemedewerker", "--phone", "kantoor=+31 345 61 2000"], in: folder).status == 0)
        let text = try String(contentsOf: file, encoding: .utf8)
        // The holiday in the holidays, after the comment there, which stays on its own line; the
        // party last of the parties.
        #expect(text.contains("en Dossierhuis ook. -->\n    <holiday date=\"2027-05-13\">Hemelvaartsdag (test)</holiday>\n  </holidays>\n"), "\(text)")
        #expect(text.contains("""
                <party id="tandarts" kind="vendor">
                  <name>Tandartspraktijk De Linge</name>
                  <contact>
                    <name>Baliemedewerker</name>
                    <phone use="office">+31 345 61 2000</phone>
                  </contact>
                </party>

              </parties>
            """))
        // Everything else as it was: the comments included. The party is set apart by a blank
        // line, as the parties before it are.
        #expect(text.contains("    </party>\n\n    <party id=\"tandarts\""))
        let added = text.count - original.count
        #expect(added == "    <holiday date=\"2027-05-13\">Hemelvaartsdag (test)</holiday>\n".count + "\n".count
            + "    <party id=\"tandarts\" kind=\"vendor\">\n      <name>Tandartspraktijk De Linge</name>\n      <contact>\n        <name>Baliemedewerker</name>\n        <phone use=\"office\">+31 345 61 2000</phone>\n      </contact>\n    </party>\n".count)
        #expect(text.contains("<!-- Zorgpartners, instanties en patiënten"))
    }

    @Test("a RACI sheet saved from Excel makes a matrix: semicolons or commas, quotes, A/R, and problems at their row and column")
    func raciImport() throws {
        let (folder, file, original) = try copy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = "\u{FEFF}Activiteit;Praktijkmanager;assistentes;Lingeland ICT voor de Zorg B.V.\r\n"
            + "\"Back-ups controleren; wekelijks\";A/R;I;C\r\n" + "Wachtwoorden wisselen;A;R;\r\n"
        try Data(sheet.utf8).write(to: folder.appending(path: "raci.csv"))
        let dry = try run(["raci", "import", "register.xml", "raci.csv", "--matrix", "raci-ict", "--title", "ICT-taken", "--dry-run"], in: folder)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("RACI: toegevoegd: ICT-taken"), "\(dry.stdout)")
        #expect(try String(contentsOf: file, encoding: .utf8) == original)
        let made = try run(["raci", "import", "register.xml", "raci.csv", "--matrix", "raci-ict", "--title", "ICT-taken"], in: folder)
        #expect(made.status == 0, "\(made.stderr)")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("""
                <matrix id="raci-ict">
                  <title>ICT-taken</title>
                  <activity id="back-ups-controleren-wekelijks">
                    <name>Back-ups controleren; wekelijks</name>
                    <assignment party="praktijkmanager" role="A R"/>
                    <assignment party="assistentes" role="I"/>
                    <assignment party="praktijkit" role="C"/>
                  </activity>
                  <activity id="wachtwoorden-wisselen">
                    <name>Wachtwoorden wisselen</name>
                    <assignment party="praktijkmanager" role="A"/>
                    <assignment party="assistentes" role="R"/>
                  </activity>
                </matrix>
            """), "\(text)")

        // The same matrix updated from a comma sheet: one cell changed, one emptied, one activity added.
        try Data("Activity,praktijkmanager,assistentes\nWachtwoorden wisselen,A,\nback-ups-controleren-wekelijks,A,R\nNieuw,A,C\n".utf8).write(to: folder.appending(path: "update.csv"))
        let updated = try run(["raci", "import", "register.xml", "update.csv", "--matrix", "raci-ict", "--lang", "en"], in: folder)
        #expect(updated.status == 1, "\(updated.stdout)\(updated.stderr)")
        // Wachtwoorden wisselen is left without an R: GR002 refuses it, at the register's line.
        #expect(updated.stderr.contains("[GR002]"), "\(updated.stderr)")

        try Data("Activiteit;Praktijkmanager;Onbekende partij;assistentes\nTaak;A;R;X\nTaak twee;R;;A\nTaak drie;A;;A\n".utf8).write(to: folder.appending(path: "bad.csv"))
        let bad = try run(["raci", "import", "register.xml", "bad.csv", "--matrix", "raci-ict"], in: folder)
        #expect(bad.status == 1)
        #expect(bad.stderr == """
            bad.csv:1:3: error: [CSV] het register heeft geen partij 'Onbekende partij' (id of naam); voeg de partij eerst toe met govreg party add
            bad.csv:2:4: error: [CSV] 'X' is geen RACI-rol; schrijf R, A, C, I of A/R, of laat de cel leeg
            bad.csv:4:1: error: [CSV] activiteit 'Taak drie' heeft 2 eindverantwoordelijken (A); geef precies één
            govreg: error: 'bad.csv' is niet geldig (zie hierboven); er is niets geïmporteerd

            """)
    }

    @Test("8 processes making 50 edits each through the editing commands lose no edit and leave a valid register")
    func eightEditorsAtOnce() throws {
        let (folder, file, _) = try copy()
        defer { try? FileManager.default.removeItem(at: folder) }
        var succeeded: [String] = []
        for round in 0..<50 {
            let commands: [[String]] = (0..<8).map { writer in
                switch writer % 4 {
                case 0: ["holiday", "add", file.path, CalendarDay(round: round, writer: writer).text, "Dag \(writer)-\(round)"]
                case 1: ["party", "add", file.path, "partij-\(writer)-\(round)", "--kind", "vendor", "--name", "Partij \(writer)-\(round)"]
                case 2: ["contact", "add", file.path, "--party", "hap", "--name", "Contact \(writer)-\(round)", "--phone", "+31 6 0000 \(1000 + round * 8 + writer)"]
                default: ["set", file.path, "parties/party[praktijkit]/description", "Beschrijving \(writer)-\(round)"]
                }
            }
            let statuses = try GovregProcess.runTogether(commands)
            for (writer, status) in statuses.enumerated() {
                #expect(status == 0 || status == 2, "round \(round), writer \(writer): exit \(status)")
                if status == 0, writer % 4 != 3 { succeeded.append("\(writer)-\(round)") }
            }
        }
        let text = try String(contentsOf: file, encoding: .utf8)
        for edit in succeeded {
            let marker = [">Dag \(edit)<", ">Partij \(edit)<", ">Contact \(edit)<"]
            #expect(marker.map { text.components(separatedBy: $0).count - 1 }.reduce(0, +) == 1, "edit \(edit) is not in the register exactly once")
        }
        #expect(succeeded.count > 250, "only \(succeeded.count) of 300 edits succeeded")
        // Holidays stay in date order, however the writers took turns.
        let dates = text.components(separatedBy: "<holiday date=\"").dropFirst().map { String($0.prefix(10)) }
        #expect(dates == dates.sorted())
        let check = try GovregProcess.run(["validate", file.path])
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test("every example in every command's --help runs as written and succeeds, on a copy of a sample register")
    func helpExamplesRun() throws {
        let commands = try CommandLineValueTests.commands().filter { !["serve", "edit"].contains($0.first ?? "") }
        #expect(commands.count >= 30)
        let sheet = "Activiteit;Praktijkmanager;Doktersassistenten\nStoring melden bij de leverancier;A;R\n"
        for command in commands {
            let help = try GovregProcess.run(command + ["--help"]).stdout
            guard let examples = help.components(separatedBy: "Examples:\n").dropFirst().first else { continue }
            let joined = examples.components(separatedBy: "\n\n")[0].replacingOccurrences(of: "\\\n", with: " ")
            for line in joined.split(separator: "\n") {
                let words = Self.shellWords(String(line))
                guard words.first == "govreg" else { continue }
                // On a fresh copy of the GP practice's register, or else of the hospital's, with the
                // files the examples name beside it.
                var outcomes: [String] = []
                for sample in ["gp-practice", "hospital"] {
                    let folder = try GovregProcess.temporaryFolder()
                    defer { try? FileManager.default.removeItem(at: folder) }
                    try FileManager.default.createSymbolicLink(at: folder.appending(path: "Samples"), withDestinationURL: GovregProcess.packageRoot.appending(path: "Samples"))
                    try Data(sheet.utf8).write(to: folder.appending(path: "raci.csv"))
                    try FileManager.default.copyItem(at: GovregProcess.packageRoot.appending(path: "Samples/agreements/his-dienstverlening.xml"), to: folder.appending(path: "new-sla.xml"))
                    if words.dropFirst().first != "init" {
                        try FileManager.default.copyItem(at: GovregProcess.packageRoot.appending(path: "Samples/registers/\(sample).xml"), to: folder.appending(path: "register.xml"))
                    }
                    let outcome = try run(Array(words.dropFirst()), in: folder)
                    outcomes.append("\(sample): \(outcome.status) \(outcome.stderr)")
                    if outcome.status == 0 { break }
                }
                // The commands that change the register must succeed as written; the others (reports
                // on files of their own, a shell's wildcard, a terminal) must at least be understood.
                let editing = ["set", "add", "remove", "move", "rename", "organisation", "party", "contact", "system", "drill", "holiday", "agreement",
                               "service-hours", "priority", "escalation", "supplier", "incident", "raci", "review", "schemas"]
                if editing.contains(command.first ?? ""), command != ["raci", "show"], command != ["raci"] {
                    #expect(outcomes.last?.contains(": 0 ") ?? false, "\(line): \(outcomes)")
                } else {
                    #expect(!outcomes.joined().contains("Gebruik:") && !outcomes.joined().contains("Usage:"), "\(line): \(outcomes)")
                }
            }
        }
    }

    /// Words of a command line as a POSIX shell splits them, with double quotes.
    private static func shellWords(_ line: String) -> [String] {
        var words: [String] = []
        var word = ""
        var quoted = false
        var started = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
                started = true
            } else if character == " " && !quoted {
                if started { words.append(word) }
                word = ""
                started = false
            } else {
                word.append(character)
                started = true
            }
        }
        if started { words.append(word) }
        return words
    }
}

/// A day of 2030 for writer `writer` in round `round`, distinct for every pair.
private struct CalendarDay {
    let text: String

    init(round: Int, writer: Int) {
        let day = round * 2 + writer / 4
        var components = DateComponents()
        components.year = 2030
        components.month = 1
        components.day = 1 + day
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let date = calendar.date(from: components)!
        let formatter = DateFormatter()
        formatter.calendar = calendar
        formatter.timeZone = calendar.timeZone
        formatter.dateFormat = "dd-MM-yyyy"
        text = formatter.string(from: date)
    }
}

/// `govreg init` on a terminal: the questions a practice manager answers, through a real
/// pseudo-terminal (util-linux `script`), and the register the answers make.
@Suite struct GuidedStartTests {
    @Test("on a terminal, init asks for the organisation, its kind and its systems with their vendors, and writes them")
    func guidedStart() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let answers = folder.appending(path: "answers.txt")
        // The organisation, its kind in Dutch, two systems (one the starter has, one new) and how critical each is.
        try Data("Huisartsenpraktijk De Linde\nhuisartsenpraktijk\nHIS: Dossierhuis\nbedrijfskritisch\nKIS: Ketenpunt Zorgsoftware\n\nverkeerd\n\n".utf8).write(to: answers)
        let command = "\(GovregProcess.executable.path) init register.xml"
        let outcome = try GovregProcess.run(["-q", "-e", "-c", command, "/dev/null"], in: folder, input: answers, program: "/usr/bin/script")
        #expect(outcome.status == 0, "\(outcome.stdout)\(outcome.stderr)")
        #expect(outcome.stdout.contains("Naam van de organisatie:"))
        #expect(outcome.stdout.contains("Hoe kritiek is KIS voor de zorg?"))
        #expect(outcome.stdout.contains("register.xml: nieuw register"))
        let text = try String(contentsOf: folder.appending(path: "register.xml"), encoding: .utf8)
        #expect(text.contains("<name>Huisartsenpraktijk De Linde</name>"))
        #expect(text.contains("<organisation kind=\"gp-practice\""))
        #expect(text.contains("<system id=\"his\" criticality=\"critical\" vendor=\"dossierhuis\">"))
        #expect(text.contains("<system id=\"kis\" criticality=\"high\" vendor=\"ketenpunt-zorgsoftware\">"))
        #expect(text.contains("<party id=\"ketenpunt-zorgsoftware\" kind=\"vendor\">\n      <name>Ketenpunt Zorgsoftware</name>"))
        let check = try GovregProcess.run(["validate", "register.xml"], in: folder)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.contains("[GR017]"))
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "register.xml.bak").path))
    }

    @Test("without a terminal, init without --kind and --organisation is a usage error that says what to give")
    func noTerminal() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try GovregProcess.run(["init", "register.xml"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "govreg: error: govreg init stelt zijn vragen op een terminal; geef in scripts --kind en --organisation\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "register.xml").path))
    }
}
