import GovernanceXML
import SafeFiles

/// Checks registers and vendor agreement files: safe parsing, the XSD its root element selects,
/// then the semantic rules. Never prints, never exits, holds no state between files.
public struct GovernanceValidator: Sendable {
    public let options: ValidationOptions

    public init(options: ValidationOptions = ValidationOptions()) {
        self.options = options
    }

    /// Reads and checks the file at `path`.
    public func check(path: String) -> FileCheck {
        do {
            return check(bytes: try InputFile.read(path, limit: options.maxSize), path: path)
        } catch {
            let language = options.language ?? DeclaredLanguage.of(fileAt: path) ?? .english
            if case .tooLarge(let limit) = error.problem {
                return refused(path, LocalizedText(
                    en: "the file is larger than the input limit of \(ByteCount(bytes: limit)); if it is genuine, raise the limit with --max-size",
                    nl: "het bestand is groter dan de invoergrens van \(ByteCount(bytes: limit)); is het echt, verhoog de grens dan met --max-size"
                ), language: language)
            }
            let shown = FileError(error.operation, path == InputFile.standardStream ? Wording(language)("standard input", "standaardinvoer") : path, error.problem)
            return FileCheck(path: path, kind: nil, document: nil, diagnostics: [], readFailure: .file(shown), language: language)
        }
    }

    /// Checks bytes already read; `path` names them in diagnostics.
    public func check(bytes: [UInt8], path: String) -> FileCheck {
        checked(bytes, path: path, keepingTree: false).check
    }

    /// Checks bytes and keeps their whole tree, for an edit to change: one parse for both. The
    /// tree is there whenever the file is well-formed XML with a govreg root.
    func checkKeepingTree(bytes: [UInt8], path: String) -> (check: FileCheck, tree: ParsedDocument?) {
        checked(bytes, path: path, keepingTree: true)
    }

    private func checked(_ bytes: [UInt8], path: String, keepingTree: Bool) -> (check: FileCheck, tree: ParsedDocument?) {
        // Until the root element is read, messages are in the language the file declares, if it can be seen.
        let fallbackLanguage = options.language ?? DeclaredLanguage.of(bytes) ?? .english
        guard !bytes.isEmpty else {
            return (refused(path, LocalizedText(en: "the file is empty; expected a govreg register or agreement", nl: "het bestand is leeg; verwacht werd een govreg-register of -overeenkomst"), language: fallbackLanguage), nil)
        }
        if let excess = InputScreen.screen(bytes) {
            let message: LocalizedText
            switch excess.excess {
            case .attributes(let limit):
                message = LocalizedText(
                    en: "an element here has more than \(limit) attributes; no govreg element has more than a few, so this is not a govreg file",
                    nl: "een element hier heeft meer dan \(limit) attributen; geen govreg-element heeft er meer dan een paar, dus dit is geen govreg-bestand"
                )
            case .references(let limit):
                message = LocalizedText(
                    en: "the text here holds more than \(limit) character or entity references (such as &#65; or &amp;); no govreg value needs that, so this is not a govreg file",
                    nl: "de tekst hier bevat meer dan \(limit) teken- of entiteitsverwijzingen (zoals &#65; of &amp;); geen govreg-waarde heeft dat nodig, dus dit is geen govreg-bestand"
                )
            case .text(let limit):
                message = LocalizedText(
                    en: "the text of one element here is longer than \(ByteCount(bytes: limit)); no govreg value needs that, so this is not a govreg file",
                    nl: "de tekst van één element hier is langer dan \(ByteCount(bytes: limit)); geen govreg-waarde heeft dat nodig, dus dit is geen govreg-bestand"
                )
            case .pieces(let limit):
                message = LocalizedText(
                    en: "more than \(limit) comments, processing instructions or CDATA sections follow each other here, inside one element; no govreg value needs that, so this is not a govreg file",
                    nl: "hier volgen meer dan \(limit) commentaren, verwerkingsinstructies of CDATA-secties elkaar op, binnen één element; geen govreg-waarde heeft dat nodig, dus dit is geen govreg-bestand"
                )
            }
            return (refused(path, message, at: SourceLocation(line: excess.line, column: excess.column), language: fallbackLanguage), nil)
        }
        // The root element tells which schema the file is checked against, while it is read.
        let kind: DocumentKind
        switch ValidatingParser.rootName(of: bytes) {
        case ("register", GovernanceNamespace.uri)?: kind = .register
        case ("agreement", GovernanceNamespace.uri)?: kind = .agreement
        default: return (notGovernanceFile(bytes, path: path, language: fallbackLanguage), nil)
        }
        let schema: CompiledSchema
        switch kind == .register ? CompiledSchema.register : CompiledSchema.agreement {
        case .success(let compiled): schema = compiled
        case .failure(let issue):
            // A fault of this build, not of the file: "could not do it".
            return (FileCheck(path: path, kind: kind, document: nil, diagnostics: [], readFailure: .schemaUnavailable(issue.message), language: fallbackLanguage), nil)
        }
        // A register's long lists are read into the model entry by entry while libxml2 checks
        // them, and freed; the model is used only once the schema has passed, and reading stops at
        // the schema's first error, so a hostile file costs no more than the check itself.
        let schemaFailed = StopSignal()
        let reader = ModelReader(stop: schemaFailed)
        var entries = RegisterEntries()
        // An edit needs the whole tree: then the model is read from it once it is all there.
        let streamed = kind == .register && !keepingTree
        let outcome = ValidatingParser.parse(bytes, schema: schema, entries: streamed ? RegisterEntries.lists : .none, firstError: schemaFailed) { entry, place in
            entries.read(entry, place: place, with: reader)
        }
        let parsed: ValidatingParser.Outcome
        switch outcome {
        case .success(let outcome): parsed = outcome
        case .failure(let issue): return (notWellFormed(bytes, issue, path: path, language: fallbackLanguage), nil)
        }
        guard let root = parsed.document.root else {
            return (refused(path, LocalizedText(en: "the file has no root element", nl: "het bestand heeft geen hoofdelement"), language: fallbackLanguage), nil)
        }
        let language = options.language ?? Language(xmlLang: root.xmlLang)
        let source = SourceIndex(bytes)
        let schemaIssues = parsed.issues
        // The schemas' model with its documentation words the problems; a valid file needs none.
        let schemaModel = schemaIssues.isEmpty ? nil : try? GovregSchemas.model.get()
        let wording = Wording(language)
        // A list value with a wrong item gets two messages from libxml2, one for the item and one
        // for the list: the one for the list, which can say how to write all of it, is kept.
        let problems = schemaIssues.map { SchemaProblem(libxml2: $0.message) }
        let kept = schemaIssues.indices.filter { index in
            guard case .enumeration(let place, _, _) = problems[index], index + 1 < problems.count,
                  case .invalidValue(let next, _, _) = problems[index + 1], next == place, schemaIssues[index + 1].line == schemaIssues[index].line
            else { return true }
            return false
        }
        var schemaDiagnostics = kept.map { index -> Diagnostic in
            let issue = schemaIssues[index]
            let column = issue.column > 0 ? issue.column : issue.elementName.map { source.column(ofTag: $0, line: issue.line, ordinal: issue.sameLineOrdinal) } ?? 1
            return Diagnostic(
                file: path, location: SourceLocation(line: issue.line, column: column),
                severity: issue.isWarning ? .warning : .error, id: DiagnosticID.schema,
                message: problems[index].message(wording, model: schemaModel), raw: issue.message
            )
        }.sorted { $0.location < $1.location }
        if parsed.moreIssues > 0, let last = schemaDiagnostics.last {
            schemaDiagnostics.append(Diagnostic(
                file: path, location: last.location, severity: .error, id: DiagnosticID.schema,
                message: wording("and \(parsed.moreIssues) more schema problems after these, not shown; mend these and check again",
                                 "en nog \(parsed.moreIssues) schemaproblemen hierna, niet getoond; herstel deze en controleer opnieuw")
            ))
        }
        if schemaDiagnostics.contains(where: { $0.severity == .error }) {
            return (FileCheck(path: path, kind: kind, document: nil, diagnostics: schemaDiagnostics, readFailure: nil, language: language), parsed.document)
        }

        let model = kind == .register ? GovernanceDocument.register(reader.register(root, entries: streamed ? entries : nil)) : .agreement(reader.agreementFile(root))
        let context = RuleContext(today: options.asOf ?? model.today())
        let ruleDiagnostics = RuleCatalog.findings(.register, in: model, context: context).map { rule, finding in
            Diagnostic(file: path, location: source.resolved(finding.location), severity: options.strict ? .error : rule.severity,
                       id: rule.id, message: finding.message.text(in: language))
        }
        let diagnostics = (schemaDiagnostics + ruleDiagnostics).sorted { $0.location < $1.location }
        return (FileCheck(path: path, kind: kind, document: model, diagnostics: diagnostics, readFailure: nil, language: language, source: bytes), parsed.document)
    }

    /// Why a file whose root is not a govreg register or agreement cannot be checked: that it is
    /// not well-formed, if it is not, or what its root is.
    private func notGovernanceFile(_ bytes: [UInt8], path: String, language fallbackLanguage: Language) -> FileCheck {
        let document: ParsedDocument
        switch ParsedDocument.parse(bytes) {
        case .success(let parsed): document = parsed
        case .failure(let issue): return notWellFormed(bytes, issue, path: path, language: fallbackLanguage)
        }
        guard let root = document.root else {
            return refused(path, LocalizedText(en: "the file has no root element", nl: "het bestand heeft geen hoofdelement"), language: fallbackLanguage)
        }
        let language = options.language ?? Language(xmlLang: root.xmlLang)
        let location = SourceIndex(bytes).resolved(root)
        if ["register", "agreement"].contains(root.localName) {
            return refused(path, LocalizedText(
                en: "<\(root.qualifiedName)> is not in govreg's namespace; add xmlns=\"\(GovernanceNamespace.uri)\" to it",
                nl: "<\(root.qualifiedName)> staat niet in de naamruimte van govreg; voeg er xmlns=\"\(GovernanceNamespace.uri)\" aan toe"
            ), at: location, language: language)
        }
        return refused(path, LocalizedText(
            en: "not a govreg file: the root element is <\(root.qualifiedName)>; expected <register> or <agreement> in namespace \(GovernanceNamespace.uri)",
            nl: "geen govreg-bestand: het hoofdelement is <\(root.qualifiedName)>; verwacht werd <register> of <agreement> in naamruimte \(GovernanceNamespace.uri)"
        ), at: location, language: language)
    }

    /// The file is not XML a parser may read: the first problem, in words.
    private func notWellFormed(_ bytes: [UInt8], _ issue: XMLIssue, path: String, language: Language) -> FileCheck {
        let w = Wording(language)
        let problem = issue.isRefusal ? .doctype : ParserProblem(libxml2: issue.message, beginsWithTag: GovernanceValidator.beginsWithTag(bytes))
        let message = issue.isRefusal ? problem.message(w) : w("not well-formed XML: ", "geen geldige XML: ") + problem.message(w)
        return FileCheck(path: path, kind: nil, document: nil, diagnostics: [
            Diagnostic(file: path, location: SourceLocation(line: issue.line, column: issue.column), severity: .error,
                       id: issue.isRefusal ? DiagnosticID.input : DiagnosticID.xml, message: message, raw: issue.message),
        ], readFailure: nil, language: language)
    }

    /// Whether the first character after a byte order mark and white space is `<` (in UTF-8 or UTF-16).
    static func beginsWithTag(_ bytes: [UInt8]) -> Bool {
        let visible = bytes.drop { [0xEF, 0xBB, 0xBF, 0xFE, 0xFF, 0x00, 0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return visible.first == UInt8(ascii: "<")
    }

    private func refused(_ path: String, _ message: LocalizedText, at location: SourceLocation = .start, language: Language) -> FileCheck {
        FileCheck(path: path, kind: nil, document: nil, diagnostics: [
            Diagnostic(file: path, location: location, severity: .error, id: DiagnosticID.input, message: message.text(in: language)),
        ], readFailure: nil, language: language)
    }
}
