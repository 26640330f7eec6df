import CLibXML2

/// One of govreg's XSDs, compiled once per process; frees its `xmlSchema` when released.
/// A compiled schema is read-only, so validations on several threads may share it.
final class CompiledSchema: @unchecked Sendable {
    private let pointer: xmlSchemaPtr

    /// The register schema (`Schemas/register.xsd`).
    static let register = CompiledSchema.compile("register.xsd")
    /// The vendor agreement schema (`Schemas/agreement.xsd`).
    static let agreement = CompiledSchema.compile("agreement.xsd")

    private init(pointer: xmlSchemaPtr) {
        self.pointer = pointer
    }

    deinit {
        xmlSchemaFree(pointer)
    }

    private static func compile(_ name: String) -> Result<CompiledSchema, XMLIssue> {
        guard let text = EmbeddedSchemas.files[name],
              let document = XMLDocument.parseEmbeddedSchema(named: name, text: text),
              let parserContext = xmlSchemaNewDocParserCtxt(document.pointer)
        else {
            return .failure(XMLIssue(line: 1, column: 1, message: "govreg's schema \(name) is missing from this build"))
        }
        defer { xmlSchemaFreeParserCtxt(parserContext) }
        let collector = XMLIssueCollector()
        xmlSchemaSetParserStructuredErrors(parserContext, { userData, error in
            guard let error else { return }
            XMLIssueCollector.from(userData)?.add(XMLIssue(error.pointee))
        }, collector.opaque)
        let schema = withExtendedLifetime(document) { xmlSchemaParse(parserContext) }
        return withExtendedLifetime(collector) {
            guard let schema else {
                let reason = collector.issues.first?.message ?? "unknown reason"
                return .failure(XMLIssue(line: 1, column: 1, message: "govreg's schema \(name) does not compile: \(reason)"))
            }
            return .success(CompiledSchema(pointer: schema))
        }
    }

    /// Validates a document; returns every problem found, in document order.
    func validate(_ document: XMLDocument) -> [XMLIssue] {
        LibXML.prepare()
        guard let context = xmlSchemaNewValidCtxt(pointer) else {
            return [XMLIssue(line: 1, column: 1, message: "out of memory while validating")]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = XMLIssueCollector()
        xmlSchemaSetValidStructuredErrors(context, { userData, error in
            guard let error else { return }
            XMLIssueCollector.from(userData)?.add(XMLIssue(error.pointee))
        }, collector.opaque)
        let result = xmlSchemaValidateDoc(context, document.pointer)
        return withExtendedLifetime(collector) {
            if result != 0, collector.issues.isEmpty {
                return [XMLIssue(line: 1, column: 1, message: "the document does not match the schema")]
            }
            return collector.issues
        }
    }
}
