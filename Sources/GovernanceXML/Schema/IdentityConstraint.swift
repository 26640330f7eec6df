/// An `xs:key`, `xs:unique` or `xs:keyref` of the schemas: within each element of its declaration,
/// the elements its selector reaches have unique values of its fields (key, unique), or values
/// that a key of the same element holds (keyref).
public struct IdentityConstraint: Sendable {
    public enum Kind: String, Sendable {
        case key, unique, keyref
    }

    /// One field: child element steps (usually none) and the attribute whose value counts.
    public struct Field: Sendable, Hashable {
        public let steps: [SchemaModel.QualifiedName]
        public let attribute: String
    }

    public let kind: Kind
    public let name: String
    /// Alternatives (`a/b | c`), each a path of child element steps.
    public let selector: [[SchemaModel.QualifiedName]]
    public let fields: [Field]
    /// For a keyref: the name of the key it refers to.
    public let refer: String?
}
