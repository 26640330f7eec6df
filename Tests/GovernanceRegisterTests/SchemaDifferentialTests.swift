import Foundation
import Testing
@testable import GovernanceRegister
import GovernanceXML

/// govreg checks the schemas' keys and references itself and lets libxml2 check the rest; xmllint
/// checks everything with the published schemas. Both must reach the same verdict on every file:
/// the samples, the invalid samples, and mutants of the samples that touch every id, reference and
/// value the identity constraints read.
struct SchemaDifferentialTests {
    /// The attributes that identity constraints read, and a few that only the schema's types check.
    static let mutatedAttributes = ["id", "ref", "party", "vendor", "system", "atOnceFor", "name", "date", "role", "after", "criticality"]

    /// Mutants of one sample: each changes one attribute value to another value of the same
    /// attribute found elsewhere, to one found nowhere, or with white space added around or inside.
    static func mutants(of text: String) -> [String] {
        var mutants: [String] = []
        for attribute in mutatedAttributes {
            let pattern = " \(attribute)=\""
            var values: [String] = []
            var ranges: [Range<String.Index>] = []
            var search = text.startIndex..<text.endIndex
            while let start = text.range(of: pattern, range: search) {
                guard let end = text.range(of: "\"", range: start.upperBound..<text.endIndex) else { break }
                ranges.append(start.upperBound..<end.lowerBound)
                values.append(String(text[start.upperBound..<end.lowerBound]))
                search = end.upperBound..<text.endIndex
            }
            // At most six places per attribute, spread over the file.
            let step = max(1, ranges.count / 6)
            for index in stride(from: 0, to: ranges.count, by: step) {
                let value = values[index]
                let other = values.first { $0 != value } ?? value + "x"
                for replacement in [other, value + "-nieuw", " " + value + " ", value.replacingOccurrences(of: "-", with: " - ")] {
                    var mutant = text
                    mutant.replaceSubrange(ranges[index], with: replacement)
                    mutants.append(mutant)
                }
            }
        }
        return mutants
    }

    /// Writes files and asks xmllint which validate against the published schema.
    private func xmllintVerdicts(_ files: [URL], schema: String) throws -> [Bool] {
        let outcome = try ExternalTool.run(["/usr/bin/xmllint", "--noout", "--nonet", "--schema", PackagePaths.root.appending(path: "Schemas/\(schema)").path] + files.map(\.path))
        return files.map { outcome.stderr.contains("\($0.path) validates") }
    }

    /// govreg's verdict at the schema level: no XML, XSD or INPUT error (rule findings do not count).
    private func govregVerdict(_ file: URL) throws -> Bool {
        let check = GovernanceValidator(options: ValidationOptions(asOf: CalendarDate(year: 2026, month: 11, day: 22)!)).check(path: file.path)
        return check.readFailure == nil && !check.diagnostics.contains { $0.severity == .error && ["XML", "XSD", "INPUT"].contains($0.id) }
    }

    @Test("govreg and xmllint give the same verdict on mutants of every sample", arguments: [
        ("Samples/registers/gp-practice.xml", "register.xsd"), ("Samples/registers/hospital.xml", "register.xsd"),
        ("Samples/agreements/his-dienstverlening.xml", "agreement.xsd"), ("Samples/agreements/pacs-imaging.xml", "agreement.xsd"),
    ])
    func mutantsAgree(sample: String, schema: String) throws {
        let text = try String(contentsOf: PackagePaths.root.appending(path: sample), encoding: .utf8)
        let folder = FileManager.default.temporaryDirectory.appending(path: "govreg-mutants-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.mutants(of: text).enumerated().map { index, mutant in
            let file = folder.appending(path: "mutant-\(index).xml")
            try Data(mutant.utf8).write(to: file)
            return file
        }
        #expect(files.count >= 40)
        let theirs = try xmllintVerdicts(files, schema: schema)
        var rejected = 0
        for (file, accepted) in zip(files, theirs) {
            let ours = try govregVerdict(file)
            #expect(ours == accepted, "\(file.lastPathComponent): govreg \(ours ? "accepts" : "rejects"), xmllint \(accepted ? "accepts" : "rejects")")
            if !accepted { rejected += 1 }
        }
        // The mutants exercise both verdicts.
        #expect(rejected > 10 && rejected < files.count)
    }

    @Test("every identity constraint of the schemas is checked by govreg, with each keyref's key in the same element")
    func everyConstraintIsRead() throws {
        let model = try GovregSchemas.model.get()
        let constraints = model.elements.values.flatMap { element in
            model.placements(fromRoot: element.name).flatMap(\.element.identityConstraints)
        }
        let names = Set(constraints.map(\.name))
        let written = try ["register.xsd", "agreement.xsd"].flatMap { schema -> [String] in
            let text = try String(contentsOf: PackagePaths.root.appending(path: "Schemas/\(schema)"), encoding: .utf8)
            return text.components(separatedBy: "<xs:").dropFirst().compactMap { tag -> String? in
                guard ["key ", "unique ", "keyref "].contains(where: tag.hasPrefix), let start = tag.range(of: "name=\""),
                      let end = tag.range(of: "\"", range: start.upperBound..<tag.endIndex) else { return nil }
                return String(tag[start.upperBound..<end.lowerBound])
            }
        }
        #expect(Set(written) == names)
        for element in model.elements.values {
            for placement in model.placements(fromRoot: element.name) {
                let keys = Set(placement.element.identityConstraints.filter { $0.kind == .key }.map(\.name))
                for keyref in placement.element.identityConstraints where keyref.kind == .keyref {
                    #expect(keyref.refer.map(keys.contains) == true, "\(keyref.name) refers to a key of another element")
                }
            }
        }
        #expect(!GovregSchemas.compiledTexts["register.xsd", default: ""].contains("<xs:key"))
    }

    @Test("the structure govreg validates with is the published schemas' structure: the same elements in the same places, the same types, values and constraints")
    func structureIsThePublishedOne() throws {
        let published = try GovregSchemas.model.get()
        let structure = try GovregSchemas.structure.get()
        func outline(_ model: SchemaModel) -> [String] {
            let placements = model.elements.keys.flatMap { root in
                model.placements(fromRoot: root).map { placement in
                    let constraints = placement.element.identityConstraints.map { "\($0.kind) \($0.name) \($0.selector) \($0.fields) \($0.refer ?? "")" }
                    return "\(placement.path) \(placement.element.occurrence) \(placement.element.typeName.map(\.local) ?? "local") \(constraints)"
                }
            }
            let types = model.simpleTypes.values.map { "\($0.name.map(\.local) ?? "") \($0.base.map(\.local) ?? "") \($0.enumerations.map(\.value)) \($0.patterns)" }
            let contents = model.contentTypes.values.map { "\($0.name.map(\.local) ?? "") \($0.attributes.map { "\($0.name.local) \($0.required) \($0.defaultValue ?? "")" })" }
            return (placements + types + contents).sorted()
        }
        #expect(outline(structure) == outline(published))
        #expect(outline(published).count > 100)
        #expect(published.elements.values.contains { !$0.documentation.isEmpty })
        #expect(structure.elements.values.allSatisfy { $0.documentation.isEmpty })
        #expect(!GovregSchemas.compiledTexts["register.xsd", default: ""].contains("<xs:annotation"))
    }
}
