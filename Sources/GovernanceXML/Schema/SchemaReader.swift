import CLibXML2
import Foundation

/// Reads govreg's embedded XSDs into a `SchemaModel`. It knows the parts of XML Schema that
/// govreg's schemas use (elements, named and local types, sequences and choices, simple content,
/// attributes, restrictions with enumerations and patterns, identity constraints, include and
/// import) and fails loudly on anything else, so a schema change cannot slip past the editors.
public struct SchemaReader {
    static let xsd = "http://www.w3.org/2001/XMLSchema"

    public struct Unsupported: Error, CustomStringConvertible {
        public let description: String
    }

    private var elements: [SchemaModel.QualifiedName: SchemaModel.ElementDeclaration] = [:]
    private var contentTypes: [SchemaModel.QualifiedName: SchemaModel.ContentType] = [:]
    private var simpleTypes: [SchemaModel.QualifiedName: SchemaModel.SimpleType] = [:]
    private var attributes: [SchemaModel.QualifiedName: SchemaModel.AttributeDeclaration] = [:]
    private var read: Set<String> = []

    /// The model of `root` (a file in `EmbeddedSchemas`) and every schema it includes or imports.
    static func model(from root: String, files: [String: String]) throws -> SchemaModel {
        var reader = SchemaReader()
        try reader.readFile(root, files: files)
        return SchemaModel(elements: reader.elements, contentTypes: reader.contentTypes, simpleTypes: reader.simpleTypes, attributes: reader.attributes)
    }

    private mutating func readFile(_ name: String, files: [String: String]) throws {
        guard !read.contains(name) else { return }
        read.insert(name)
        guard let text = files[name], let document = ParsedDocument.parseEmbeddedSchema(named: name, text: text), let schema = document.root else {
            throw Unsupported(description: "schema \(name) is missing or unreadable")
        }
        let target = schema.attribute("targetNamespace") ?? ""
        for child in schema.children where child.namespaceURI == SchemaReader.xsd {
            switch child.localName {
            case "include", "import":
                if let location = child.attribute("schemaLocation") { try readFile(location, files: files) }
            case "element":
                let element = try elementDeclaration(child, target: target)
                elements[element.name] = element
            case "complexType":
                let type = try contentType(child, target: target)
                if let name = type.name { contentTypes[name] = type }
            case "simpleType":
                let type = try simpleType(child, target: target)
                if let name = type.name { simpleTypes[name] = type }
            case "attribute":
                let attribute = try attributeDeclaration(child, target: target)
                attributes[attribute.name] = attribute
            case "annotation":
                continue
            default:
                throw Unsupported(description: "\(name): xs:\(child.localName) at the top level is not supported")
            }
        }
    }

    private func name(_ element: XMLElementView, _ qualified: String) -> SchemaModel.QualifiedName {
        let resolved = element.resolve(qualifiedName: qualified)
        return SchemaModel.QualifiedName(namespace: resolved.namespace, local: resolved.local)
    }

    private func documentation(_ element: XMLElementView) -> SchemaModel.Documentation {
        var texts: SchemaModel.Documentation = [:]
        for annotation in element.children where annotation.localName == "annotation" {
            for entry in annotation.children where entry.localName == "documentation" {
                texts[entry.xmlLang ?? ""] = entry.text
            }
        }
        return texts
    }

    private func occurrence(_ element: XMLElementView) -> SchemaModel.Occurrence {
        let minimum = element.attribute("minOccurs").flatMap(Int.init) ?? 1
        let maximum = element.attribute("maxOccurs")
        return SchemaModel.Occurrence(minimum: minimum, maximum: maximum == "unbounded" ? nil : maximum.flatMap(Int.init) ?? 1)
    }

    private func elementDeclaration(_ element: XMLElementView, target: String) throws -> SchemaModel.ElementDeclaration {
        guard let local = element.attribute("name") else { throw Unsupported(description: "an xs:element without a name") }
        var localType: SchemaModel.ContentType?
        var constraints: [IdentityConstraint] = []
        for child in element.children where child.namespaceURI == SchemaReader.xsd {
            switch child.localName {
            case "complexType": localType = try contentType(child, target: target)
            case "key", "unique", "keyref": constraints.append(try identityConstraint(child))
            case "annotation": continue
            default: throw Unsupported(description: "xs:\(child.localName) inside the element \(local) is not supported")
            }
        }
        return SchemaModel.ElementDeclaration(
            name: SchemaModel.QualifiedName(namespace: target, local: local),
            typeName: element.attribute("type").map { name(element, $0) },
            localType: localType, occurrence: occurrence(element), documentation: documentation(element),
            identityConstraints: constraints
        )
    }

    private func particle(_ element: XMLElementView, target: String) throws -> SchemaModel.Particle {
        switch element.localName {
        case "element":
            if let reference = element.attribute("ref") {
                return SchemaModel.Particle(kind: .reference, occurrence: occurrence(element), element: nil, reference: name(element, reference), parts: [])
            }
            let declaration = try elementDeclaration(element, target: target)
            return SchemaModel.Particle(kind: .element, occurrence: declaration.occurrence, element: declaration, reference: nil, parts: [])
        case "sequence", "choice":
            let parts = try element.children.filter { $0.localName != "annotation" }.map { try particle($0, target: target) }
            return SchemaModel.Particle(kind: element.localName == "sequence" ? .sequence : .choice, occurrence: occurrence(element), element: nil, reference: nil, parts: parts)
        default:
            throw Unsupported(description: "xs:\(element.localName) in a content model is not supported")
        }
    }

    private func contentType(_ element: XMLElementView, target: String) throws -> SchemaModel.ContentType {
        var content: SchemaModel.Particle?
        var textType: SchemaModel.QualifiedName?
        var attributes: [SchemaModel.AttributeDeclaration] = []
        for child in element.children where child.namespaceURI == SchemaReader.xsd {
            switch child.localName {
            case "sequence", "choice": content = try particle(child, target: target)
            case "attribute": attributes.append(try attributeDeclaration(child, target: target))
            case "simpleContent":
                guard let extensionElement = child.children.first(where: { $0.localName == "extension" }), let base = extensionElement.attribute("base") else {
                    throw Unsupported(description: "xs:simpleContent without xs:extension is not supported")
                }
                textType = name(extensionElement, base)
                attributes += try extensionElement.children.filter { $0.localName == "attribute" }.map { try attributeDeclaration($0, target: target) }
            case "annotation": continue
            default: throw Unsupported(description: "xs:\(child.localName) in a complex type is not supported")
            }
        }
        return SchemaModel.ContentType(
            name: element.attribute("name").map { SchemaModel.QualifiedName(namespace: target, local: $0) },
            particle: content, textType: textType, attributes: attributes, documentation: documentation(element)
        )
    }

    private func attributeDeclaration(_ element: XMLElementView, target: String) throws -> SchemaModel.AttributeDeclaration {
        if let reference = element.attribute("ref") {
            let referenced = name(element, reference)
            return SchemaModel.AttributeDeclaration(name: referenced, typeName: nil, localType: nil, required: element.attribute("use") == "required",
                                                    defaultValue: element.attribute("default"), documentation: documentation(element))
        }
        guard let local = element.attribute("name") else { throw Unsupported(description: "an xs:attribute without a name") }
        let localType = try element.children.first { $0.localName == "simpleType" }.map { try simpleType($0, target: target) }
        // Attributes without a namespace, except those declared at the top of a schema (xml:lang).
        let isGlobal = element.node.pointee.parent.map { XMLElementView.localName(of: $0) == "schema" } ?? false
        return SchemaModel.AttributeDeclaration(
            name: SchemaModel.QualifiedName(namespace: isGlobal ? target : "", local: local),
            typeName: element.attribute("type").map { name(element, $0) }, localType: localType,
            required: element.attribute("use") == "required", defaultValue: element.attribute("default"), documentation: documentation(element)
        )
    }

    private func simpleType(_ element: XMLElementView, target: String) throws -> SchemaModel.SimpleType {
        var base: SchemaModel.QualifiedName?
        var enumerations: [(value: String, documentation: SchemaModel.Documentation)] = []
        var patterns: [String] = []
        for child in element.children where child.namespaceURI == SchemaReader.xsd {
            switch child.localName {
            case "restriction":
                base = child.attribute("base").map { name(child, $0) }
                for facet in child.children {
                    switch facet.localName {
                    case "enumeration": enumerations.append((facet.attribute("value") ?? "", documentation(facet)))
                    case "pattern": patterns.append(facet.attribute("value") ?? "")
                    default: continue
                    }
                }
            case "list", "union":
                base = SchemaModel.QualifiedName(namespace: SchemaReader.xsd, local: child.localName == "list" ? "token" : "string")
            case "annotation": continue
            default: throw Unsupported(description: "xs:\(child.localName) in a simple type is not supported")
            }
        }
        return SchemaModel.SimpleType(
            name: element.attribute("name").map { SchemaModel.QualifiedName(namespace: target, local: $0) },
            base: base, enumerations: enumerations, patterns: patterns, documentation: documentation(element)
        )
    }

    private func identityConstraint(_ element: XMLElementView) throws -> IdentityConstraint {
        guard let kind = IdentityConstraint.Kind(rawValue: element.localName), let constraintName = element.attribute("name") else {
            throw Unsupported(description: "an identity constraint without a name")
        }
        func steps(_ path: Substring, at node: XMLElementView) throws -> [SchemaModel.QualifiedName] {
            try path.split(separator: "/").compactMap { step -> SchemaModel.QualifiedName? in
                let step = String(step).xmlTrimmed
                if step == "." { return nil }
                guard !step.isEmpty, !step.contains(where: { $0 == "*" || $0 == "@" }), !step.hasPrefix(".") else {
                    throw Unsupported(description: "the XPath step '\(step)' in \(constraintName) is not supported")
                }
                return name(node, String(step))
            }
        }
        guard let selector = element.children.first(where: { $0.localName == "selector" }), let selectorPath = selector.attribute("xpath") else {
            throw Unsupported(description: "\(constraintName) has no selector")
        }
        let alternatives = try selectorPath.split(separator: "|").map { try steps($0, at: selector) }
        let fields = try element.children.filter { $0.localName == "field" }.map { field -> IdentityConstraint.Field in
            guard let path = field.attribute("xpath"), let at = path.lastIndex(of: "@") else {
                throw Unsupported(description: "a field of \(constraintName) that is not an attribute")
            }
            return IdentityConstraint.Field(steps: try steps(path[..<at], at: field), attribute: String(path[path.index(after: at)...]))
        }
        return IdentityConstraint(kind: kind, name: constraintName, selector: alternatives, fields: fields,
                                  refer: element.attribute("refer").map { name(element, $0).local })
    }
}
