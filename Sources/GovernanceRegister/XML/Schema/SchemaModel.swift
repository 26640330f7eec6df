/// The structure of govreg's schemas, read from the XSDs built into govreg: element declarations
/// with their content models, attributes, simple types and identity constraints, and the Dutch and
/// English documentation of each. Editors, forms, docs and govreg's own key checks follow it, so
/// nothing restates the schemas by hand.
struct SchemaModel: Sendable {
    /// A name in a namespace, as the schemas write `g:party` or `xml:lang`.
    struct QualifiedName: Hashable, Sendable, CustomStringConvertible {
        let namespace: String
        let local: String

        var description: String { local }
    }

    /// Documentation in the schema's languages, by `xml:lang` ("nl", "en").
    typealias Documentation = [String: String]

    /// How often something may occur: `maximum` nil for unbounded.
    struct Occurrence: Hashable, Sendable {
        let minimum: Int
        let maximum: Int?

        static let once = Occurrence(minimum: 1, maximum: 1)
    }

    struct ElementDeclaration: Sendable {
        let name: QualifiedName
        /// The type: a named one, or `nil` with `localType` for a type written inside the element.
        let typeName: QualifiedName?
        let localType: ContentType?
        let occurrence: Occurrence
        let documentation: Documentation
        let identityConstraints: [IdentityConstraint]
    }

    /// A sequence, choice or element within a content model. (A struct with its parts in an array,
    /// rather than an indirect enum, whose boxes leak checkers cannot see are still in use.)
    struct Particle: Sendable {
        enum Kind: Sendable {
            /// An element declared here.
            case element
            /// An element declared globally (`ref="g:agreement"`).
            case reference
            case sequence
            case choice
        }

        let kind: Kind
        let occurrence: Occurrence
        /// For `.element`.
        let element: ElementDeclaration?
        /// For `.reference`.
        let reference: QualifiedName?
        /// For `.sequence` and `.choice`.
        let parts: [Particle]
    }

    struct AttributeDeclaration: Sendable {
        let name: QualifiedName
        let typeName: QualifiedName?
        let localType: SimpleType?
        let required: Bool
        let defaultValue: String?
        let documentation: Documentation
    }

    /// A complex type: its child elements (or text of a simple type) and attributes. A class, so an
    /// element can hold the type written inside it.
    final class ContentType: Sendable {
        let name: QualifiedName?
        let particle: Particle?
        /// For text content with attributes (`xs:simpleContent`): the type of the text.
        let textType: QualifiedName?
        let attributes: [AttributeDeclaration]
        let documentation: Documentation

        init(name: QualifiedName?, particle: Particle?, textType: QualifiedName?, attributes: [AttributeDeclaration], documentation: Documentation) {
            self.name = name
            self.particle = particle
            self.textType = textType
            self.attributes = attributes
            self.documentation = documentation
        }
    }

    /// A simple type: its base, and the values it allows.
    struct SimpleType: Sendable {
        let name: QualifiedName?
        let base: QualifiedName?
        /// Allowed values with their documentation, in schema order; empty when any value of the
        /// base (within the patterns) is allowed.
        let enumerations: [(value: String, documentation: Documentation)]
        let patterns: [String]
        let documentation: Documentation
    }

    let elements: [QualifiedName: ElementDeclaration]
    let contentTypes: [QualifiedName: ContentType]
    let simpleTypes: [QualifiedName: SimpleType]
    let attributes: [QualifiedName: AttributeDeclaration]

    /// The content type of an element declaration.
    func contentType(of element: ElementDeclaration) -> ContentType? {
        element.localType ?? element.typeName.flatMap { contentTypes[$0] }
    }

    /// The element declarations a content type allows as children, in schema order, with global
    /// references resolved.
    func childElements(of type: ContentType) -> [ElementDeclaration] {
        guard let particle = type.particle else { return [] }
        var found: [ElementDeclaration] = []
        func walk(_ particle: Particle) {
            switch particle.kind {
            case .element: if let element = particle.element { found.append(element) }
            case .reference: if let element = particle.reference.flatMap({ elements[$0] }) { found.append(element) }
            case .sequence, .choice: particle.parts.forEach(walk)
            }
        }
        walk(particle)
        return found
    }

    /// Every place an element declaration occurs in a document, as the names of the elements from
    /// the root down to it, with the declaration found there. Follows each type once on a path, so
    /// a recursive type cannot loop.
    func placements(fromRoot root: QualifiedName) -> [(path: [QualifiedName], element: ElementDeclaration)] {
        guard let rootElement = elements[root] else { return [] }
        var found: [(path: [QualifiedName], element: ElementDeclaration)] = []
        func visit(_ element: ElementDeclaration, path: [QualifiedName], types: Set<QualifiedName>) {
            found.append((path, element))
            guard let type = contentType(of: element) else { return }
            if let name = type.name, types.contains(name) { return }
            let seen = type.name.map { types.union([$0]) } ?? types
            for child in childElements(of: type) { visit(child, path: path + [child.name], types: seen) }
        }
        visit(rootElement, path: [root], types: [])
        return found
    }
}
