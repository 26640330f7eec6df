import CLibXML2
import Foundation

/// govreg's own check of the schemas' keys, unique values and references (`xs:key`, `xs:unique`,
/// `xs:keyref`), in one pass over the document. libxml2 checks the rest of the schema, compiled
/// without them: its identity-constraint engine costs half of the whole schema check. The
/// published schemas keep them, so any XSD tool still checks the same; a test holds both to the
/// same verdict on every sample and on mutants of them.
struct IdentityCheck: Sendable {
    /// A name to compare with libxml2's, as the C string it holds.
    private struct Name: Sendable {
        let local: [CChar]
        let namespace: [CChar]

        init(_ name: SchemaModel.QualifiedName) {
            local = Array(name.local.utf8CString)
            namespace = Array(name.namespace.utf8CString)
        }

        func matches(_ node: xmlNodePtr) -> Bool {
            guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name else { return false }
            let sameName = local.withUnsafeBufferPointer { strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self), $0.baseAddress!) == 0 }
            guard sameName else { return false }
            let href = node.pointee.ns?.pointee.href.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
            return namespace.withUnsafeBufferPointer { wanted in
                href.map { strcmp($0, wanted.baseAddress!) == 0 } ?? (wanted.first == 0)
            }
        }
    }

    private struct Field: Sendable {
        let steps: [Name]
        let attribute: [CChar]
    }

    private struct Constraint: Sendable {
        let kind: IdentityConstraint.Kind
        let name: String
        let selector: [[Name]]
        let fields: [Field]
        let refer: String?
    }

    /// The constraints to check within each element at a path from the root (the root left out).
    private let scopes: [(path: [Name], constraints: [Constraint])]

    init(model: SchemaModel, root: SchemaModel.QualifiedName) {
        scopes = model.placements(fromRoot: root).compactMap { placement in
            guard !placement.element.identityConstraints.isEmpty else { return nil }
            let constraints = placement.element.identityConstraints.map { constraint in
                Constraint(kind: constraint.kind, name: constraint.name, selector: constraint.selector.map { $0.map(Name.init) },
                           fields: constraint.fields.map { Field(steps: $0.steps.map(Name.init), attribute: Array($0.attribute.utf8CString)) },
                           refer: constraint.refer)
            }
            return (placement.path.dropFirst().map(Name.init), constraints)
        }
    }

    /// Every element that breaks a constraint, in document order, worded as libxml2 words it (so the
    /// messages people see are made the same way for both).
    func issues(in root: XMLElementView) -> [XMLIssue] {
        var issues: [XMLIssue] = []
        for scope in scopes {
            for element in IdentityCheck.elements(at: scope.path, from: [root.node]) {
                issues += check(scope.constraints, within: element, document: root.document)
            }
        }
        return issues.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    private func check(_ constraints: [Constraint], within scope: xmlNodePtr, document: ParsedDocument) -> [XMLIssue] {
        var issues: [XMLIssue] = []
        func issue(_ node: xmlNodePtr, _ message: String) {
            let view = XMLElementView(node: node, document: document)
            var found = XMLIssue(line: view.line, column: 0, message: "Element '\(view.qualifiedName)': " + message, elementName: view.localName)
            found.sameLineOrdinal = view.sameLineOrdinal
            issues.append(found)
        }
        var tables: [String: Set<String>] = [:]
        // Keys first, so references can be checked against them whatever the order in the schema.
        for constraint in constraints where constraint.kind != .keyref {
            var seen: Set<String> = []
            for node in IdentityCheck.selected(constraint, from: scope) {
                guard let values = IdentityCheck.values(constraint, of: node) else {
                    if constraint.kind == .key { issue(node, "The XPath of a field of the key identity-constraint '\(constraint.name)' evaluates to no value.") }
                    continue
                }
                if !seen.insert(values.joined(separator: "\u{0}")).inserted {
                    issue(node, "Duplicate key-sequence \(IdentityCheck.sequence(values)) in \(constraint.kind.rawValue) identity-constraint '\(constraint.name)'.")
                }
            }
            if constraint.kind == .key { tables[constraint.name] = seen }
        }
        for constraint in constraints where constraint.kind == .keyref {
            let table = constraint.refer.flatMap { tables[$0] } ?? []
            for node in IdentityCheck.selected(constraint, from: scope) {
                guard let values = IdentityCheck.values(constraint, of: node), !table.contains(values.joined(separator: "\u{0}")) else { continue }
                issue(node, "No match found for key-sequence \(IdentityCheck.sequence(values)) of keyref '\(constraint.name)'.")
            }
        }
        return issues
    }

    /// "['a']", "['a', 'b']", as libxml2 writes a key's values.
    private static func sequence(_ values: [String]) -> String {
        "[" + values.map { "'\($0)'" }.joined(separator: ", ") + "]"
    }

    /// The elements reached from `starts` by following child steps.
    private static func elements(at path: [Name], from starts: [xmlNodePtr]) -> [xmlNodePtr] {
        var current = starts
        for step in path {
            var next: [xmlNodePtr] = []
            for element in current {
                var child = element.pointee.children
                while let node = child {
                    if step.matches(node) { next.append(node) }
                    child = node.pointee.next
                }
            }
            current = next
        }
        return current
    }

    private static func selected(_ constraint: Constraint, from scope: xmlNodePtr) -> [xmlNodePtr] {
        constraint.selector.count == 1 ? elements(at: constraint.selector[0], from: [scope]) : constraint.selector.flatMap { elements(at: $0, from: [scope]) }
    }

    /// The values of the fields, white space collapsed as the schema's token types do; nil when a
    /// field has no value (or more than one element to take it from).
    private static func values(_ constraint: Constraint, of node: xmlNodePtr) -> [String]? {
        var values: [String] = []
        values.reserveCapacity(constraint.fields.count)
        for field in constraint.fields {
            let holders = field.steps.isEmpty ? [node] : elements(at: field.steps, from: [node])
            guard holders.count == 1, let value = attribute(field.attribute, of: holders[0]) else { return nil }
            values.append(value)
        }
        return values
    }

    /// An attribute without a namespace, its white space collapsed.
    private static func attribute(_ name: [CChar], of node: xmlNodePtr) -> String? {
        var property = node.pointee.properties
        while let current = property {
            let matches = current.pointee.ns == nil && name.withUnsafeBufferPointer {
                strcmp(UnsafeRawPointer(current.pointee.name).assumingMemoryBound(to: CChar.self), $0.baseAddress!) == 0
            }
            if matches {
                let text: String
                if let only = current.pointee.children, only.pointee.next == nil, only.pointee.type == XML_TEXT_NODE, let content = only.pointee.content {
                    text = String(cString: content)
                } else {
                    text = LibXML.takeString(xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1)) ?? ""
                }
                return collapsed(text)
            }
            property = current.pointee.next
        }
        return nil
    }

    private static func collapsed(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }
}
