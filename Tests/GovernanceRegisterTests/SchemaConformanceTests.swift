import Foundation
import Testing
@testable import GovernanceRegister
import GovernanceXML

/// The XSDs are the contract with vendors: an independent XSD tool (xmllint) must accept exactly
/// the files govreg accepts at the schema level.
struct SchemaConformanceTests {
    static let xmllint = "/usr/bin/xmllint"

    private func xmllintAccepts(_ url: URL) throws -> Bool {
        let text = try String(decoding: Data(contentsOf: url), as: UTF8.self)
        let schema = text.contains("<agreement") && !text.contains("<register") ? "agreement.xsd" : "register.xsd"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: SchemaConformanceTests.xmllint)
        process.arguments = ["--noout", "--nonet", "--schema", PackagePaths.root.appending(path: "Schemas/\(schema)").path, url.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    @Test("xmllint is installed (the CI script installs libxml2-utils)")
    func xmllintIsThere() {
        #expect(FileManager.default.isExecutableFile(atPath: SchemaConformanceTests.xmllint))
    }

    @Test("xmllint accepts every valid sample", arguments: SampleTests.validSamples)
    func validSample(path: String) throws {
        #expect(try xmllintAccepts(PackagePaths.root.appending(path: path)))
    }

    /// INPUT samples break govreg's input policy (a DOCTYPE, a foreign root), not the schema.
    static let schemaLevelInvalidSamples = SampleTests.invalidSamples.filter { !$0.hasPrefix("Samples/invalid/INPUT-") }

    @Test("xmllint agrees with govreg on every invalid sample", arguments: schemaLevelInvalidSamples)
    func invalidSample(path: String) throws {
        let url = PackagePaths.root.appending(path: path)
        let expectation = try #require(InvalidSampleExpectation(fileAt: url))
        // Rule violations are beyond XSD, so the schema accepts them; schema errors it rejects.
        let schemaShouldAccept = expectation.id.hasPrefix("GR")
        #expect(try xmllintAccepts(url) == schemaShouldAccept)
    }

    @Test("every element, attribute and allowed value in the schemas is documented in Dutch and English", arguments: ["agreement.xsd", "register.xsd"])
    func documentation(schema: String) throws {
        let bytes = try [UInt8](Data(contentsOf: PackagePaths.root.appending(path: "Schemas/\(schema)")))
        let document = try ParsedDocument.parse(bytes).get()
        let declarations = document.elements(named: "element") + document.elements(named: "attribute")
        #expect(declarations.count > 50)
        for declaration in declarations where declaration.attribute("ref") == nil {
            let notes = declaration.child(named: "annotation")?.children(named: "documentation") ?? []
            #expect(Set(notes.compactMap(\.xmlLang)) == ["nl", "en"], "\(schema): \(declaration.attribute("name") ?? "?")")
        }
        // Every allowed value too, for the hover help of an XML editor and for the forms.
        let values = document.elements(named: "enumeration")
        #expect(values.count > 20)
        for value in values {
            let notes = value.child(named: "annotation")?.children(named: "documentation") ?? []
            #expect(Set(notes.compactMap(\.xmlLang)) == ["nl", "en"], "\(schema): value \(value.attribute("value") ?? "?")")
            #expect(notes.allSatisfy { !$0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }, "\(schema): value \(value.attribute("value") ?? "?")")
        }
    }

    @Test("the rule examples pass the XSD, as rules are checked only beyond it", arguments: RuleCatalog.descriptions.map(\.id))
    func ruleExamples(id: String) throws {
        let rule = try #require(RuleCatalog.description(of: id))
        let file = FileManager.default.temporaryDirectory.appending(path: "govreg-example-\(id)-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: file) }
        for example in rule.examples {
            try ExampleRegister.withoutMarkers(example.document).text.write(to: file, atomically: true, encoding: .utf8)
            #expect(try xmllintAccepts(file), "\(id)")
        }
    }
}
