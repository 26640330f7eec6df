import ArgumentParser
import Foundation
import GovernanceRegister

extension Govreg {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Start a new register for a hospital or a GP practice.",
            discussion: """
            The new register holds the standard activities of vendor governance and a continuity \
            plan. On a terminal, without --kind and --organisation, govreg asks for the \
            organisation, its kind and its main systems with their vendors. Names and phone numbers still to fill in are marked "(invullen)" or "(fill in)" \
            and +31 00 000 0000; govreg validate warns about each one (GR017) until it is \
            replaced. It never overwrites a file. Beside the register, in schemas/, it puts \
            the schemas that the register names for XML editors (an xml-model instruction), \
            so that an editor such as VS Code completes and explains every element.

            Examples:
              govreg init register.xml
              govreg init register.xml --kind gp-practice \\
                  --organisation "Huisartsenpraktijk De Linde"
              govreg init register.xml --kind hospital \\
                  --organisation "Example Hospital" --lang en
            """
        )

        enum Kind: String, ExpressibleByArgument, CaseIterable {
            case hospital
            case gpPractice = "gp-practice"
        }

        @Argument(help: "The file to create.")
        var file: String

        @Option(help: "hospital or gp-practice (asked on a terminal when left out).")
        var kind: Kind?

        @Option(help: ArgumentHelp("The organisation's name (asked on a terminal when left out).", valueName: "name"))
        var organisation: String?

        @Option(help: "Language of the register: nl or en.")
        var lang: Language = .dutch

        func run() throws {
            guard file != "-", !file.isEmpty else {
                throw GovregError.invalidOption(name: "FILE", value: file, expected: LocalizedText(en: "govreg init writes a new file; give its name, e.g. register.xml", nl: "govreg init schrijft een nieuw bestand; geef de naam, bijvoorbeeld register.xml"))
            }
            var answers = StartAnswers(kind: kind, organisation: organisation, systems: [])
            if kind == nil || organisation == nil {
                guard isatty(STDIN_FILENO) == 1 else { throw GovregError.needsTerminal(command: "init") }
                answers = try StartAnswers.ask(starting: answers, in: lang)
            }
            let name = answers.organisation ?? ""
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw GovregError.invalidOption(name: "--organisation", value: name, expected: LocalizedText(en: "give the organisation's name", nl: "geef de naam van de organisatie"))
            }
            let starter = StarterRegister(kind: answers.kind == .hospital ? .hospital : .gpPractice, organisation: name, language: lang)
            try ReportOutput.create(starter.text, at: file)
            if !answers.systems.isEmpty {
                _ = try RegisterFile(path: file).edit { editor throws(GovregError) in
                    var schema = try editor.schemaEditor()
                    try answers.addSystems(to: &schema, language: lang)
                    return nil
                }
                try? FileManager.default.removeItem(atPath: RegisterFile(path: file).backupPath)
            }
            let w = Wording(lang)
            let mark = Placeholder.mark(in: lang)
            say(w("\(file): new register; fill in what is marked \(mark) and the phone numbers \(Placeholder.phone), then run govreg validate \(file)",
                    "\(file): nieuw register; vul in wat met \(mark) is gemarkeerd en de telefoonnummers \(Placeholder.phone), en draai daarna govreg validate \(file)"))
            let folder = (file as NSString).deletingLastPathComponent
            let schemas = (folder.isEmpty ? "" : folder + "/") + StarterRegister.schemaFolder
            do {
                _ = try PublishedSchemas.write(to: schemas, replacing: false)
                say(w("\(schemas)/: the schemas, for an XML editor's completion and help (see the README)",
                        "\(schemas)/: de schema's, voor aanvullen en uitleg in een XML-editor (zie de README)"))
            } catch {
                // The register is made; only the editor's help is missing.
                FileHandle.standardError.write(Data(("govreg: warning: " + error.message(in: lang)
                    + w("; the register is made; for an XML editor's help from the schemas run govreg schemas --output \(schemas) --force",
                        "; het register is gemaakt; voor de hulp van de schema's in een XML-editor: govreg schemas --output \(schemas) --force") + "\n").utf8))
            }
        }
    }
}

/// What `govreg init` asks on a terminal: the organisation, its kind, and its main systems, each
/// with its vendor and how critical it is for care.
struct StartAnswers {
    var kind: Govreg.Init.Kind?
    var organisation: String?
    var systems: [(name: String, vendor: String, criticality: String)]

    static func ask(starting answers: StartAnswers, in language: Language) throws -> StartAnswers {
        let w = Wording(language)
        var answers = answers
        func question(_ text: String) throws -> String {
            say(text, terminator: " ")
            fflush(nil)
            guard let line = readLine() else { throw ExitStatus.couldNotRun }
            return line.trimmingCharacters(in: .whitespaces)
        }
        while answers.organisation?.isEmpty ?? true {
            answers.organisation = try question(w("Name of the organisation:", "Naam van de organisatie:"))
        }
        while answers.kind == nil {
            let text = try question(w("Hospital or GP practice? (hospital, gp-practice) [gp-practice]:", "Ziekenhuis of huisartsenpraktijk? (ziekenhuis, huisartsenpraktijk) [huisartsenpraktijk]:"))
            let value = text.isEmpty ? "gp-practice" : (try? ValueInput.schemaForm(of: text, type: ValueInput.schemaType(named: "OrganisationKind"))) ?? text
            answers.kind = Govreg.Init.Kind(rawValue: value)
            if answers.kind == nil { say(w("Write hospital or gp-practice.", "Schrijf ziekenhuis of huisartsenpraktijk.")) }
        }
        say(w("The main systems care depends on, one per line as SYSTEM: VENDOR (HIS: Dossierhuis); an empty line ends the list.",
                "De belangrijkste systemen waar de zorg van afhangt, één per regel als SYSTEEM: LEVERANCIER (HIS: Dossierhuis); een lege regel sluit de lijst af."))
        while true {
            let line = try question(w("System: vendor:", "Systeem: leverancier:"))
            guard !line.isEmpty else { break }
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !PlainValue.slug(parts[0]).isEmpty, !PlainValue.slug(parts[1]).isEmpty else {
                say(w("Write it as HIS: Dossierhuis.", "Schrijf het als HIS: Dossierhuis."))
                continue
            }
            var criticality: String?
            while criticality == nil {
                let text = try question(w("How critical is \(parts[0]) for care? (critical, high, medium, low) [high]:",
                                          "Hoe kritiek is \(parts[0]) voor de zorg? (bedrijfskritisch, hoog, middel, laag) [hoog]:"))
                criticality = text.isEmpty ? "high" : try? ValueInput.schemaForm(of: text, type: ValueInput.schemaType(named: "Criticality"))
            }
            answers.systems.append((parts[0], parts[1], criticality ?? "high"))
        }
        return answers
    }

    /// Adds the systems and their vendors to the new register: a vendor known by name is used, a
    /// new one gets a contact still to fill in; a system the starter has already gets its vendor.
    func addSystems(to editor: inout SchemaEditor, language: Language) throws(GovregError) {
        let mark = Placeholder.mark(in: language)
        for system in systems {
            let register = editor.register
            let id = PlainValue.slug(system.name)
            let path = ElementPath(steps: [ElementPath.Step("systems"), ElementPath.Step("system", .key(id))])
            let vendor = register.parties.first { $0.name.lowercased() == system.vendor.lowercased() || $0.id == PlainValue.slug(system.vendor) }?.id
                ?? PlainValue.slug(system.vendor)
            // The starter's stand-in for this system's vendor becomes the vendor named, with its roles.
            let standIn = register.systems.first { $0.id == id }?.vendorID.flatMap { standIn in
                register.parties.first { $0.id == standIn && $0.name.contains(mark) }
            }
            if let standIn, !register.parties.contains(where: { $0.id == vendor }) {
                let party = ElementPath(steps: [ElementPath.Step("parties"), ElementPath.Step("party", .key(standIn.id))])
                try editor.set(party.appending(ElementPath.Step("name")), to: system.vendor)
                try editor.rename(party, to: vendor)
            } else if !register.parties.contains(where: { $0.id == vendor }) {
                try editor.add(ElementPath(steps: [ElementPath.Step("parties"), ElementPath.Step("party", .key(vendor))]), fields: [
                    (ElementPath(steps: [], attribute: "kind"), "vendor"), (ElementPath(steps: [ElementPath.Step("name")]), system.vendor),
                    (ElementPath(steps: [ElementPath.Step("contact"), ElementPath.Step("name")]), Wording(language)("Service desk", "Servicedesk") + " " + mark),
                    (ElementPath(steps: [ElementPath.Step("contact"), ElementPath.Step("phone")]), Placeholder.phone),
                ])
            }
            if register.systems.contains(where: { $0.id == id }) {
                try editor.set(ElementPath(steps: path.steps, attribute: "vendor"), to: vendor)
                try editor.set(ElementPath(steps: path.steps, attribute: "criticality"), to: system.criticality)
            } else {
                try editor.add(path, fields: [
                    (ElementPath(steps: [ElementPath.Step("name")]), system.name), (ElementPath(steps: [], attribute: "criticality"), system.criticality),
                    (ElementPath(steps: [], attribute: "vendor"), vendor),
                    (ElementPath(steps: [ElementPath.Step("fallback")]), mark + " " + Wording(language)("What staff do while it is down.", "Wat medewerkers doen als het uitvalt.")),
                ])
            }
        }
    }
}
