import Foundation
import Testing

/// `govreg schemas` as a vendor uses it: the schema files in a folder of their own, which any XSD
/// tool loads from anywhere.
struct SchemasCommandTests {
    static let names = ["agreement.xsd", "register.xsd", "xml.xsd"]

    private func published(_ name: String) throws -> Data {
        try Data(contentsOf: GovregProcess.packageRoot.appending(path: "Schemas").appending(path: name))
    }

    @Test("writes the three schema files, as published, into a folder it creates")
    func writes() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try GovregProcess.run(["schemas", "--output", "vendor/schemas", "--lang", "en"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.isEmpty)
        #expect(outcome.stdout == """
            vendor/schemas/agreement.xsd: written
            vendor/schemas/register.xsd: written
            vendor/schemas/xml.xsd: written

            """)
        let written = folder.appending(path: "vendor/schemas")
        #expect(try FileManager.default.contentsOfDirectory(atPath: written.path).sorted() == Self.names)
        for name in Self.names {
            #expect(try Data(contentsOf: written.appending(path: name)) == (try published(name)), "\(name)")
        }
    }

    @Test("xmllint checks an agreement file against the written agreement.xsd from any working directory")
    func xmllintFromAnywhere() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let schemas = folder.appending(path: "schemas")
        #expect(try GovregProcess.run(["schemas", "--output", schemas.path]).status == 0)
        let elsewhere = folder.appending(path: "elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let sample = GovregProcess.packageRoot.appending(path: "Samples/agreements/lab-systeem.xml").path
        for directory in [elsewhere, folder, GovregProcess.packageRoot] {
            let check = try GovregProcess.run(["--noout", "--schema", schemas.appending(path: "agreement.xsd").path, sample], in: directory, program: "/usr/bin/xmllint")
            #expect(check.status == 0, "\(directory.path): \(check.stderr)")
            #expect(check.stderr == "\(sample) validates\n")
        }
        // Relative to where xmllint runs, too.
        let relative = try GovregProcess.run(["--noout", "--schema", "../schemas/agreement.xsd", sample], in: elsewhere, program: "/usr/bin/xmllint")
        #expect(relative.status == 0, "\(relative.stderr)")
        // agreement.xsd alone does not load: it imports xml.xsd from beside it.
        try FileManager.default.removeItem(at: schemas.appending(path: "xml.xsd"))
        let alone = try GovregProcess.run(["--noout", "--schema", schemas.appending(path: "agreement.xsd").path, sample], in: elsewhere, program: "/usr/bin/xmllint")
        #expect(alone.status != 0)
    }

    @Test("a file there with other content is kept unless --force; the same content is left alone")
    func existingFiles() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try GovregProcess.run(["schemas", "--output", "schemas"], in: folder).status == 0)
        let again = try GovregProcess.run(["schemas", "--output", "schemas", "--lang", "nl"], in: folder)
        #expect(again.status == 0)
        #expect(again.stdout == """
            schemas/agreement.xsd: ongewijzigd, was al gelijk
            schemas/register.xsd: ongewijzigd, was al gelijk
            schemas/xml.xsd: ongewijzigd, was al gelijk

            """)

        let edited = folder.appending(path: "schemas/register.xsd")
        let local = Data("<!-- our own copy -->\n".utf8) + (try published("register.xsd"))
        try local.write(to: edited)
        let agreement = folder.appending(path: "schemas/agreement.xsd")
        try FileManager.default.removeItem(at: agreement)
        let refused = try GovregProcess.run(["schemas", "--output", "schemas", "--lang", "en"], in: folder)
        #expect(refused.status == 2)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr == "govreg: error: cannot write 'schemas/register.xsd': it exists already with other content; give --force to replace it\n")
        #expect(try Data(contentsOf: edited) == local)
        #expect(!FileManager.default.fileExists(atPath: agreement.path), "a refusal writes nothing")

        let forced = try GovregProcess.run(["schemas", "--output", "schemas", "--force", "--lang", "en"], in: folder)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout == """
            schemas/agreement.xsd: written
            schemas/register.xsd: replaced
            schemas/xml.xsd: unchanged, the same already

            """)
        #expect(try Data(contentsOf: edited) == (try published("register.xsd")))
    }

    @Test("a folder that cannot be made is exit status 2, with the reason")
    func cannotWrite() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("not a folder\n".utf8).write(to: folder.appending(path: "schemas"))
        let file = try GovregProcess.run(["schemas", "--output", "schemas", "--lang", "nl"], in: folder)
        #expect(file.status == 2)
        #expect(file.stderr == "govreg: error: kan de map 'schemas' niet aanmaken: het bestaat al en is geen map\n")
        let dash = try GovregProcess.run(["schemas", "--output", "-", "--lang", "en"], in: folder)
        #expect(dash.status == 2)
        #expect(dash.stderr.contains("give the folder to write them to, e.g. schemas"), "\(dash.stderr)")
        let missing = try GovregProcess.run(["schemas"], in: folder)
        #expect(missing.status == 2)
    }
}
