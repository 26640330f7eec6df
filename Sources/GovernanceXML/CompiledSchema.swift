import CLibXML2
import Foundation

/// One of govreg's XSDs, compiled once per process; frees its `xmlSchema` when released.
/// A compiled schema is read-only, so validations on several threads may share it. libxml2
/// compiles it without its identity constraints; `IdentityCheck` checks those.
public final class CompiledSchema: @unchecked Sendable {
    private let pointer: xmlSchemaPtr
    private let identity: IdentityCheck

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

    /// Validates a document; returns every problem found, in document order. Raises `firstError`,
    /// if given, as soon as there is an error.
    public func validate(_ document: ParsedDocument, firstError: StopSignal? = nil) -> [XMLIssue] {
        LibXML.prepare()
        guard let context = xmlSchemaNewValidCtxt(pointer) else {
            return [XMLIssue(line: 1, column: 1, message: "out of memory while validating")]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = XMLIssueCollector()
        collector.firstError = firstError
        xmlSchemaSetValidStructuredErrors(context, { userData, error in
            guard let error else { return }
            XMLIssueCollector.from(userData)?.add(XMLIssue(error.pointee))
        }, collector.opaque)
        let result = xmlSchemaValidateDoc(context, document.pointer)
        // Keys and references are checked once the rest of the schema holds, as libxml2 leaves
        // out elements that break it: a broken file gets its first problems, not one per element.
        let keys = result == 0 && collector.issues.allSatisfy(\.isWarning) ? document.root.map(identity.issues) ?? [] : []
        if !keys.isEmpty { firstError?.raise() }
        return withExtendedLifetime(collector) {
            if result != 0, collector.issues.isEmpty {
                return [XMLIssue(line: 1, column: 1, message: "the document does not match the schema")] + keys
            }
            return (CompiledSchema.restoringTrueLines(collector.issues, in: document) + keys).sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        }
    }

    /// The highest line number libxml2 2.9 keeps for an element in 16 bits.
    private static let cappedLine = Int(UInt16.max)

    /// libxml2 2.9 reports key and keyref errors with the element's 16-bit line and no node, so past
    /// line 65,535 they all say 65535. Finds the element the error is about (its name and key value
    /// are in the message) and takes its true line instead.
    private static func restoringTrueLines(_ issues: [XMLIssue], in document: ParsedDocument) -> [XMLIssue] {
        guard issues.contains(where: { $0.line == cappedLine }) else { return issues }
        var taken: [String: Int] = [:]
        var lines: [String: [Int]]?
        return issues.map { issue in
            guard issue.line == cappedLine, let name = issue.elementName,
                  let start = issue.message.range(of: "key-sequence ['"),
                  let end = issue.message[start.upperBound...].range(of: "']")
            else { return issue }
            let value = String(issue.message[start.upperBound..<end.lowerBound])
            // Index once: element name and attribute value to the lines of the elements past the cap.
            if lines == nil {
                var index: [String: [Int]] = [:]
                for element in document.elements(where: { $0.line >= cappedLine }) {
                    for attribute in element.attributeValues {
                        index[element.localName + "\u{0}" + attribute, default: []].append(element.line)
                    }
                }
                lines = index
            }
            let key = name + "\u{0}" + value
            let candidates = lines?[key] ?? []
            let index = taken[key, default: 0]
            taken[key] = index + 1
            guard index < candidates.count else { return issue }
            var corrected = issue
            corrected.line = candidates[index]
            return corrected
        }
    }
}
