import Foundation
import GovernanceXML

/// What a form for one part of the register shows, read from the schemas: a field for each of its
/// values (its attributes and the children that hold one value), labelled with the schemas'
/// documentation in the register's language, with the choices of an enumeration or the ids a
/// reference may name; and the parts inside it, to open or to add.
public struct PartForm: Sendable {
    public enum Kind: Sendable, Equatable {
        case text
        case longText
        case date
        /// A duration, shown as a number and a unit.
        case duration
        case boolean
        /// One of the schema's values, with its label.
        case choice([Option])
        /// An id of another part of the register (a party, a system).
        case reference([Option])
    }

    public struct Option: Sendable, Equatable {
        public let value: String
        public let label: String
    }

    public struct Field: Sendable {
        /// The path from the part: "@kind", "name", or "" for the part's own text.
        public let name: String
        public let label: String
        public let help: String
        public let kind: Kind
        public let value: String?
        public let required: Bool
        /// For a new part: the part inside it this field belongs to ("Looptijd", "Escalatieniveau ›
        /// Contactpersoon"), nil for the new part itself.
        public let group: String?

        public init(name: String, label: String, help: String, kind: Kind, value: String?, required: Bool, group: String? = nil) {
            self.name = name
            self.label = label
            self.help = help
            self.kind = kind
            self.value = value
            self.required = required
            self.group = group
        }

        /// The same field showing another value.
        public func with(value: String?) -> Field {
            Field(name: name, label: label, help: help, kind: kind, value: value, required: required, group: group)
        }
    }

    public struct Part: Sendable {
        public let label: String
        public let path: ElementPath
    }

    public let path: ElementPath
    public let title: String
    public let help: String
    public let fields: [Field]
    /// The parts inside it that have forms of their own.
    public let parts: [Part]
    /// The kinds of part that can be added inside it, by element name, with a label.
    public let addable: [Option]
    /// Whether the schemas allow it to be removed (another one, or an optional one).
    public let removable: Bool
}

extension PartForm {
    /// The form for the part at `path` of the register `bytes` (already checked).
    public static func read(_ bytes: [UInt8], at path: ElementPath, language: Language) throws(GovregError) -> PartForm {
        guard case .success(let document) = ParsedDocument.parse(bytes), let root = document.root else { throw .notAGovregDocument(path: "") }
        var editor = try SchemaEditor(root: root)
        return try editor.form(at: path, language: language)
    }

    /// The form for a new `part` inside the part at `parent` of the register `bytes`.
    public static func new(_ part: String, in parent: ElementPath, of bytes: [UInt8], language: Language) throws(GovregError) -> PartForm {
        guard case .success(let document) = ParsedDocument.parse(bytes), let root = document.root else { throw .notAGovregDocument(path: "") }
        var editor = try SchemaEditor(root: root)
        return try editor.newPartForm(part, in: parent, language: language)
    }
}

extension SchemaEditor {
    /// The form for the part at `path` (the whole register for an empty path).
    public mutating func form(at path: ElementPath, language: Language) throws(GovregError) -> PartForm {
        let target = try locate(path)
        var fields: [PartForm.Field] = []
        for attribute in model.attributes(of: target.declaration) {
            let name = attribute.name.namespace == XMLElementView.xmlNamespace ? "xml:" + attribute.name.local : attribute.name.local
            let value = name.hasPrefix("xml:") ? target.element.xmlAttribute(attribute.name.local) : target.element.attributeNamed(name)
            fields.append(field(for: attribute, names: target.names, scope: target, value: value, prefix: "", language: language))
        }
        if let type = model.textType(of: target.declaration) {
            let words = words(target.declaration.documentation, target.element.localName, language)
            fields.append(PartForm.Field(name: "", label: words.label, help: words.help, kind: kind(of: type, language: language),
                                         value: target.element.hasText ? target.element.text : nil, required: type.name?.local == "Text"))
        }
        var parts: [PartForm.Part] = []
        var addable: [PartForm.Option] = []
        for child in model.children(of: target.declaration) {
            let name = child.name.local
            let occurrence = model.occurrence(of: name, in: target.declaration) ?? .once
            let present = target.element.children.filter { $0.localName == name }
            let words = words(child.documentation, name, language)
            if holdsOneValue(child, occurrence) {
                fields.append(PartForm.Field(name: name, label: words.label, help: words.help, kind: kind(of: model.textType(of: child), language: language),
                                             value: present.first.map(\.text), required: occurrence.minimum > 0))
                continue
            }
            for element in present {
                let label = element.children.first { $0.localName == "name" || $0.localName == "title" }?.text
                    ?? element.attributeNamed("id") ?? element.attributeNamed("date") ?? element.attributeNamed("name") ?? element.attributeNamed("party")
                    ?? (element.hasText ? element.text : nil)
                parts.append(PartForm.Part(label: words.label + (label.map { ": " + $0 } ?? ""), path: self.path(of: element)))
            }
            guard occurrence.maximum.map({ present.count < $0 }) ?? true else { continue }
            // A list not there yet (the agreements) offers its first entry (an agreement) instead.
            let entries = model.children(of: child)
            if present.isEmpty, entries.count == 1, !model.attributes(of: child).contains(where: \.required), model.textType(of: child) == nil {
                addable.append(PartForm.Option(value: name + "/" + entries[0].name.local, label: self.words(entries[0].documentation, entries[0].name.local, language).label))
            } else {
                addable.append(PartForm.Option(value: name, label: words.label))
            }
        }
        let words = words(target.declaration.documentation, target.element.localName, language)
        let removable: Bool = {
            guard let parent = target.element.parent, let parentDeclaration = model.declaration(at: [rootName.local] + target.names.dropLast(), root: rootName) else { return false }
            let minimum = model.occurrence(of: target.element.localName, in: parentDeclaration)?.minimum ?? 1
            return parent.children.filter { $0.localName == target.element.localName }.count > minimum
        }()
        return PartForm(path: path, title: words.label, help: words.help, fields: fields, parts: parts, addable: addable, removable: removable)
    }

    /// The form for a new `name` inside the part at `parent`, for someone who fills it in once:
    /// a field for each of its values, and for the parts it must hold (one of each, a term inside
    /// an agreement, a level inside its escalation) the fields of those, by path from the new part
    /// (`term/start`). Below the new part, small optional parts (a phone number, a renewal) come
    /// along; larger optional parts are added later from the new part's own form. The key the new
    /// part is added under (its id) is not a field.
    public mutating func newPartForm(_ name: String, in parent: ElementPath, language: Language) throws(GovregError) -> PartForm {
        let scope = try locate(parent, from: top, creation: .unkeyed)
        guard let declaration = model.children(of: scope.declaration).first(where: { $0.name.local == name }) else {
            throw .edit(.noSuchElement(parent.appending(ElementPath.Step(name)).description, known: model.children(of: scope.declaration).map(\.name.local)))
        }
        let key = model.key(ofElementAt: scope.names + [name], root: rootName)?.attribute
        let fields = newFields(declaration, names: scope.names + [name], prefix: "", group: nil, needed: true, skipping: key, scope: scope, language: language)
        let words = words(declaration.documentation, name, language)
        return PartForm(path: parent.appending(ElementPath.Step(name)), title: words.label, help: words.help, fields: fields, parts: [], addable: [], removable: false)
    }

    private func newFields(_ declaration: SchemaModel.ElementDeclaration, names: [String], prefix: String, group: String?, needed: Bool, skipping key: String?,
                           scope: Located, language: Language) -> [PartForm.Field] {
        var fields: [PartForm.Field] = []
        for attribute in model.attributes(of: declaration) where attribute.name.namespace != XMLElementView.xmlNamespace && attribute.name.local != key {
            let plain = field(for: attribute, names: names, scope: scope, value: nil, prefix: prefix, language: language)
            fields.append(PartForm.Field(name: plain.name, label: plain.label, help: plain.help, kind: plain.kind, value: nil, required: needed && plain.required, group: group))
        }
        if let type = model.textType(of: declaration) {
            let words = words(declaration.documentation, declaration.name.local, language)
            fields.append(PartForm.Field(name: String(prefix.dropLast()), label: words.label, help: words.help, kind: kind(of: type, language: language),
                                         value: nil, required: needed && type.name?.local == "Text", group: group))
        }
        for child in model.children(of: declaration) {
            let occurrence = model.occurrence(of: child.name.local, in: declaration) ?? .once
            let words = words(child.documentation, child.name.local, language)
            // A value (the first of a list of them, an e-mail address say) is a field here.
            if model.textType(of: child) != nil && model.attributes(of: child).isEmpty {
                fields.append(PartForm.Field(name: prefix + child.name.local, label: words.label, help: words.help, kind: kind(of: model.textType(of: child), language: language),
                                             value: nil, required: needed && occurrence.minimum > 0, group: group))
                continue
            }
            let inner = model.children(of: child)
            let small = inner.allSatisfy { model.textType(of: $0) != nil && model.attributes(of: $0).isEmpty }
            guard occurrence.minimum > 0 || small, !(inner.isEmpty && model.attributes(of: child).isEmpty && model.textType(of: child) == nil) else { continue }
            let label = group.map { $0 + " › " + words.label } ?? words.label
            fields += newFields(child, names: names + [child.name.local], prefix: prefix + child.name.local + "/", group: label, needed: needed && occurrence.minimum > 0, skipping: nil, scope: scope, language: language)
        }
        return fields
    }

    /// Whether a child is a single value of its parent (a name, a date), shown as a field of it.
    private func holdsOneValue(_ child: SchemaModel.ElementDeclaration, _ occurrence: SchemaModel.Occurrence) -> Bool {
        model.textType(of: child) != nil && model.attributes(of: child).isEmpty && occurrence.maximum == 1
    }

    /// The field for an attribute: a pick list of the ids it may name when it refers to a key, the
    /// choices of its type otherwise.
    private func field(for attribute: SchemaModel.AttributeDeclaration, names: [String], scope: Located, value: String?, prefix: String, language: Language) -> PartForm.Field {
        let name = attribute.name.namespace == XMLElementView.xmlNamespace ? "xml:" + attribute.name.local : attribute.name.local
        let words = words(model.documentation(of: attribute), name, language)
        let kind = model.referredKey(byAttribute: name, ofElementAt: names, root: rootName).map { key in
            PartForm.Kind.reference(options(of: key, from: scope))
        } ?? kind(of: model.type(of: attribute), language: language)
        return PartForm.Field(name: prefix + "@" + name, label: words.label, help: words.help, kind: kind, value: value, required: attribute.required)
    }

    /// A label (the documentation's opening words, up to the first pause) and the help under it.
    private func words(_ documentation: SchemaModel.Documentation, _ fallback: String, _ language: Language) -> (label: String, help: String) {
        let text = documentation[language.rawValue] ?? documentation["en"] ?? ""
        let end = text.firstIndex { ".:,;(".contains($0) } ?? text.endIndex
        var label = text[..<end].trimmingCharacters(in: .whitespaces)
        if label.count > 70 { label = String(label.prefix(60).split(separator: " ").dropLast().joined(separator: " ")) + " …" }
        return (label.isEmpty ? fallback : label, text.hasPrefix(label + ".") && text.count == label.count + 1 ? "" : text)
    }

    private func kind(of type: SchemaModel.SimpleType?, language: Language) -> PartForm.Kind {
        guard let type else { return .text }
        if !type.enumerations.isEmpty {
            return .choice(type.enumerations.map { enumeration in
                let label = enumeration.documentation[language.rawValue].map { $0 == enumeration.value ? $0 : "\($0) (\(enumeration.value))" }
                return PartForm.Option(value: enumeration.value, label: label ?? enumeration.value)
            })
        }
        switch type.name?.local {
        case "Date": return .date
        case "Duration": return .duration
        case "boolean": return .boolean
        case "Text": return .longText
        default: return .text
        }
    }

    /// The ids a reference may name, with the name of each.
    private func options(of key: (scopeDepth: Int, steps: [String], attribute: String), from target: Located) -> [PartForm.Option] {
        var ancestors: [XMLElementView] = [target.element]
        while let parent = ancestors[0].parent { ancestors.insert(parent, at: 0) }
        guard key.scopeDepth < ancestors.count else { return [] }
        let keyed = key.steps.reduce([ancestors[key.scopeDepth]]) { elements, step in elements.flatMap { $0.children.filter { $0.localName == step } } }
        return keyed.compactMap { element in
            element.attributeNamed(key.attribute).map { id in
                PartForm.Option(value: id, label: element.children.first { $0.localName == "name" }.map { "\($0.text) (\(id))" } ?? id)
            }
        }
    }
}
