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
}

extension SchemaEditor {
    /// The form for the part at `path` (the whole register for an empty path).
    public mutating func form(at path: ElementPath, language: Language) throws(GovregError) -> PartForm {
        let target = try locate(path)
        let documentation = { (documentation: SchemaModel.Documentation, fallback: String) -> (label: String, help: String) in
            let text = documentation[language.rawValue] ?? documentation["en"] ?? ""
            // The label is the documentation's opening words, up to the first pause.
            let end = text.firstIndex { ".:,;(".contains($0) } ?? text.endIndex
            var label = text[..<end].trimmingCharacters(in: .whitespaces)
            if label.count > 70 { label = String(label.prefix(60).split(separator: " ").dropLast().joined(separator: " ")) + " …" }
            return (label.isEmpty ? fallback : label, text.hasPrefix(label + ".") && text.count == label.count + 1 ? "" : text)
        }
        var fields: [PartForm.Field] = []
        for attribute in model.attributes(of: target.declaration) {
            let name = attribute.name.namespace == XMLElementView.xmlNamespace ? "xml:" + attribute.name.local : attribute.name.local
            let words = documentation(model.documentation(of: attribute), name)
            let value = name.hasPrefix("xml:") ? target.element.xmlAttribute(attribute.name.local) : target.element.attributeNamed(name)
            let kind = model.referredKey(byAttribute: name, ofElementAt: target.names, root: rootName).map { key in
                PartForm.Kind.reference(options(of: key, from: target))
            } ?? kind(of: model.type(of: attribute), language: language)
            fields.append(PartForm.Field(name: "@" + name, label: words.label, help: words.help, kind: kind, value: value, required: attribute.required))
        }
        if let type = model.textType(of: target.declaration) {
            let words = documentation(target.declaration.documentation, target.element.localName)
            fields.append(PartForm.Field(name: "", label: words.label, help: words.help, kind: kind(of: type, language: language),
                                         value: target.element.hasText ? target.element.text : nil, required: type.name?.local == "Text"))
        }
        var parts: [PartForm.Part] = []
        var addable: [PartForm.Option] = []
        for child in model.children(of: target.declaration) {
            let name = child.name.local
            let occurrence = model.occurrence(of: name, in: target.declaration) ?? .once
            let present = target.element.children.filter { $0.localName == name }
            let words = documentation(child.documentation, name)
            let oneValue = model.textType(of: child) != nil && model.attributes(of: child).isEmpty && occurrence.maximum == 1
            if oneValue {
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
            if occurrence.maximum.map({ present.count < $0 }) ?? true {
                addable.append(PartForm.Option(value: name, label: words.label))
            }
        }
        let words = documentation(target.declaration.documentation, target.element.localName)
        let removable: Bool = {
            guard let parent = target.element.parent, let parentDeclaration = model.declaration(at: [rootName.local] + target.names.dropLast(), root: rootName) else { return false }
            let minimum = model.occurrence(of: target.element.localName, in: parentDeclaration)?.minimum ?? 1
            return parent.children.filter { $0.localName == target.element.localName }.count > minimum
        }()
        return PartForm(path: path, title: words.label, help: words.help, fields: fields, parts: parts, addable: addable, removable: removable)
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
