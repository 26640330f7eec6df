import Foundation
import Testing
@testable import GovernanceRegister
import GovernanceXML

/// Every element and attribute the schemas declare can be changed, removed and added again
/// through the edits by path that `govreg set`, `add` and `remove` make, on the sample registers:
/// the walk follows the schemas, so a part added to them later is walked too.
@Suite struct SchemaWalkTests {
    private static let registerName = SchemaModel.QualifiedName(namespace: GovregSchemas.namespace, local: "register")

    /// A register on disk to edit, reset to a sample before each edit.
    private struct Scratch {
        let url: URL
        let original: [UInt8]

        init(sample: String) throws {
            url = FileManager.default.temporaryDirectory.appending(path: "govreg-walk-\(UUID().uuidString).xml")
            original = Array(try Data(contentsOf: PackagePaths.root.appending(path: sample)))
            try reset()
        }

        func reset() throws {
            try Data(original).write(to: url)
        }

        var bytes: [UInt8] { (try? Array(Data(contentsOf: url))) ?? [] }

        /// Makes the edit; true when it was saved (the result valid).
        func edit(_ change: (inout SchemaEditor) throws(GovregError) -> Void) -> Bool {
            editOutcome(change) == .saved
        }

        enum Outcome { case saved, refusedByRules, referredTo, failed }

        /// Makes the edit; says whether it was saved, or made and then refused only by govreg's
        /// rules (GR...) because the rest of this register needs what it changed.
        func editOutcome(_ change: (inout SchemaEditor) throws(GovregError) -> Void) -> Outcome {
            do {
                let outcome = try RegisterFile(path: url.path, options: ValidationOptions(asOf: CalendarDate("2026-12-01"))).edit { editor throws(GovregError) in
                    var schema = try editor.schemaEditor()
                    try change(&schema)
                    return nil
                }
                return outcome.changed ? .saved : .failed
            } catch .invalidResult(let diagnostics) where diagnostics.allSatisfy({ $0.id.hasPrefix("GR") }) {
                return .refusedByRules
            } catch .edit(.referenced) {
                return .referredTo
            } catch {
                return .failed
            }
        }

        func remove() {
            try? FileManager.default.removeItem(at: url)
            try? FileManager.default.removeItem(atPath: url.path + ".bak")
            try? FileManager.default.removeItem(atPath: url.path + ".lock")
        }
    }

    /// The elements of a document at a path of names below the root.
    private static func instances(at names: [String], in root: XMLElementView) -> [XMLElementView] {
        names.reduce([root]) { elements, name in elements.flatMap { $0.children.filter { $0.localName == name } } }
    }

    /// The path a user would write for `element`: keys where the schemas give them, else numbers.
    private static func path(of element: XMLElementView, model: SchemaModel) -> ElementPath {
        var chain: [XMLElementView] = []
        var current: XMLElementView? = element
        while let node = current, node.parent != nil {
            chain.insert(node, at: 0)
            current = node.parent
        }
        var names: [String] = []
        return ElementPath(steps: chain.map { node in
            names.append(node.localName)
            if let key = model.key(ofElementAt: names, root: registerName), let value = node.attributeNamed(key.attribute) {
                return ElementPath.Step(node.localName, .key(value))
            }
            let namesakes = node.parent?.children.filter { $0.localName == node.localName } ?? []
            return ElementPath.Step(node.localName, namesakes.count > 1 ? .position((namesakes.firstIndex(of: node) ?? 0) + 1) : nil)
        })
    }

    /// What an element holds as FIELD=VALUE pairs, as `govreg add` takes them, in document order.
    private static func fields(of element: XMLElementView, at prefix: [ElementPath.Step] = [], skipping key: String? = nil) -> [(ElementPath, String)] {
        var found: [(ElementPath, String)] = []
        for name in element.attributeNames where name != key {
            found.append((ElementPath(steps: prefix, attribute: name), element.attributeNamed(name) ?? ""))
        }
        if let lang = element.xmlAttribute("lang") { found.append((ElementPath(steps: prefix, attribute: "xml:lang"), lang)) }
        let children = element.children
        if children.isEmpty, element.hasText || prefix.isEmpty == false && element.attributeNames.isEmpty {
            found.append((ElementPath(steps: prefix), element.text))
        }
        for child in children {
            let namesakes = children.filter { $0.localName == child.localName }
            let step = ElementPath.Step(child.localName, namesakes.count > 1 ? .position((namesakes.firstIndex(of: child) ?? 0) + 1) : nil)
            found += fields(of: child, at: prefix + [step])
        }
        return found
    }

    /// Other values of a type to try, so one of them keeps the register valid.
    private static func alternatives(to value: String, type: SchemaModel.SimpleType?, ids: [String]) -> [String] {
        let name = type?.name?.local ?? ""
        if let type, !type.enumerations.isEmpty { return type.enumerations.map(\.value).filter { $0 != value } }
        switch name {
        case "Date":
            guard let date = CalendarDate(value) else { return [] }
            return [date.adding(days: 1), date.adding(days: -1), date.adding(days: 7), date.adding(days: -7)].map(\.description)
        case "Duration":
            return ["PT15M", "PT30M", "PT1H", "PT2H", "PT3H", "PT4H", "PT8H", "P1D", "P2D", "P1M", "P2M", "P3M", "P6M", "P12M", "P1Y", "P36M"].filter { $0 != value }
        case "PriorityName": return ["P1", "P2", "P3", "P4", "P5"].filter { $0 != value }
        case "StartTime", "ClockTime": return ["07:00", "07:30", "09:00", "18:00", "20:00"].filter { $0 != value }
        case "Weekdays": return ["mon tue wed thu fri sat", "mon tue wed thu"].filter { $0 != value }
        case "DateTime": return [String(value.prefix(14)) + (value.dropFirst(14).hasPrefix("0") ? "1" : "0") + String(value.dropFirst(15))]
        case "boolean": return [value == "true" ? "false" : "true"]
        case "PhoneNumber": return ["+31 6 1234 5678"]
        case "EmailAddress": return ["nieuw@example.org"]
        case "anyURI": return ["https://example.org/contract.pdf"]
        case "TimeZone": return ["Europe/Brussels", "Europe/London"]
        case "language": return value == "nl" ? ["en"] : ["nl"]
        case "Identifier": return [value + "-b"] + ids.filter { $0 != value }
        case "positiveInteger": return [String((Int(value) ?? 1) + 1)]
        default: return [value + " (b)"]
        }
    }

    @Test("every element and attribute of the register's schemas can be changed, removed and added through edits by path")
    func everyPartCanBeChangedRemovedAndAdded() throws {
        let model = try GovregSchemas.model.get()
        let samples = try ["Samples/registers/gp-practice.xml", "Samples/registers/hospital.xml"].map { try Scratch(sample: $0) }
        defer { samples.forEach { $0.remove() } }
        let options = ValidationOptions(asOf: CalendarDate("2026-12-01"))
        var missing: [String] = []
        var seen: Set<String> = []
        // Element paths removed and added back, themselves or inside an ancestor that was.
        var roundTripped: [[String]] = []
        for placement in model.placements(fromRoot: Self.registerName).dropFirst() {
            let names = placement.path.dropFirst().map(\.local)
            let place = names.joined(separator: "/")
            guard seen.insert(place).inserted else { continue }
            let found = samples.lazy.compactMap { sample -> (Scratch, [XMLElementView], XMLElementView)? in
                guard case .success(let document) = ParsedDocument.parse(sample.original), let root = document.root else { return nil }
                let elements = Self.instances(at: names, in: root)
                return elements.isEmpty ? nil : (sample, elements, root)
            }.first
            guard let (scratch, elements, root) = found else {
                missing.append("\(place): in no sample")
                continue
            }
            let ids = ["parties/party", "systems/system", "agreements/agreement"].flatMap { Self.instances(at: $0.split(separator: "/").map(String.init), in: root).compactMap { $0.attributeNamed("id") } }
            let key = model.key(ofElementAt: names, root: Self.registerName)

            // Removed and added back where it may be left out, or is one of several; else with
            // the ancestor it cannot be without.
            let parent = model.declaration(at: placement.path.dropLast().map(\.local), root: Self.registerName)
            let minimum = parent.flatMap { model.occurrence(of: placement.element.name.local, in: $0) }?.minimum ?? 1
            let maximum = parent.flatMap { model.occurrence(of: placement.element.name.local, in: $0) }?.maximum
            var done = roundTripped.contains { Array(names.prefix($0.count)) == $0 }
            var referredTo = false
            for element in elements.prefix(10) where !done {
                let namesakes = element.parent?.children.filter { $0.localName == placement.element.name.local }.count ?? 0
                guard minimum == 0 || namesakes > minimum else { continue }
                let path = Self.path(of: element, model: model)
                let content = Self.fields(of: element, skipping: key.map { _ in path.steps.last?.selector.flatMap { if case .key = $0 { return key?.attribute } else { return nil } } } ?? nil)
                try scratch.reset()
                let removal = scratch.editOutcome { editor throws(GovregError) in try editor.remove(path) }
                referredTo = referredTo || removal == .referredTo
                guard removal == .saved else { continue }
                let removed = scratch.bytes
                let added = scratch.edit { editor throws(GovregError) in try editor.add(path, fields: content) }
                #expect(added, "\(path): removed but not added back with \(content.map { "\($0.0)=\($0.1)" })")
                guard added else { continue }
                let check = GovernanceValidator(options: options).check(bytes: scratch.bytes, path: "walk.xml")
                let before = GovernanceValidator(options: options).check(bytes: scratch.original, path: "walk.xml")
                if let old = before.document, let new = check.document {
                    #expect(ChangeList(from: old, to: new).isEmpty, "\(path): added back differently")
                }
                #expect(removed != scratch.bytes)
                done = true
            }
            // A keyed element everything refers to: a copy with a new key added, then removed.
            if !done, let key, let element = elements.first, maximum.map({ (element.parent?.children.filter { $0.localName == placement.element.name.local }.count ?? 0) < $0 }) ?? true {
                let path = Self.path(of: element, model: model)
                let content = Self.fields(of: element, skipping: key.attribute)
                let type = model.attributes(of: placement.element).first { $0.name.local == key.attribute }.flatMap(model.type(of:))
                for value in Self.alternatives(to: element.attributeNamed(key.attribute) ?? "", type: type, ids: []).prefix(8) where !done {
                    let copy = ElementPath(steps: path.steps.dropLast() + [ElementPath.Step(placement.element.name.local, .key(value))])
                    try scratch.reset()
                    done = scratch.edit { editor throws(GovregError) in try editor.add(copy, fields: content) }
                        && scratch.edit { editor throws(GovregError) in try editor.remove(copy) } && scratch.bytes == scratch.original
                }
            }
            // What no register can be without (the organisation and its name, the parties, the
            // systems) is made by govreg init, and changed from then on.
            if !done, minimum >= 1, (1..<names.count).allSatisfy({ depth in
                model.declaration(at: [Self.registerName.local] + names.prefix(depth - 1), root: Self.registerName)
                    .flatMap { model.occurrence(of: names[depth - 1], in: $0) }?.minimum ?? 0 >= 1
            }) {
                let starter = StarterRegister(kind: .gpPractice, organisation: "Praktijk", language: .dutch).text
                if case .success(let document) = ParsedDocument.parse(Array(starter.utf8)), let root = document.root {
                    done = !Self.instances(at: names, in: root).isEmpty
                }
            }
            // What every sample refers to (the agreements, named by incidents) stays; that such a
            // removal is refused, naming each reference, the edit command tests check.
            if !done, referredTo { done = true }
            if done {
                roundTripped.append(names)
            } else {
                missing.append("\(place): not removed and added back")
            }

            // Each attribute changed, and removed and set again where it may be left out.
            for attribute in model.attributes(of: placement.element) {
                let name = attribute.name.namespace == XMLElementView.xmlNamespace ? "xml:" + attribute.name.local : attribute.name.local
                func value(_ element: XMLElementView) -> String? {
                    name.hasPrefix("xml:") ? element.xmlAttribute(attribute.name.local) : element.attributeNamed(name)
                }
                let holders = elements.filter { value($0) != nil }
                var changed = false
                var onlyRules = false
                for holder in holders.isEmpty ? elements : holders where !changed {
                    let target = ElementPath(steps: Self.path(of: holder, model: model).steps, attribute: name)
                    let candidates = name == "xml:lang" ? ["nl", "en"].filter { $0 != value(holder) }
                        : Self.alternatives(to: value(holder) ?? attribute.defaultValue ?? "", type: model.type(of: attribute), ids: ids)
                    // Every id of the register, parties and systems alike, for a reference to either.
                    for candidate in candidates.prefix(40) where !changed {
                        try scratch.reset()
                        let outcome = scratch.editOutcome { editor throws(GovregError) in try editor.set(target, to: candidate) }
                        changed = outcome == .saved
                        onlyRules = onlyRules || outcome == .refusedByRules
                    }
                }
                // A value every register here needs as it is (a vendor's kind) is changed, and
                // then refused by the rule that needs it.
                if !changed, !onlyRules { missing.append("\(place)/@\(name): not changed") }
                if attribute.required {
                    guard let holder = holders.first else { continue }
                    let target = ElementPath(steps: Self.path(of: holder, model: model).steps, attribute: name)
                    try scratch.reset()
                    #expect(!scratch.edit { editor throws(GovregError) in try editor.remove(target) }, "\(target) is required yet was removed")
                    #expect(scratch.bytes == scratch.original)
                    continue
                }
                var again = false
                var removalOnlyRules = false
                for holder in holders where !again {
                    let target = ElementPath(steps: Self.path(of: holder, model: model).steps, attribute: name)
                    let current = value(holder) ?? ""
                    try scratch.reset()
                    let outcome = scratch.editOutcome { editor throws(GovregError) in try editor.remove(target) }
                    removalOnlyRules = removalOnlyRules || outcome == .refusedByRules
                    again = outcome == .saved && scratch.edit { editor throws(GovregError) in try editor.set(target, to: current) }
                }
                if !again, !removalOnlyRules, !holders.isEmpty { missing.append("\(place)/@\(name): not removed and set again") }
            }

            // Each value of an element's text changed.
            if let type = model.textType(of: placement.element) {
                var changed = false
                for element in elements.prefix(8) where !changed {
                    let path = Self.path(of: element, model: model)
                    for value in Self.alternatives(to: element.text, type: type, ids: ids).prefix(12) where !changed {
                        try scratch.reset()
                        changed = scratch.edit { editor throws(GovregError) in try editor.set(path, to: value) }
                    }
                }
                if !changed { missing.append("\(place): its value not changed") }
            }
        }
        #expect(missing.isEmpty, "\(missing.joined(separator: "\n"))")
        #expect(seen.count > 60)
    }
}
