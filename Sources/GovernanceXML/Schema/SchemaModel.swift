import Synchronization

/// The structure of govreg's schemas, read from the XSDs built into govreg: element declarations
/// with their content models, attributes, simple types and identity constraints, and the Dutch and
/// English documentation of each. Editors, forms, docs and govreg's own key checks follow it, so
/// nothing restates the schemas by hand.
public struct SchemaModel: Sendable {
    /// A name in a namespace, as the schemas write `g:party` or `xml:lang`.
    public struct QualifiedName: Hashable, Sendable, CustomStringConvertible {
        public let namespace: String
        public let local: String

        public var description: String { local }

        public init(namespace: String, local: String) {
            self.namespace = namespace
            self.local = local
        }
    }

    /// Documentation in the schema's languages, by `xml:lang` ("nl", "en").
    public typealias Documentation = [String: String]

    /// How often something may occur: `maximum` nil for unbounded.
    public struct Occurrence: Hashable, Sendable {
        public let minimum: Int
        public let maximum: Int?

        public static let once = Occurrence(minimum: 1, maximum: 1)
    }

    public struct ElementDeclaration: Sendable {
        public let name: QualifiedName
        /// The type: a named one, or `nil` with `localType` for a type written inside the element.
        public let typeName: QualifiedName?
        public let localType: ContentType?
        public let occurrence: Occurrence
        public let documentation: Documentation
        public let identityConstraints: [IdentityConstraint]
    }

    /// A sequence, choice or element within a content model. (A struct with its parts in an array,
    /// rather than an indirect enum, whose boxes leak checkers cannot see are still in use.)
    public struct Particle: Sendable {
        public enum Kind: Sendable {
            /// An element declared here.
            case element
            /// An element declared globally (`ref="g:agreement"`).
            case reference
            case sequence
            case choice
        }

        public let kind: Kind
        public let occurrence: Occurrence
        /// For `.element`.
        public let element: ElementDeclaration?
        /// For `.reference`.
        public let reference: QualifiedName?
        /// For `.sequence` and `.choice`.
        public let parts: [Particle]
    }

    public struct AttributeDeclaration: Sendable {
        public let name: QualifiedName
        public let typeName: QualifiedName?
        public let localType: SimpleType?
        public let required: Bool
        public let defaultValue: String?
        public let documentation: Documentation
    }

    /// A complex type: its child elements (or text of a simple type) and attributes. A class, so an
    /// element can hold the type written inside it.
    public final class ContentType: Sendable {
        public let name: QualifiedName?
        public let particle: Particle?
        /// For text content with attributes (`xs:simpleContent`): the type of the text.
        public let textType: QualifiedName?
        public let attributes: [AttributeDeclaration]
        public let documentation: Documentation

        public init(name: QualifiedName?, particle: Particle?, textType: QualifiedName?, attributes: [AttributeDeclaration], documentation: Documentation) {
            self.name = name
            self.particle = particle
            self.textType = textType
            self.attributes = attributes
            self.documentation = documentation
        }
    }

    /// A simple type: its base, and the values it allows.
    public struct SimpleType: Sendable {
        public let name: QualifiedName?
        public let base: QualifiedName?
        /// Allowed values with their documentation, in schema order; empty when any value of the
        /// base (within the patterns) is allowed.
        public let enumerations: [(value: String, documentation: Documentation)]
        public let patterns: [String]
        public let documentation: Documentation
    }

    public let elements: [QualifiedName: ElementDeclaration]
    public let contentTypes: [QualifiedName: ContentType]
    public let simpleTypes: [QualifiedName: SimpleType]
    public let attributes: [QualifiedName: AttributeDeclaration]
    /// Every element declaration by its local name, made in one walk of the model the first time
    /// a name is asked for (the escalation cards ask for each phone's use).
    let declarationIndex = DeclarationIndex()

    /// The content type of an element declaration.
    public func contentType(of element: ElementDeclaration) -> ContentType? {
        element.localType ?? element.typeName.flatMap { contentTypes[$0] }
    }

    /// The element declarations a content type allows as children, in schema order, with global
    /// references resolved.
    public func childElements(of type: ContentType) -> [ElementDeclaration] {
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
    /// the root down to it, with the declaration found there; only those that pass `wanted`, when
    /// given. Follows each type once on a path, so a recursive type cannot loop.
    public func placements(fromRoot root: QualifiedName, where wanted: (ElementDeclaration) -> Bool = { _ in true }) -> [(path: [QualifiedName], element: ElementDeclaration)] {
        guard let rootElement = elements[root] else { return [] }
        var found: [(path: [QualifiedName], element: ElementDeclaration)] = []
        func visit(_ element: ElementDeclaration, path: [QualifiedName], types: Set<QualifiedName>) {
            if wanted(element) { found.append((path, element)) }
            guard let type = contentType(of: element) else { return }
            if let name = type.name, types.contains(name) { return }
            let seen = type.name.map { types.union([$0]) } ?? types
            for child in childElements(of: type) { visit(child, path: path + [child.name], types: seen) }
        }
        visit(rootElement, path: [root], types: [])
        return found
    }
}

extension SchemaModel {
    /// Every element declaration, global and local, with the name `local`, in the order of a walk
    /// from the global declarations (by name) through each type once.
    public func declarations(named local: String) -> [ElementDeclaration] {
        declarationIndex.byName.withLock { index in
            if index == nil {
                var found: [String: [ElementDeclaration]] = [:]
                var seenTypes: Set<QualifiedName> = []
                func visit(_ element: ElementDeclaration) {
                    found[element.name.local, default: []].append(element)
                    guard let type = contentType(of: element) else { return }
                    if let name = type.name {
                        guard seenTypes.insert(name).inserted else { return }
                    }
                    childElements(of: type).forEach(visit)
                }
                elements.values.sorted { $0.name.local < $1.name.local }.forEach(visit)
                index = found
            }
            return index?[local] ?? []
        }
    }

    /// The attribute declarations of an element declaration.
    public func attributes(of element: ElementDeclaration) -> [AttributeDeclaration] {
        contentType(of: element)?.attributes ?? []
    }

    /// The simple type of an element's text or of one of its attributes, found by the element's
    /// local name (the first declaration of that name that has it).
    public func valueType(ofElement local: String, attribute: String?) -> SimpleType? {
        for element in declarations(named: local) {
            if let attribute {
                guard let declaration = attributes(of: element).first(where: { $0.name.local == attribute }) else { continue }
                if let type = declaration.localType { return type }
                if let name = declaration.typeName, let type = simpleTypes[name] { return type }
                if let name = declaration.typeName { return SimpleType(name: name, base: nil, enumerations: [], patterns: [], documentation: [:]) }
            } else {
                // A simple type, or the text of a complex type with simple content.
                let name = element.typeName.flatMap { simpleTypes[$0] == nil ? nil : $0 } ?? contentType(of: element)?.textType ?? element.typeName
                if let name, let type = simpleTypes[name] { return type }
                if let name, name.namespace == "http://www.w3.org/2001/XMLSchema" { return SimpleType(name: name, base: nil, enumerations: [], patterns: [], documentation: [:]) }
            }
        }
        return nil
    }
}

extension SchemaModel {
    /// The declaration of the element reached from the root `root` by the local names in `path`
    /// (the root's own name first), following each element's content model.
    public func declaration(at path: [String], root: QualifiedName) -> ElementDeclaration? {
        guard var current = elements[root], path.first == root.local else { return nil }
        for name in path.dropFirst() {
            guard let type = contentType(of: current), let child = childElements(of: type).first(where: { $0.name.local == name }) else { return nil }
            current = child
        }
        return current
    }

    /// The element declarations an element may hold, in schema order.
    public func children(of element: ElementDeclaration) -> [ElementDeclaration] {
        contentType(of: element).map(childElements) ?? []
    }

    /// The type of an element's text: its simple type, or the text of a complex type with simple
    /// content; nil for an element that holds elements only (or nothing).
    public func textType(of element: ElementDeclaration) -> SimpleType? {
        let name = element.typeName.flatMap { simpleTypes[$0] == nil ? nil : $0 } ?? contentType(of: element)?.textType
        guard let name else { return nil }
        return simpleTypes[name] ?? SimpleType(name: name, base: nil, enumerations: [], patterns: [], documentation: [:])
    }

    /// The type of an attribute declaration (a reference resolved).
    public func type(of attribute: AttributeDeclaration) -> SimpleType? {
        if let type = attribute.localType { return type }
        if let name = attribute.typeName { return simpleTypes[name] ?? SimpleType(name: name, base: nil, enumerations: [], patterns: [], documentation: [:]) }
        if let global = attributes[attribute.name], global.typeName != nil || global.localType != nil { return type(of: global) }
        return nil
    }

    /// The documentation of an attribute declaration, or of the global one it refers to.
    public func documentation(of attribute: AttributeDeclaration) -> Documentation {
        attribute.documentation.isEmpty ? attributes[attribute.name]?.documentation ?? [:] : attribute.documentation
    }

    /// How often an element may occur among its parent's children, counting the occurrence of the
    /// sequence or choice it stands in (an element of a repeated choice may repeat).
    public func occurrence(of child: String, in element: ElementDeclaration) -> Occurrence? {
        guard let particle = contentType(of: element)?.particle else { return nil }
        func find(_ particle: Particle, _ outer: Occurrence) -> Occurrence? {
            let combined = Occurrence(minimum: particle.occurrence.minimum * outer.minimum,
                                      maximum: particle.occurrence.maximum.flatMap { inner in outer.maximum.map { inner * $0 } })
            switch particle.kind {
            case .element: return particle.element?.name.local == child ? combined : nil
            case .reference: return particle.reference?.local == child ? combined : nil
            case .sequence: return particle.parts.lazy.compactMap { find($0, combined) }.first
            case .choice:
                // In a choice, an element is optional unless it is the only alternative.
                guard let found = particle.parts.lazy.compactMap({ find($0, combined) }).first else { return nil }
                return particle.parts.count > 1 ? Occurrence(minimum: 0, maximum: found.maximum) : found
            }
        }
        return find(particle, .once)
    }
}

extension SchemaModel {
    /// The elements that stand in the same choice as `child` in `element`'s content model, and so
    /// cannot be there together with it (`end` for `initialTerm` in a term).
    public func alternatives(to child: String, in element: ElementDeclaration) -> [String] {
        guard let particle = contentType(of: element)?.particle else { return [] }
        func names(_ particle: Particle) -> [String] {
            switch particle.kind {
            case .element: particle.element.map { [$0.name.local] } ?? []
            case .reference: particle.reference.map { [$0.local] } ?? []
            case .sequence, .choice: particle.parts.flatMap(names)
            }
        }
        func find(_ particle: Particle) -> [String]? {
            guard particle.kind == .sequence || particle.kind == .choice else { return nil }
            for (index, part) in particle.parts.enumerated() where names(part).contains(child) {
                if let inner = find(part), !inner.isEmpty { return inner }
                if particle.kind == .choice { return particle.parts.enumerated().filter { $0.offset != index }.flatMap { names($0.element) } }
                return []
            }
            return nil
        }
        return find(particle) ?? []
    }

    /// What makes an element one of a kind within its scope: the attribute of an `xs:key` or
    /// `xs:unique` that selects it, and the references (`xs:keyref`) to it, each as the child
    /// steps from the scope element and the attribute that holds the reference.
    public struct KeyUse: Sendable {
        public let constraint: String
        public let isKey: Bool
        public let attribute: String
        /// How many steps below the root the scope element is (0: the root itself).
        public let scopeDepth: Int
        public let references: [(steps: [String], attribute: String)]
    }

    /// The key of the element reached by `path` (local names from the root's child down), if the
    /// schemas give it one with a single attribute.
    public func key(ofElementAt path: [String], root: QualifiedName) -> KeyUse? {
        for placement in placements(fromRoot: root) where !placement.element.identityConstraints.isEmpty {
            let scope = placement.path.dropFirst().map(\.local)
            guard path.count > scope.count, Array(path.prefix(scope.count)) == scope else { continue }
            let below = Array(path.dropFirst(scope.count))
            let constraints = placement.element.identityConstraints
            for constraint in constraints where constraint.kind != .keyref && constraint.fields.count == 1 && constraint.fields[0].steps.isEmpty {
                guard constraint.selector.contains(where: { $0.map(\.local) == below }) else { continue }
                let references = constraints.filter { $0.kind == .keyref && $0.refer == constraint.name && $0.fields.count == 1 }
                    .flatMap { keyref in keyref.selector.map { (steps: $0.map(\.local) + keyref.fields[0].steps.map(\.local), attribute: keyref.fields[0].attribute) } }
                return KeyUse(constraint: constraint.name, isKey: constraint.kind == .key, attribute: constraint.fields[0].attribute,
                              scopeDepth: scope.count, references: references)
            }
        }
        return nil
    }
}

extension SchemaModel {
    /// The key an attribute refers to (an `xs:keyref` field): how deep its scope is, and the
    /// steps from the scope to the keyed elements with the key's attribute. `vendor` on a system
    /// refers to the parties' ids.
    public func referredKey(byAttribute attribute: String, ofElementAt path: [String], root: QualifiedName) -> (scopeDepth: Int, steps: [String], attribute: String)? {
        for placement in placements(fromRoot: root) where !placement.element.identityConstraints.isEmpty {
            let scope = placement.path.dropFirst().map(\.local)
            guard path.count > scope.count, Array(path.prefix(scope.count)) == scope else { continue }
            let below = Array(path.dropFirst(scope.count))
            let constraints = placement.element.identityConstraints
            for keyref in constraints where keyref.kind == .keyref && keyref.fields.count == 1 && keyref.fields[0].attribute == attribute {
                guard keyref.selector.contains(where: { $0.map(\.local) + keyref.fields[0].steps.map(\.local) == below }),
                      let key = constraints.first(where: { $0.name == keyref.refer && $0.fields.count == 1 }), let steps = key.selector.first
                else { continue }
                return (scope.count, steps.map(\.local), key.fields[0].attribute)
            }
        }
        return nil
    }
}

/// A model's element declarations by local name, once they have been looked for.
final class DeclarationIndex: Sendable {
    let byName = Mutex<[String: [SchemaModel.ElementDeclaration]]?>(nil)
}
