/// govreg's own schemas as the program uses them, each worked out once per process: their model,
/// the texts libxml2 compiles (the published schemas without their identity constraints, which
/// `IdentityCheck` checks instead), and the identity checks for a register and an agreement file.
public enum GovregSchemas {
    public static let namespace = "urn:govreg:register:1"

    /// The model of every schema, read from register.xsd and what it includes.
    public static let model: Result<SchemaModel, SchemaReader.Unsupported> = {
        do {
            return .success(try SchemaReader.model(from: "register.xsd", files: EmbeddedSchemas.files))
        } catch let error as SchemaReader.Unsupported {
            return .failure(error)
        } catch {
            return .failure(SchemaReader.Unsupported(description: "\(error)"))
        }
    }()

    /// The schema files as they are published in Schemas/, by file name: what any XSD tool reads.
    public static var publishedTexts: [String: String] { EmbeddedSchemas.files }

    /// The schema texts libxml2 compiles, by file name.
    public static let compiledTexts: [String: String] = EmbeddedSchemas.files.mapValues { withoutIdentityConstraints($0) ?? $0 }

    static let registerIdentity = model.map { IdentityCheck(model: $0, root: SchemaModel.QualifiedName(namespace: namespace, local: "register")) }
    static let agreementIdentity = model.map { IdentityCheck(model: $0, root: SchemaModel.QualifiedName(namespace: namespace, local: "agreement")) }

    /// The schema text with every xs:key, xs:unique and xs:keyref taken out.
    private static func withoutIdentityConstraints(_ text: String) -> String? {
        guard let document = ParsedDocument.parseEmbeddedSchema(named: "schema.xsd", text: text) else { return nil }
        let constraints = document.elements { element in
            element.namespaceURI == SchemaReader.xsd && ["key", "unique", "keyref"].contains(element.localName)
        }
        constraints.forEach { $0.remove() }
        return String(decoding: document.serialized(), as: UTF8.self)
    }
}
