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
            if case .tooLarge(let limit) = error.problem {
                return refused(path, "the file is larger than the input limit of \(ByteCount(bytes: limit)); if it is genuine, raise the limit with --max-size")
            }
            let shown = FileError(error.operation, path == InputFile.standardStream ? "standard input" : path, error.problem)
            return FileCheck(path: path, kind: nil, document: nil, diagnostics: [], readFailure: Wording(options.language ?? .english).describe(shown), language: options.language ?? .english)
        }
    }

    /// Checks bytes already read; `path` names them in diagnostics.
    public func check(bytes: [UInt8], path: String) -> FileCheck {
        guard !bytes.isEmpty else { return refused(path, "the file is empty; expected a govreg register or agreement") }
        let fallbackLanguage = options.language ?? .english
        if let excess = InputScreen.screen(bytes) {
            let message: String
            switch excess.excess {
            case .attributes(let limit):
                message = "an element here has more than \(limit) attributes; no govreg element has more than a few, so this is not a govreg file"
            case .pieces(let limit):
                message = "more than \(limit) comments or processing instructions follow each other here, inside one element; no govreg value needs that, so this is not a govreg file"
            }
            return refused(path, message, at: SourceLocation(line: excess.line, column: excess.column))
        }
        let document: ParsedDocument
        switch ParsedDocument.parse(bytes) {
        case .success(let parsed):
            document = parsed
        case .failure(let issue):
            let id = issue.isRefusal ? DiagnosticID.input : DiagnosticID.xml
            let message = issue.isRefusal ? issue.message : "not well-formed XML: " + ParserMessage.friendly(issue.message, beginsWithTag: GovernanceValidator.beginsWithTag(bytes))
            return FileCheck(path: path, kind: nil, document: nil, diagnostics: [
                Diagnostic(file: path, location: SourceLocation(line: issue.line, column: issue.column), severity: .error, id: id, message: message),
            ], readFailure: nil, language: fallbackLanguage)
        }
        guard let root = document.root else { return refused(path, "the file has no root element") }
        let language = options.language ?? Language(xmlLang: root.xmlLang)
        let source = SourceIndex(bytes)

        let kind: DocumentKind
        switch (root.localName, root.namespaceURI) {
        case ("register", GovernanceNamespace.uri): kind = .register
        case ("agreement", GovernanceNamespace.uri): kind = .agreement
        case ("register", _), ("agreement", _):
            return refused(path, "<\(root.qualifiedName)> is not in govreg's namespace; add xmlns=\"\(GovernanceNamespace.uri)\" to it", at: source.resolved(root))
        default:
            return refused(path, "not a govreg file: the root element is <\(root.qualifiedName)>; expected <register> or <agreement> in namespace \(GovernanceNamespace.uri)", at: source.resolved(root))
        }

        let schema: CompiledSchema
        switch kind == .register ? CompiledSchema.register : CompiledSchema.agreement {
        case .success(let compiled): schema = compiled
        case .failure(let issue):
            // A fault of this build, not of the file: "could not do it".
            return FileCheck(path: path, kind: kind, document: nil, diagnostics: [], readFailure: issue.message, language: language)
        }
        // The model is read on a second thread while libxml2 checks the schema on this one; both
        // only read the tree. The model is used only once the schema has passed, and reading stops
        // at the schema's first error, so a hostile file costs no more than the check itself.
        let schemaFailed = StopSignal()
        let modelReading = BackgroundWork(reading: root) { root in
            let reader = ModelReader(stop: schemaFailed)
            return kind == .register ? GovernanceDocument.register(reader.register(root)) : .agreement(reader.agreement(root))
        }
        let schemaIssues = schema.validate(document, firstError: schemaFailed)
        let model = modelReading.result()
        let schemaDiagnostics = schemaIssues.map { issue -> Diagnostic in
            let column = issue.column > 0 ? issue.column : issue.elementName.map { source.column(ofTag: $0, line: issue.line, ordinal: issue.sameLineOrdinal) } ?? 1
            return Diagnostic(
                file: path, location: SourceLocation(line: issue.line, column: column),
                severity: issue.isWarning ? .warning : .error, id: DiagnosticID.schema,
                message: SchemaMessage.friendly(issue.message, language: language)
            )
        }.sorted { $0.location < $1.location }
        if schemaDiagnostics.contains(where: { $0.severity == .error }) {
            return FileCheck(path: path, kind: kind, document: nil, diagnostics: schemaDiagnostics, readFailure: nil, language: language)
        }

        let context = RuleContext(today: options.asOf ?? model.today())
        let ruleDiagnostics = RuleCatalog.findings(.register, in: model, context: context).map { rule, finding in
            Diagnostic(file: path, location: source.resolved(finding.location), severity: options.strict ? .error : rule.severity,
                       id: rule.id, message: finding.message.text(in: language))
        }
        let diagnostics = (schemaDiagnostics + ruleDiagnostics).sorted { $0.location < $1.location }
        return FileCheck(path: path, kind: kind, document: model, diagnostics: diagnostics, readFailure: nil, language: language, source: bytes)
    }

    /// Whether the first character after a byte order mark and white space is `<` (in UTF-8 or UTF-16).
    static func beginsWithTag(_ bytes: [UInt8]) -> Bool {
        let visible = bytes.drop { [0xEF, 0xBB, 0xBF, 0xFE, 0xFF, 0x00, 0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return visible.first == UInt8(ascii: "<")
    }

    private func refused(_ path: String, _ message: String, at location: SourceLocation = .start) -> FileCheck {
        FileCheck(path: path, kind: nil, document: nil, diagnostics: [
            Diagnostic(file: path, location: location, severity: .error, id: DiagnosticID.input, message: message),
        ], readFailure: nil, language: options.language ?? .english)
    }
}
