public import SafeFiles

/// Why govreg could not do what was asked: the one error type of the library, in the shape of
/// swift-format's `SwiftFormatError`. Every case says what happened in typed values; its words,
/// Dutch or English, come from `message(in:)`, and `exitStatus` says how a command ends. Whatever
/// the case, no file was changed.
public enum GovregError: Error, Sendable, Equatable {
    /// A file could not be read, written or locked.
    case file(FileError)
    /// The file is not a govreg register or agreement that can be read (broken, foreign).
    case notAGovregDocument(path: String)
    /// The command needs the other kind of file: a register, or a vendor agreement file.
    case wrongKind(path: String, expected: DocumentKind)
    /// What the command names is not in the register (or the agreement file, or the matrix).
    case notFound(Entity, id: String, within: Place, known: [String])
    /// No system in the register has this vendor, and the command named none.
    case noSystems(vendor: String, known: [String])
    /// The register has no RACI matrices to show.
    case noMatrices(path: String)
    /// A party has no role in the activity it is to be taken from.
    case noRole(party: String, activity: String, matrix: String)
    /// What is to be added is there already.
    case alreadyExists(Entity, id: String)
    /// The same review (date and reviewer) is recorded already.
    case reviewRecordedAlready(agreement: String, date: CalendarDate, reviewer: String)
    /// A vendor agreement's vendor is not a vendor party of the register.
    case vendorMissing(id: String)
    case vendorNotAVendor(id: String, kind: Party.Kind)
    /// A file to take in (a vendor's agreement) has errors.
    case invalidFile(path: String, diagnostics: [Diagnostic])
    /// The register has errors already; they come first.
    case invalidOriginal(diagnostics: [Diagnostic])
    /// The register would break the schema or a rule after the change.
    case invalidResult(diagnostics: [Diagnostic])
    /// A command-line value is not one the option takes.
    case invalidOption(name: String, value: String, expected: LocalizedText)
    /// A change was asked for a part, with no new value for it.
    case nothingToChange(path: String)
    /// `govreg edit` runs only in a terminal, and so do `govreg init`'s questions.
    case needsTerminal(command: String)
    /// The editor stopped with an error or was killed.
    case editorFailed(editor: String, ending: EditorEnding)
    /// The report would be written over the file it is made from.
    case outputIsInput(path: String)
    /// A file format that is not text (a Word document) would be printed on a terminal.
    case notForTerminal(format: String)
    /// A packed document (a Word file) could not be put together.
    case documentNotMade(format: String)
    /// The command line names no command govreg has; perhaps the one it is closest to was meant.
    case unknownCommand(String, suggestion: String?)
    /// govreg's own schemas cannot be used: a fault of this build.
    case schemaUnavailable(String)
    /// An edit by path that was not made.
    case edit(EditRefusal)
    /// A change based on an older version of the register than the one on disk.
    case staleVersion(expected: String)

    /// How an editor that did not finish normally ended.
    public enum EditorEnding: Sendable, Equatable {
        /// It could not be started.
        case notStarted(String)
        /// It exited with this status.
        case status(Int32)
        /// A signal ended it.
        case signal(Int32)
    }

    /// Where something was looked for.
    public enum Place: Sendable, Equatable {
        case register
        /// A vendor agreement file.
        case agreementFile
        /// A RACI matrix, by id.
        case matrix(String)
    }

    /// The things a command can name.
    public enum Entity: String, Sendable, Equatable {
        case agreement, matrix, activity, party, system, vendor

        var noun: LocalizedText {
            switch self {
            case .agreement: LocalizedText(en: "agreement", nl: "overeenkomst")
            case .matrix: LocalizedText(en: "matrix", nl: "matrix")
            case .activity: LocalizedText(en: "activity", nl: "activiteit")
            case .party: LocalizedText(en: "party", nl: "partij")
            case .system: LocalizedText(en: "system", nl: "systeem")
            case .vendor: LocalizedText(en: "vendor", nl: "leverancier")
            }
        }

        var plural: LocalizedText {
            switch self {
            case .agreement: LocalizedText(en: "agreements", nl: "overeenkomsten")
            case .matrix: LocalizedText(en: "matrices", nl: "matrices")
            case .activity: LocalizedText(en: "activities", nl: "activiteiten")
            case .party: LocalizedText(en: "parties", nl: "partijen")
            case .system: LocalizedText(en: "systems", nl: "systemen")
            case .vendor: LocalizedText(en: "vendors", nl: "leveranciers")
            }
        }
    }

    /// 1 when the input has errors (the register, or a file to take in), 2 when govreg could not do it.
    public var exitStatus: Int32 {
        switch self {
        case .invalidFile, .invalidOriginal, .invalidResult: 1
        case .edit(let refusal): refusal.exitStatus
        default: 2
        }
    }

    /// The problems behind the error, to show as FILE:LINE:COLUMN lines before it.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .invalidFile(_, let diagnostics), .invalidOriginal(let diagnostics), .invalidResult(let diagnostics): diagnostics
        default: []
        }
    }

    /// What went wrong and what to do about it, in one sentence.
    public func message(in language: Language) -> String {
        let w = Wording(language)
        switch self {
        case .file(let error):
            return w.describe(error)
        case .notAGovregDocument(let path):
            return w("'\(path)' is not a readable govreg register; check it with govreg validate",
                     "'\(path)' is geen leesbaar govreg-register; controleer het met govreg validate")
        case .wrongKind(let path, .register):
            return w("'\(path)' is a vendor agreement file; this command needs a register",
                     "'\(path)' is een leveranciersovereenkomst; deze opdracht heeft een register nodig")
        case .wrongKind(let path, .agreement):
            return w("'\(path)' is not a vendor agreement file (its root element is not <agreement>)",
                     "'\(path)' is geen leveranciersovereenkomst (het hoofdelement is niet <agreement>)")
        case let .notFound(entity, id, within, known):
            let noun = entity.noun.text(in: language)
            let place = switch within {
            case .register: w(" in the register", " in het register")
            case .agreementFile: w(" in this agreement file", " in dit overeenkomstbestand")
            case .matrix(let matrix): w(" in matrix '\(matrix)'", " in matrix '\(matrix)'")
            }
            let list = known.isEmpty ? "" : w("; its \(entity.plural.english) are: ", "; de \(entity.plural.dutch) zijn: ") + known.joined(separator: ", ")
            let hint = entity == .party ? w("; add it to <parties> first", "; voeg de partij eerst toe aan <parties>") : ""
            let meant = NearestName.of(id, among: known).map { w("; did you mean '\($0)'?", "; bedoelt u '\($0)'?") } ?? ""
            return w("no \(noun) '\(id)'", "geen \(noun) '\(id)'") + place + (known.isEmpty ? hint : list + meant)
        case let .noSystems(vendor, known):
            let list = known.isEmpty ? "" : w(" (the register's systems are: ", " (de systemen van het register zijn: ") + known.joined(separator: ", ") + ")"
            return w("no system in the register has vendor '\(vendor)'; name the systems the agreement covers with --system ID",
                     "geen systeem in het register heeft leverancier '\(vendor)'; noem de systemen die de overeenkomst dekt met --system ID") + list
        case .noMatrices(let path):
            return w("\(path) has no RACI matrices", "\(path) heeft geen RACI-matrices")
        case let .noRole(party, activity, matrix):
            return w("party '\(party)' has no role in activity '\(activity)' of matrix '\(matrix)'",
                     "partij '\(party)' heeft geen rol in activiteit '\(activity)' van matrix '\(matrix)'")
        case let .alreadyExists(entity, id):
            let noun = entity.noun.text(in: language)
            return entity == .agreement
                ? w("the register already has an agreement '\(id)'; use --replace to replace it", "het register heeft al een overeenkomst '\(id)'; gebruik --replace om die te vervangen")
                : w("the register already has a \(noun) '\(id)'", "het register heeft al een \(noun) '\(id)'")
        case let .reviewRecordedAlready(agreement, date, reviewer):
            return w("agreement '\(agreement)' already has a review of \(date) by \(reviewer); nothing was written",
                     "overeenkomst '\(agreement)' heeft al een herziening van \(date) door \(reviewer); er is niets geschreven")
        case .vendorMissing(let id):
            return w("the agreement's vendor '\(id)' is not a party in the register; add <party id=\"\(id)\" kind=\"vendor\"> first",
                     "de leverancier '\(id)' van de overeenkomst is geen partij in het register; voeg eerst <party id=\"\(id)\" kind=\"vendor\"> toe")
        case let .vendorNotAVendor(id, kind):
            return w("the agreement's vendor '\(id)' is a party of kind \(kind.rawValue) in the register, not a vendor",
                     "de leverancier '\(id)' van de overeenkomst is in het register een partij van soort \(kind.rawValue), geen leverancier")
        case .invalidFile(let path, _):
            return w("'\(path)' is not valid (above); nothing was imported", "'\(path)' is niet geldig (zie hierboven); er is niets geïmporteerd")
        case .invalidOriginal(let diagnostics):
            return diagnostics.count == 1
                ? w("the register has an error already (above); fix it first, with govreg edit; nothing was written",
                    "het register heeft al een fout (zie hierboven); verbeter die eerst, met govreg edit; er is niets geschreven")
                : w("the register has \(diagnostics.count) errors already (above); fix them first, with govreg edit; nothing was written",
                    "het register heeft al \(diagnostics.count) fouten (zie hierboven); verbeter die eerst, met govreg edit; er is niets geschreven")
        case .invalidResult(let diagnostics):
            let count = w.count(diagnostics.count, "error", "errors", "fout", "fouten")
            return w("the register would not be valid after this change (\(count); the lines above are those of the changed register); nothing was written",
                     "het register zou na deze wijziging niet geldig zijn (\(count); de regels hierboven zijn die van het gewijzigde register); er is niets geschreven")
        case let .invalidOption(name, value, expected):
            return w("\(name) '\(value)' is not valid: ", "\(name) '\(value)' is niet geldig: ") + expected.text(in: language)
        case .nothingToChange(let path):
            return w("give at least one option with a new value for \(path) (see --help); nothing was written",
                     "geef minstens één optie met een nieuwe waarde voor \(path) (zie --help); er is niets geschreven")
        case .needsTerminal("init"):
            return w("govreg init asks its questions on a terminal; in scripts give --kind and --organisation",
                     "govreg init stelt zijn vragen op een terminal; geef in scripts --kind en --organisation")
        case .needsTerminal:
            return w("govreg edit needs a terminal; in scripts use the editing commands (govreg set, party, agreement, ...; see docs/editing.md)",
                     "govreg edit heeft een terminal nodig; gebruik in scripts de opdrachten om te wijzigen (govreg set, party, agreement, ...; zie docs/editing.md)")
        case let .editorFailed(editor, ending):
            let how: String
            switch ending {
            case .notStarted(let reason): how = w("could not be started (\(reason))", "kon niet starten (\(reason))")
            case .status(let status): how = w("ended with status \(status)", "eindigde met status \(status)")
            case .signal(let signal): how = w("was stopped by signal \(signal)", "werd gestopt door signaal \(signal)")
            }
            return w("the editor '\(editor)' \(how); the register is unchanged", "de editor '\(editor)' \(how); het register is ongewijzigd")
        case .outputIsInput(let path):
            return w("'\(path)' is the file the report is made from; write the report to another file, nothing was written",
                     "'\(path)' is het bestand waar het rapport van gemaakt wordt; schrijf het rapport naar een ander bestand, er is niets geschreven")
        case .notForTerminal(let format):
            return w("a .\(format) file is not text to show on the screen; write it to a file with --output, nothing was written",
                     "een .\(format)-bestand is geen tekst voor het scherm; schrijf het naar een bestand met --output, er is niets geschreven")
        case .documentNotMade(let format):
            return w("the .\(format) file could not be put together; nothing was written",
                     "het .\(format)-bestand kon niet worden samengesteld; er is niets geschreven")
        case let .unknownCommand(name, suggestion):
            let hint = suggestion.map { w("; did you mean 'govreg \($0)'?", "; bedoelt u 'govreg \($0)'?") } ?? w("; see govreg --help", "; zie govreg --help")
            return w("govreg has no command '\(name)'", "govreg heeft geen opdracht '\(name)'") + hint
        case .schemaUnavailable(let reason):
            return w("govreg's own schemas cannot be used (\(reason)); this build is broken",
                     "govregs eigen schema's zijn niet te gebruiken (\(reason)); deze build is kapot")
        case .edit(let refusal):
            return refusal.message(w) + w("; nothing was written", "; er is niets geschreven")
        case .staleVersion:
            return w("the register was changed by someone else since this form was opened; nothing was written, look at the change and try again",
                     "het register is door iemand anders gewijzigd sinds dit formulier werd geopend; er is niets geschreven, bekijk de wijziging en probeer het opnieuw")
        }
    }
}
