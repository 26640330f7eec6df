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

    /// What is known within one element constraints are checked in: the values of its keys so
    /// far, and its references that matched no key yet.
    private struct Instance {
        var values: [String: Set<String>] = [:]
        var unmatched: [(constraint: Int, value: String, issue: XMLIssue)] = []
    }

    /// The constraints to check within each element at a path from the root (the root left out).
    private let scopes: [(path: [Name], constraints: [Constraint])]

    init(model: SchemaModel, root: SchemaModel.QualifiedName) {
        scopes = model.placements(fromRoot: root, where: { !$0.identityConstraints.isEmpty }).map { placement in
            let constraints = placement.element.identityConstraints.map { constraint in
                Constraint(kind: constraint.kind, name: constraint.name, selector: constraint.selector.map { $0.map(Name.init) },
                           fields: constraint.fields.map { Field(steps: $0.steps.map(Name.init), attribute: Array($0.attribute.utf8CString)) },
                           refer: constraint.refer)
            }
            return (placement.path.dropFirst().map(Name.init), constraints)
        }
    }

    /// The check of a document read piece by piece: parts of it are taken (and then freed) as
    /// they are read, the rest at the end. A part must be taken whole, and every element with its
    /// name under a parent with its parent's name must be taken, so that what a selector finds is
    /// either all in taken parts or all in the rest, each in document order.
    final class Tally {
        private let check: IdentityCheck
        private var instances: [ScopeInstance: Instance] = [:]
        private var found: [XMLIssue] = []

        private struct ScopeInstance: Hashable {
            let scope: Int
            let element: UnsafeMutableRawPointer
        }

        init(_ check: IdentityCheck) {
            self.check = check
        }

        /// What a taken element at a path counts towards in a scope above it: the constraints
        /// whose selectors go through it, each with the rest of its selectors below it.
        private struct Contribution {
            let scope: Int
            /// The depth of the scope's element (0: the root).
            let depth: Int
            let constraints: [(constraint: Constraint, index: Int, below: [[Name]])]
        }

        /// The contributions of an element, by the names on its path (libxml2 keeps one copy of
        /// each name per document, so the names' addresses tell paths apart).
        private var contributions: [[UnsafeRawPointer]: [Contribution]] = [:]

        /// Takes an element about to be freed: the constraints checked within it or below it
        /// are checked whole, and its values count towards those checked within its ancestors.
        func take(_ node: xmlNodePtr, document: ParsedDocument) {
            var chain: [xmlNodePtr] = [node]
            while let parent = chain.last!.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE {
                chain.append(parent)
            }
            chain.reverse()
            // chain[0] is the root; chain[d] is at depth d; the node is at depth `depth`.
            let depth = chain.count - 1
            let names = chain.map { UnsafeRawPointer($0.pointee.name!) }
            let planned: [Contribution]
            if let known = contributions[names] {
                planned = known
            } else {
                planned = plan(for: chain)
                contributions[names] = planned
            }
            for contribution in planned {
                let key = ScopeInstance(scope: contribution.scope, element: UnsafeMutableRawPointer(chain[contribution.depth]))
                // Changed in place: a table taken out of the dictionary would be copied.
                for (constraint, index, below) in contribution.constraints {
                    // Most often the selector ends at the taken element itself.
                    let selection = below.count == 1 && below[0].isEmpty ? [node] : below.flatMap { IdentityCheck.elements(at: $0, from: [node]) }
                    for selected in selection {
                        let values = IdentityCheck.values(constraint, of: selected)
                        switch constraint.kind {
                        case .key, .unique:
                            guard let values else {
                                if constraint.kind == .key { found.append(IdentityCheck.issue(selected, document, "The XPath of a field of the key identity-constraint '\(constraint.name)' evaluates to no value.")) }
                                continue
                            }
                            if !instances[key, default: Instance()].values[constraint.name, default: []].insert(IdentityCheck.joined(values)).inserted {
                                found.append(IdentityCheck.issue(selected, document, "Duplicate key-sequence \(IdentityCheck.sequence(values)) in \(constraint.kind.rawValue) identity-constraint '\(constraint.name)'."))
                            }
                        case .keyref:
                            guard let values else { continue }
                            let value = IdentityCheck.joined(values)
                            if let refer = constraint.refer, instances[key]?.values[refer]?.contains(value) == true { continue }
                            instances[key, default: Instance()].unmatched.append((index, value, IdentityCheck.issue(selected, document, "No match found for key-sequence \(IdentityCheck.sequence(values)) of keyref '\(constraint.name)'.")))
                        }
                    }
                }
            }
            // The scopes within the element (or it itself) are checked whole, now.
            for scope in check.scopes where scope.path.count >= depth && IdentityCheck.matches(scope.path.prefix(depth), chain.dropFirst()) {
                for element in IdentityCheck.elements(at: Array(scope.path.dropFirst(depth)), from: [node]) {
                    var instance = Instance()
                    found += check.check(scope.constraints, within: element, document: document, instance: &instance)
                    found += instance.unmatched.map(\.issue)
                }
            }
        }

        private func plan(for chain: [xmlNodePtr]) -> [Contribution] {
            let depth = chain.count - 1
            return check.scopes.enumerated().compactMap { index, scope in
                guard scope.path.count < depth, IdentityCheck.matches(scope.path[...], chain[1...].prefix(scope.path.count)) else { return nil }
                // The selector's steps down to the taken element must be the way to it.
                let way = chain[(scope.path.count + 1)...]
                let constraints = scope.constraints.enumerated().compactMap { constraintIndex, constraint -> (Constraint, Int, [[Name]])? in
                    let below = constraint.selector.compactMap { selector -> [Name]? in
                        guard selector.count >= way.count, IdentityCheck.matches(selector.prefix(way.count), way) else { return nil }
                        return Array(selector.dropFirst(way.count))
                    }
                    return below.isEmpty ? nil : (constraint, constraintIndex, below)
                }
                return constraints.isEmpty ? nil : Contribution(scope: index, depth: scope.path.count, constraints: constraints)
            }
        }

        /// Checks what is left of the tree, together with what was taken, and gives every issue
        /// found in document order.
        func finish(root: xmlNodePtr, document: ParsedDocument) -> [XMLIssue] {
            for (index, scope) in check.scopes.enumerated() {
                for element in IdentityCheck.elements(at: scope.path, from: [root]) {
                    let key = ScopeInstance(scope: index, element: UnsafeMutableRawPointer(element))
                    var instance = instances.removeValue(forKey: key) ?? Instance()
                    found += check.check(scope.constraints, within: element, document: document, instance: &instance)
                    found += instance.unmatched.map(\.issue)
                }
            }
            // References within elements no longer in the tree (nothing is, in a valid tally).
            found += instances.values.flatMap { $0.unmatched.map(\.issue) }
            instances = [:]
            return found.sorted { ($0.line, $0.column, $0.sameLineOrdinal) < ($1.line, $1.column, $1.sameLineOrdinal) }
        }
    }

    /// Whether each element has the name of the step at its place.
    private static func matches(_ steps: ArraySlice<Name>, _ elements: ArraySlice<xmlNodePtr>) -> Bool {
        guard steps.count == elements.count else { return false }
        return zip(steps, elements).allSatisfy { $0.matches($1) }
    }

    /// Checks the constraints within `scope` on the elements `select` gives for each selector
    /// (all it selects in the tree, unless told), adding to what `instance` already holds. Key
    /// problems are returned; references that match no key stay in `instance.unmatched`, as a key
    /// may still come.
    private func check(_ constraints: [Constraint], within scope: xmlNodePtr, document: ParsedDocument, instance: inout Instance,
                       select: (([Name]) -> [xmlNodePtr])? = nil) -> [XMLIssue] {
        var issues: [XMLIssue] = []
        let select = select ?? { IdentityCheck.elements(at: $0, from: [scope]) }
        // Keys first, so references can be checked against them whatever the order in the schema.
        for constraint in constraints where constraint.kind != .keyref {
            var seen = instance.values.removeValue(forKey: constraint.name) ?? []
            for node in constraint.selector.flatMap(select) {
                guard let values = IdentityCheck.values(constraint, of: node) else {
                    if constraint.kind == .key { issues.append(IdentityCheck.issue(node, document, "The XPath of a field of the key identity-constraint '\(constraint.name)' evaluates to no value.")) }
                    continue
                }
                if !seen.insert(IdentityCheck.joined(values)).inserted {
                    issues.append(IdentityCheck.issue(node, document, "Duplicate key-sequence \(IdentityCheck.sequence(values)) in \(constraint.kind.rawValue) identity-constraint '\(constraint.name)'."))
                }
            }
            instance.values[constraint.name] = seen
        }
        // References that had no key before may have one now.
        instance.unmatched.removeAll { pending in
            constraints.indices.contains(pending.constraint)
                && constraints[pending.constraint].refer.flatMap { instance.values[$0]?.contains(pending.value) } == true
        }
        for (index, constraint) in constraints.enumerated() where constraint.kind == .keyref {
            let table = constraint.refer.flatMap { instance.values[$0] } ?? []
            for node in constraint.selector.flatMap(select) {
                guard let values = IdentityCheck.values(constraint, of: node) else { continue }
                let value = IdentityCheck.joined(values)
                guard !table.contains(value) else { continue }
                instance.unmatched.append((index, value, IdentityCheck.issue(node, document, "No match found for key-sequence \(IdentityCheck.sequence(values)) of keyref '\(constraint.name)'.")))
            }
        }
        return issues
    }

    private static func issue(_ node: xmlNodePtr, _ document: ParsedDocument, _ message: String) -> XMLIssue {
        let view = XMLElementView(node: node, document: document)
        var found = XMLIssue(line: view.line, column: 0, message: "Element '\(view.qualifiedName)': " + message, elementName: view.localName)
        found.sameLineOrdinal = view.sameLineOrdinal
        return found
    }

    /// A key's values as one text to compare: a single value as it is.
    private static func joined(_ values: [String]) -> String {
        values.count == 1 ? values[0] : values.joined(separator: "\u{0}")
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
