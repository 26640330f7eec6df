/// govreg's own schemas as the program uses them, each worked out once per process: their model,
/// the texts libxml2 compiles (the published schemas without their identity constraints, which
/// `IdentityCheck` checks instead, and without what only people read), and the identity checks
/// for a register and an agreement file.
public enum GovregSchemas {
    public static let namespace = "urn:govreg:register:1"

    /// The model of every schema, read from register.xsd and what it includes, with the
    /// documentation that editors, forms and docs show.
    public static let model = read(EmbeddedSchemas.files)

    /// The same model without documentation, read from texts a quarter the size: what the
    /// identity checks need, and all a validation needs before it can start.
    public static let structure = read(EmbeddedSchemas.structureFiles)

    /// The schema files as they are published in Schemas/, by file name: what any XSD tool reads.
    public static var publishedTexts: [String: String] { EmbeddedSchemas.files }

    /// The schema texts libxml2 compiles, by file name: the published schemas without their
    /// comments, annotations and identity constraints, taken out when govreg is built.
    public static var compiledTexts: [String: String] { EmbeddedSchemas.compiledFiles }

    static let registerIdentity = structure.map { IdentityCheck(model: $0, root: SchemaModel.QualifiedName(namespace: namespace, local: "register")) }
    static let agreementIdentity = structure.map { IdentityCheck(model: $0, root: SchemaModel.QualifiedName(namespace: namespace, local: "agreement")) }

    private static func read(_ files: [String: String]) -> Result<SchemaModel, SchemaReader.Unsupported> {
        do {
            return .success(try SchemaReader.model(from: "register.xsd", files: files))
        } catch let error as SchemaReader.Unsupported {
            return .failure(error)
        } catch {
            return .failure(SchemaReader.Unsupported(description: "\(error)"))
        }
    }
}
