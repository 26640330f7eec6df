import CLibXML2
import Foundation

/// One of govreg's XSDs, compiled once per process; frees its `xmlSchema` when released.
/// A compiled schema is read-only, so validations on several threads may share it. libxml2
/// compiles it without its identity constraints; `IdentityCheck` checks those. Documents are
/// checked against it as they are read, by `ValidatingParser`.
public final class CompiledSchema: @unchecked Sendable {
    let pointer: xmlSchemaPtr
    let identity: IdentityCheck

    /// The register schema (`Schemas/register.xsd`).
    public static let register = CompiledSchema.compile("register.xsd", identity: GovregSchemas.registerIdentity)
    /// The vendor agreement schema (`Schemas/agreement.xsd`).
    public static let agreement = CompiledSchema.compile("agreement.xsd", identity: GovregSchemas.agreementIdentity)

    private init(pointer: xmlSchemaPtr, identity: IdentityCheck) {
        self.pointer = pointer
        self.identity = identity
    }

    deinit {
        xmlSchemaFree(pointer)
    }

    private static func compile(_ name: String, identity: Result<IdentityCheck, SchemaReader.Unsupported>) -> Result<CompiledSchema, XMLIssue> {
        guard case .success(let identity) = identity else {
            return .failure(XMLIssue(line: 1, column: 1, message: "govreg's schema \(name) cannot be read: \(identity)"))
        }
        guard let text = GovregSchemas.compiledTexts[name],
              let document = ParsedDocument.parseEmbeddedSchema(named: name, text: text),
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
            return .success(CompiledSchema(pointer: schema, identity: identity))
        }
    }
}
