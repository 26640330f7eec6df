import Foundation
import GovernanceXML

/// Edits of any part of a register by path, following the schemas built into govreg: where an
/// element goes, how often it may occur, which attribute is its key, what refers to it and what
/// type a value has all come from them. Each edit changes the DOM in place, so comments and layout
/// elsewhere stay as written; `RegisterFile` checks the result before anything is saved.
public struct SchemaEditor {
    let root: XMLElementView
    let model: SchemaModel
    let rootName: SchemaModel.QualifiedName
    /// The register as it stands now, with the edits so far.
    public var register: Register { ModelReader().register(root) }

    /// The register's language, for messages about the edit.
    public var language: Language { Language(xmlLang: root.xmlLang) }

    /// What the edits did, in words, in order.
    public private(set) var changes: [LocalizedText] = []
    /// True when an edit moved or renamed something, or put an element among namesakes that are
    /// told apart only by their place: then these words say what happened better than a
    /// comparison of before and after.
    public private(set) var reordered = false

    init(root: XMLElementView) throws(GovregError) {
        switch GovregSchemas.model {
        case .success(let model): self.model = model
        case .failure(let error): throw .schemaUnavailable(error.description)
        }
        self.root = root
        rootName = SchemaModel.QualifiedName(namespace: GovregSchemas.namespace, local: root.localName)
    }

    /// An element of the register with its declaration and the names from the root down to it.
    struct Located {
        let element: XMLElementView
        let declaration: SchemaModel.ElementDeclaration
        let names: [String]
    }

    /// How far finding a path may create what is not there yet.
    enum Creation {
        case none
        /// Elements without a key, and the next one by number (`level[3]` where there are two).
        case unkeyed
        /// Also elements by key (`priority[P1]` inside an agreement being added).
        case all
    }

    // MARK: - The operations

    /// Sets the value of an attribute or of an element's text, converting it from how people write
    /// it to the schema's form. Missing elements on the way without a key are created; setting a
    /// key attribute renames the element with every reference to it.
    public mutating func set(_ path: ElementPath, to value: String) throws(GovregError) {
        try set(path, to: value, from: top, creation: .unkeyed)
    }

    /// Sets a value, creating on the way the elements the path names by key (a party's cell in
    /// an activity: `assignment[ict]/@role`).
    public mutating func setCreating(_ path: ElementPath, to value: String) throws(GovregError) {
        guard let last = path.steps.last else { return try set(path, to: value) }
        // Only the last part is made; a mistyped matrix or activity on the way is an error.
        let parent = try locate(path.element.parent, from: top, creation: .unkeyed)
        try set(ElementPath(steps: [last], attribute: path.attribute), to: value, from: parent, creation: .all)
    }

    /// Adds the element `path` names (its key or number in the last step's brackets), with
    /// `fields` set inside it, each a path from the new element.
    @discardableResult
    public mutating func add(_ path: ElementPath, fields: [(ElementPath, String)] = []) throws(GovregError) -> ElementPath {
        guard let step = path.steps.last, path.attribute == nil else { throw .edit(.unreadablePath(path.description)) }
        let parent = try locate(path.parent, from: top, creation: .unkeyed)
        let added = try insert(step, into: parent, exact: true)
        let first = changes.count
        for (field, value) in fields {
            try set(field, to: value, from: added, creation: .all)
        }
        let missing = missingParts(of: added, at: ElementPath(steps: []))
        if !missing.isEmpty { throw .edit(.incomplete(describe(added), missing: missing.map { $0.description.isEmpty ? step.name : $0.description })) }
        changes.insert(LocalizedText(en: "added \(describe(added))", nl: "toegevoegd: \(describe(added))"), at: first)
        return self.path(of: added.element)
    }

    /// Removes an element (with what it holds) or an attribute. Refused when something refers to
    /// the element, naming each reference; an optional container left empty goes with it.
    public mutating func remove(_ path: ElementPath) throws(GovregError) {
        var target = try locate(path.element, from: top, creation: .none)
        if let attribute = path.attribute {
            let declaration = try attributeDeclaration(attribute, of: target)
            guard declaration.required == false else { throw .edit(.required(describe(target, attribute: attribute))) }
            let before = value(of: attribute, in: target.element)
            guard before != nil else { throw .edit(.noSuchElement(describe(target, attribute: attribute), known: [])) }
            if attribute.contains(":") { target.element.setXMLAttribute(String(attribute.split(separator: ":").last!), nil) } else { target.element.removeAttribute(attribute) }
            changes.append(LocalizedText(en: "removed \(describe(target, attribute: attribute)) (was '\(before ?? "")')",
                                         nl: "weggehaald: \(describe(target, attribute: attribute)) (was '\(before ?? "")')"))
            return
        }
        let references = referencesFromOutside(target)
        guard references.isEmpty else { throw .edit(.referenced(describe(target), by: references)) }
        let described = describe(target)
        // An optional container left with nothing it requires goes too.
        while let parent = locatedParent(of: target) {
            let same = parent.element.children.filter { $0.localName == target.element.localName }.count
            let minimum = model.occurrence(of: target.element.localName, in: parent.declaration)?.minimum ?? 0
            guard same - 1 < minimum else { break }
            let others = parent.element.children.count - same
            let parentMinimum = locatedParent(of: parent).flatMap { model.occurrence(of: parent.element.localName, in: $0.declaration)?.minimum } ?? 1
            guard others == 0, parentMinimum == 0 else { throw .edit(.lastOne(described, minimum: minimum)) }
            target = parent
        }
        target.element.remove()
        changes.append(LocalizedText(en: "removed \(described)", nl: "weggehaald: \(described)"))
    }

    /// Moves an element to another place among its namesakes (an escalation level to level 1, say).
    public mutating func move(_ path: ElementPath, to position: Int) throws(GovregError) {
        let target = try locate(path.element, from: top, creation: .none)
        guard let parent = target.element.parent else { throw .edit(.noPosition(describe(target), count: 1)) }
        let namesakes = parent.children.filter { $0.localName == target.element.localName }
        guard (1...namesakes.count).contains(position) else { throw .edit(.noPosition(describe(target), count: namesakes.count)) }
        let described = describe(target)
        let others = namesakes.filter { $0 != target.element }
        let anchor: XMLElementView? = position - 1 < others.count
            ? others[position - 1]
            : others.last.flatMap { last in parent.children.drop { $0 != last }.dropFirst().first { $0 != target.element } }
        guard (namesakes.firstIndex(of: target.element) ?? 0) + 1 != position else { return }
        target.element.move(before: anchor)
        reordered = true
        changes.append(LocalizedText(en: "moved \(described) to place \(position)", nl: "verplaatst: \(described) naar plek \(position)"))
    }

    /// Gives an element a new key (id) and changes every reference to it to match.
    public mutating func rename(_ path: ElementPath, to newKey: String) throws(GovregError) {
        let target = try locate(path.element, from: top, creation: .none)
        try rename(target, to: newKey)
    }

    /// Removes every `name` element in the element at `path` (the phone numbers of a contact, to
    /// give new ones); nothing when there are none.
    public mutating func removeAll(_ name: String, in path: ElementPath) throws(GovregError) {
        let parent = try locate(path, from: top, creation: .none)
        _ = try declaration(of: name, in: parent)
        let count = parent.element.children.filter { $0.localName == name }.count
        for _ in 0..<count {
            try remove(path.appending(ElementPath.Step(name, .position(1))))
        }
    }

    /// Whether the register has the element or attribute `path` names.
    public mutating func contains(_ path: ElementPath) -> Bool {
        guard let found = try? locate(path.element, from: top, creation: .none) else { return false }
        return path.attribute.map { value(of: $0, in: found.element) != nil } ?? true
    }

    // MARK: - Finding and creating elements

    var top: Located {
        Located(element: root, declaration: model.elements[rootName]!, names: [])
    }

    /// The element `path` names from `base`, created on the way as `creation` allows.
    mutating func locate(_ path: ElementPath, from base: Located, creation: Creation) throws(GovregError) -> Located {
        var current = base
        for step in path.steps {
            current = try child(step, of: current, creation: creation)
        }
        return current
    }

    mutating func locate(_ path: ElementPath) throws(GovregError) -> Located {
        try locate(path, from: top, creation: .none)
    }

    private func declaration(of name: String, in parent: Located) throws(GovregError) -> SchemaModel.ElementDeclaration {
        let known = model.children(of: parent.declaration)
        guard let declaration = known.first(where: { $0.name.local == name }) else {
            throw .edit(.unknownElement(name, within: parent.names.last ?? root.localName, known: known.map(\.name.local)))
        }
        return declaration
    }

    private mutating func child(_ step: ElementPath.Step, of parent: Located, creation: Creation) throws(GovregError) -> Located {
        let declaration = try declaration(of: step.name, in: parent)
        let names = parent.names + [step.name]
        let candidates = parent.element.children.filter { $0.localName == step.name }
        let located = { (element: XMLElementView) in Located(element: element, declaration: declaration, names: names) }
        switch step.selector {
        case nil:
            if candidates.count == 1 { return located(candidates[0]) }
            if candidates.isEmpty {
                guard creation != .none else { throw .edit(.noSuchElement(describe(parent, step: step), known: [])) }
                return try insert(step, into: parent, exact: false)
            }
            throw .edit(.ambiguous(describe(parent, step: step), count: candidates.count, known: self.names(of: candidates, in: parent, step: step)))
        case .position(let number):
            if number <= candidates.count { return located(candidates[number - 1]) }
            if number == candidates.count + 1, creation != .none { return try insert(step, into: parent, exact: false) }
            throw .edit(.noSuchElement(describe(parent, step: step), known: self.names(of: candidates, in: parent, step: step)))
        case let .attribute(attribute, written):
            // The value as the schema holds it: drill[@date=09-04-2026] is the drill of 2026-04-09.
            let value = (try? converted(written, for: attribute, of: declaration, at: describe(parent, step: step))) ?? written
            let matching = candidates.filter { $0.attributeNamed(attribute)?.xmlTrimmed == value }
            if matching.count == 1 { return located(matching[0]) }
            if matching.count > 1 { throw .edit(.ambiguous(describe(parent, step: step), count: matching.count, known: self.names(of: matching, in: parent, step: step))) }
            // Made only by an add: a change of what is not there is a mistake, not a new part.
            if creation == .all { return try insert(step, into: parent, exact: false) }
            throw .edit(.noSuchElement(describe(parent, step: step), known: self.names(of: candidates, in: parent, step: step)))
        case .key(let key):
            if let found = find(key, among: candidates, names: names) { return located(found) }
            if creation == .all, keyUse(names) != nil { return try insert(step, into: parent, exact: false) }
            throw .edit(.noSuchElement(describe(parent, step: step), known: self.names(of: candidates, in: parent, step: step)))
        }
    }

    /// The element with `key` as its key attribute, or else as the text of its `name`.
    private func find(_ key: String, among candidates: [XMLElementView], names: [String]) -> XMLElementView? {
        let wanted = key.xmlTrimmed
        if let use = keyUse(names) {
            return candidates.first { $0.attributeNamed(use.attribute)?.xmlTrimmed == wanted }
        }
        let named = candidates.filter { $0.children.first { $0.localName == "name" }?.text == wanted }
        if named.count == 1 { return named[0] }
        let folded = candidates.filter { $0.children.first { $0.localName == "name" }?.text.lowercased() == wanted.lowercased() }
        return folded.count == 1 ? folded[0] : nil
    }

    /// Creates the element for `step` in `parent`, where the schemas put it; `exact` refuses a
    /// key that is there already.
    private mutating func insert(_ step: ElementPath.Step, into parent: Located, exact: Bool) throws(GovregError) -> Located {
        let declaration = try declaration(of: step.name, in: parent)
        let names = parent.names + [step.name]
        let namesakes = parent.element.children.filter { $0.localName == step.name }
        let described = describe(parent, step: step)
        if let maximum = model.occurrence(of: step.name, in: parent.declaration)?.maximum, namesakes.count >= maximum {
            throw .edit(.tooMany(described, maximum: maximum))
        }
        var attributes: [(String, String)] = []
        var nameText: String?
        var anchor: XMLElementView?
        let order = model.children(of: parent.declaration).map(\.name.local)
        let place = order.firstIndex(of: step.name) ?? order.count
        anchor = parent.element.children.first { (order.firstIndex(of: $0.localName) ?? -1) > place }
        switch step.selector {
        case .key(let key):
            if let use = keyUse(names) {
                guard find(key, among: namesakes, names: names) == nil else { throw .edit(.exists(described)) }
                let value = try converted(key, for: use.attribute, of: declaration, at: described)
                attributes.append((use.attribute, value))
                // Namesakes kept in the order of keys that have one (holidays by date, priorities
                // P1, P2, ...) stay in that order; ids keep the order people gave them.
                let keys = namesakes.map { $0.attributeNamed(use.attribute)?.xmlTrimmed ?? "" }
                let keyType = model.attributes(of: declaration).first { $0.name.local == use.attribute }.flatMap(model.type(of:))?.name?.local
                let numbered = (keys + [value]).allSatisfy { $0.range(of: #"^[A-Za-z]*[0-9]+$"#, options: .regularExpression) != nil }
                if keyType == "Date" || numbered, keys == keys.sorted(by: ElementPath.keyOrder), let later = namesakes.first(where: {
                    ElementPath.keyOrder(value, $0.attributeNamed(use.attribute)?.xmlTrimmed ?? "")
                }) {
                    anchor = later
                }
            } else if model.children(of: declaration).contains(where: { $0.name.local == "name" }) {
                guard find(key, among: namesakes, names: names) == nil || !exact else { throw .edit(.exists(described)) }
                nameText = key
            } else {
                throw .edit(.noKey(described))
            }
        case let .attribute(attribute, written):
            let value = try converted(written, for: attribute, of: declaration, at: described)
            if exact, namesakes.contains(where: { $0.attributeNamed(attribute)?.xmlTrimmed == value }) { throw .edit(.exists(described)) }
            attributes.append((attribute, value))
        case .position(let number):
            guard number <= namesakes.count + 1 else { throw .edit(.noPosition(described, count: namesakes.count + 1)) }
            if number <= namesakes.count {
                anchor = namesakes[number - 1]
                reordered = true
            }
        case nil:
            break
        }
        // An element in a choice replaces the other alternatives (an end date for an initial term).
        for alternative in model.alternatives(to: step.name, in: parent.declaration) {
            for element in parent.element.children where element.localName == alternative {
                changes.append(LocalizedText(en: "removed \(describe(parent, step: ElementPath.Step(alternative))), which \(step.name) replaces",
                                             nl: "weggehaald: \(describe(parent, step: ElementPath.Step(alternative))), want \(step.name) komt ervoor in de plaats"))
                if anchor == element { anchor = parent.element.children.drop { $0 != element }.dropFirst().first }
                element.remove()
            }
        }
        let element = parent.element.appendElement(step.name, attributes: attributes, ahead: anchor)
        let located = Located(element: element, declaration: declaration, names: names)
        if let nameText {
            let name = try insert(ElementPath.Step("name"), into: located, exact: false)
            name.element.setText(nameText)
        }
        return located
    }

    private mutating func set(_ path: ElementPath, to text: String, from base: Located, creation: Creation) throws(GovregError) {
        let target = try locate(path.element, from: base, creation: creation)
        if let attribute = path.attribute {
            let declaration = try attributeDeclaration(attribute, of: target)
            let described = describe(target, attribute: attribute)
            if let use = keyUse(target.names), use.isKey, use.attribute == attribute, target.element.attributeNamed(attribute) != nil {
                try rename(target, to: text)
                return
            }
            guard let value = try? ValueInput.schemaForm(of: text, type: model.type(of: declaration)) else {
                throw .edit(.badValue(described, value: text, expected: problem(text, model.type(of: declaration))))
            }
            let before = self.value(of: attribute, in: target.element)
            if attribute.contains(":") {
                target.element.setXMLAttribute(String(attribute.split(separator: ":").last!), value)
            } else {
                target.element.setAttribute(attribute, value)
            }
            note(described, before, value)
            return
        }
        // An element with nothing inside (<always/>) is there once created.
        if text.isEmpty, model.textType(of: target.declaration) == nil, model.children(of: target.declaration).isEmpty { return }
        guard let type = model.textType(of: target.declaration) else {
            throw .edit(.notAValue(describe(target), parts: model.children(of: target.declaration).map(\.name.local) + model.attributes(of: target.declaration).map { "@" + $0.name.description }))
        }
        guard let value = try? ValueInput.schemaForm(of: text, type: type) else {
            throw .edit(.badValue(describe(target), value: text, expected: problem(text, type)))
        }
        let before = target.element.hasText ? target.element.text : nil
        if target.names == ["organisation", "name"], let before, before != value {
            keepOrganisationKey(from: before)
        }
        target.element.setText(value)
        note(describe(target), before, value)
    }

    /// Before the organisation's name changes, records the key its calendar events carry as its
    /// id (when it has none and the key fits one), so a newer calendar updates them.
    private mutating func keepOrganisationKey(from name: String) {
        guard root.child(named: "organisation")?.attributeNamed("id") == nil else { return }
        // A key too long for an id is left out: then the events change with the name.
        try? set(ElementPath(steps: [ElementPath.Step("organisation")], attribute: "id"), to: Organisation.key(fromName: name), from: top, creation: .none)
    }

    private mutating func note(_ described: String, _ before: String?, _ after: String) {
        guard before != after else { return }
        changes.append(LocalizedText(en: "\(described): " + (before.map { "'\($0)'" } ?? "—") + " -> '\(after)'",
                                     nl: "\(described): " + (before.map { "'\($0)'" } ?? "—") + " -> '\(after)'"))
    }

    private mutating func rename(_ target: Located, to newKey: String) throws(GovregError) {
        guard let use = keyUse(target.names), let old = target.element.attributeNamed(use.attribute)?.xmlTrimmed else {
            throw .edit(.noKey(describe(target)))
        }
        let declaration = try attributeDeclaration(use.attribute, of: target)
        let described = describe(target)
        guard let value = try? ValueInput.schemaForm(of: newKey, type: model.type(of: declaration)) else {
            throw .edit(.badValue(describe(target, attribute: use.attribute), value: newKey, expected: problem(newKey, model.type(of: declaration))))
        }
        guard value != old else { return }
        let namesakes = target.element.parent?.children.filter { $0.localName == target.element.localName } ?? []
        if namesakes.contains(where: { $0.attributeNamed(use.attribute)?.xmlTrimmed == value }) {
            throw .edit(.exists(described.replacingOccurrences(of: "[\(old)]", with: "[\(value)]")))
        }
        let references = referringElements(to: target, use: use)
        for element in references { element.element.setAttribute(element.attribute, value) }
        target.element.setAttribute(use.attribute, value)
        reordered = true
        changes.append(LocalizedText(en: "renamed \(described) to '\(value)'" + (references.isEmpty ? "" : ", with \(references.count) references"),
                                     nl: "hernoemd: \(described) naar '\(value)'" + (references.isEmpty ? "" : ", met \(references.count) verwijzingen")))
    }

    // MARK: - Keys and references

    private func keyUse(_ names: [String]) -> SchemaModel.KeyUse? {
        model.key(ofElementAt: names, root: rootName)
    }

    /// The attributes that refer to `target` by its key.
    private func referringElements(to target: Located, use: SchemaModel.KeyUse) -> [(element: XMLElementView, attribute: String)] {
        guard let key = target.element.attributeNamed(use.attribute)?.xmlTrimmed else { return [] }
        var ancestors: [XMLElementView] = [target.element]
        while let parent = ancestors[0].parent { ancestors.insert(parent, at: 0) }
        guard use.scopeDepth < ancestors.count else { return [] }
        let scope = ancestors[use.scopeDepth]
        var found: [(element: XMLElementView, attribute: String)] = []
        for reference in use.references {
            var elements = [scope]
            for step in reference.steps { elements = elements.flatMap { $0.children.filter { $0.localName == step } } }
            for element in elements where element.attributeNamed(reference.attribute)?.xmlTrimmed == key {
                found.append((element, reference.attribute))
            }
        }
        return found.sorted { $0.element.line < $1.element.line }
    }

    /// The references to `target` or anything keyed inside it, from outside it.
    private func referencesFromOutside(_ target: Located) -> [EditRefusal.Reference] {
        var found: [EditRefusal.Reference] = []
        func visit(_ located: Located) {
            if let use = keyUse(located.names) {
                for reference in referringElements(to: located, use: use) where !isInside(reference.element, target.element) {
                    found.append(EditRefusal.Reference(line: reference.element.line, path: path(of: reference.element).description + "/@" + reference.attribute))
                }
            }
            for child in located.element.children {
                guard let declaration = model.children(of: located.declaration).first(where: { $0.name.local == child.localName }) else { continue }
                visit(Located(element: child, declaration: declaration, names: located.names + [child.localName]))
            }
        }
        visit(target)
        return found
    }

    private func isInside(_ element: XMLElementView, _ container: XMLElementView) -> Bool {
        var current: XMLElementView? = element
        while let node = current {
            if node == container { return true }
            current = node.parent
        }
        return false
    }

    private func locatedParent(of located: Located) -> Located? {
        guard let parent = located.element.parent else { return nil }
        let names = Array(located.names.dropLast())
        guard let declaration = names.isEmpty ? model.elements[rootName] : model.declaration(at: [root.localName] + names, root: rootName) else { return nil }
        return Located(element: parent, declaration: declaration, names: names)
    }

    // MARK: - Words

    /// The path of an element as the user would write it.
    func path(of element: XMLElementView) -> ElementPath {
        var chain: [XMLElementView] = []
        var current: XMLElementView? = element
        while let node = current, node.parent != nil {
            chain.insert(node, at: 0)
            current = node.parent
        }
        var names: [String] = []
        var steps: [ElementPath.Step] = []
        for node in chain {
            names.append(node.localName)
            if let use = keyUse(names), let key = node.attributeNamed(use.attribute)?.xmlTrimmed {
                steps.append(ElementPath.Step(node.localName, .key(key)))
                continue
            }
            let namesakes = node.parent?.children.filter { $0.localName == node.localName } ?? []
            steps.append(ElementPath.Step(node.localName, namesakes.count > 1 ? .position((namesakes.firstIndex(of: node) ?? 0) + 1) : nil))
        }
        return ElementPath(steps: steps)
    }

    private func describe(_ located: Located) -> String { path(of: located.element).description }

    private func describe(_ located: Located, attribute: String) -> String { describe(located) + "/@" + attribute }

    private func describe(_ parent: Located, step: ElementPath.Step) -> String {
        (parent.names.isEmpty ? "" : describe(parent) + "/") + step.written
    }

    /// How the existing elements can be named in a path.
    private func names(of candidates: [XMLElementView], in parent: Located, step: ElementPath.Step) -> [String] {
        candidates.map { path(of: $0).steps.last?.written ?? step.name }
    }

    private func attributeDeclaration(_ name: String, of target: Located) throws(GovregError) -> SchemaModel.AttributeDeclaration {
        let declarations = model.attributes(of: target.declaration)
        let local = name.hasPrefix("xml:") ? String(name.dropFirst(4)) : name
        let namespace = name.hasPrefix("xml:") ? XMLElementView.xmlNamespace : nil
        guard let declaration = declarations.first(where: { $0.name.local == local && (namespace == nil) == ($0.name.namespace.isEmpty || $0.name.namespace == GovregSchemas.namespace) }) else {
            throw .edit(.unknownAttribute(name, of: target.element.localName, known: declarations.map { $0.name.namespace == XMLElementView.xmlNamespace ? "xml:" + $0.name.local : $0.name.local }))
        }
        return declaration
    }

    private func value(of attribute: String, in element: XMLElementView) -> String? {
        attribute.hasPrefix("xml:") ? element.xmlAttribute(String(attribute.dropFirst(4))) : element.attributeNamed(attribute)
    }

    private func converted(_ text: String, for attribute: String, of declaration: SchemaModel.ElementDeclaration, at described: String) throws(GovregError) -> String {
        let type = model.attributes(of: declaration).first { $0.name.local == attribute }.flatMap(model.type(of:))
        guard let value = try? ValueInput.schemaForm(of: text, type: type) else {
            throw .edit(.badValue(described + "/@" + attribute, value: text, expected: problem(text, type)))
        }
        return value
    }

    private func problem(_ text: String, _ type: SchemaModel.SimpleType?) -> LocalizedText {
        do {
            _ = try ValueInput.schemaForm(of: text, type: type)
            return LocalizedText(en: "", nl: "")
        } catch {
            return error.expected
        }
    }

    /// What an added element still lacks that the schemas require: attributes without a default,
    /// and children that must occur, in the parts created by this edit (paths from `added`).
    private func missingParts(of located: Located, at path: ElementPath) -> [ElementPath] {
        var missing: [ElementPath] = []
        for attribute in model.attributes(of: located.declaration) where attribute.required && value(of: attribute.name.namespace == XMLElementView.xmlNamespace ? "xml:" + attribute.name.local : attribute.name.local, in: located.element) == nil {
            missing.append(ElementPath(steps: path.steps, attribute: attribute.name.local))
        }
        for child in model.children(of: located.declaration) {
            let present = located.element.children.filter { $0.localName == child.name.local }
            if present.isEmpty, (model.occurrence(of: child.name.local, in: located.declaration)?.minimum ?? 0) > 0 {
                missing.append(path.appending(ElementPath.Step(child.name.local)))
            }
            for (index, element) in present.enumerated() {
                let step = ElementPath.Step(child.name.local, present.count > 1 ? .position(index + 1) : nil)
                missing += missingParts(of: Located(element: element, declaration: child, names: located.names + [child.name.local]), at: path.appending(step))
            }
        }
        if let type = model.textType(of: located.declaration), type.name?.local == "Text", !located.element.hasText {
            missing.append(path)
        }
        return missing
    }
}
