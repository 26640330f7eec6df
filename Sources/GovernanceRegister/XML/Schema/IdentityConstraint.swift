/// An `xs:key`, `xs:unique` or `xs:keyref` of the schemas: within each element of its declaration,
/// the elements its selector reaches have unique values of its fields (key, unique), or values
/// that a key of the same element holds (keyref).
struct IdentityConstraint: Sendable {
    enum Kind: String, Sendable {
        case key, unique, keyref
    }

    /// One field: child element steps (usually none) and the attribute whose value counts.
    struct Field: Sendable, Hashable {
        let steps: [SchemaModel.QualifiedName]
        let attribute: String
    }

    let kind: Kind
    let name: String
    /// Alternatives (`a/b | c`), each a path of child element steps.
    let selector: [[SchemaModel.QualifiedName]]
    let fields: [Field]
    /// For a keyref: the name of the key it refers to.
    let refer: String?
}
