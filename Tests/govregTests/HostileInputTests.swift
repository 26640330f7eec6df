import Foundation
import Testing

/// Vendor files are untrusted. Each hostile file exits 1 with one clear line, stays within a
/// bounded amount of memory, and shows nothing of any other file.
struct HostileInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: @Sendable () -> [UInt8]
        /// The diagnostic ID and a piece of the reason the user must see.
        let id: String
        let reason: String
        var testDescription: String { name }
    }

    static let register = #"<register xmlns="urn:govreg:register:1" xml:lang="nl">"#

    static let cases: [Case] = [
        Case(name: "XXE reading /etc/passwd", bytes: {
            Array("""
            <?xml version="1.0"?>
            <!DOCTYPE register [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            \(register)<organisation kind="hospital"><name>&secret;</name></organisation></register>
            """.utf8)
        }, id: "INPUT", reason: "DOCTYPE"),
        Case(name: "billion laughs", bytes: {
            var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
            for level in 1...9 {
                text += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">\n"
            }
            text += "]>\n<register xmlns=\"urn:govreg:register:1\">&lol9;</register>\n"
            return Array(text.utf8)
        }, id: "INPUT", reason: "DOCTYPE"),
        Case(name: "100,000-deep nesting", bytes: {
            Array((register + String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000) + "</register>").utf8)
        }, id: "XML", reason: "meer dan 256 niveaus diep genest"),
        Case(name: "20 MB attribute value", bytes: {
            Array((register + "<organisation kind=\"" + String(repeating: "x", count: 20_000_000) + "\"/></register>").utf8)
        }, id: "XML", reason: "langer dan 10.000.000 tekens"),
        Case(name: "invalid UTF-8", bytes: {
            Array((register + "<organisation kind=\"hospital\"><name>Ziekenhuis ").utf8) + [0xC3, 0x28, 0xFF]
                + Array("</name></organisation></register>".utf8)
        }, id: "XML", reason: "geen geldige UTF-8 (bytes 0xC3 0x28"),
        Case(name: "empty file", bytes: { [] }, id: "INPUT", reason: "empty"),
        Case(name: "binary file", bytes: {
            var generator = SystemRandomNumberGenerator()
            return [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01] + (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        }, id: "XML", reason: "not an XML file"),
        Case(name: "gzip-compressed register", bytes: {
            [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xB3, 0x29, 0x4A, 0x4D, 0xCF, 0x2C, 0x2E, 0x49, 0x2D, 0xB2, 0x03, 0x00]
        }, id: "XML", reason: "not an XML file"),
        Case(name: "CSV file", bytes: {
            Array("activiteit;ICT;Leverancier\nIncident melden;A;R\n=HYPERLINK(\"http://example.com\");R;A\n".utf8)
        }, id: "XML", reason: "not an XML file"),
        Case(name: "wrong root element", bytes: {
            Array(#"<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>"#.utf8)
        }, id: "INPUT", reason: "not a govreg file"),
        // The model is read beside the schema check; it must stop at the check's first error.
        Case(name: "500,000 empty agreements", bytes: {
            Array((register + "<agreements>" + String(repeating: "<agreement/>", count: 500_000) + "</agreements></register>").utf8)
        }, id: "XSD", reason: "agreement"),
        Case(name: "register without namespace", bytes: {
            Array(#"<register xml:lang="nl"><organisation kind="hospital"><name>X</name></organisation></register>"#.utf8)
        }, id: "INPUT", reason: "xmlns"),
    ]

    @Test("hostile file exits 1 with one clear line", arguments: cases)
    func hostileFile(hostile: Case) throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "vendor.xml")
        try Data(hostile.bytes()).write(to: file)

        let outcome = try GovregProcess.run(["validate", file.path])

        #expect(outcome.status == 1)
        let lines = outcome.stderr.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(outcome.stderr.prefix(500))")
        let line = String(lines.first ?? "")
        #expect(line.hasPrefix(file.path + ":"))
        #expect(line.contains("error: [\(hostile.id)]"), "\(line)")
        #expect(line.contains(hostile.reason), "\(line)")
        #expect(line.count < 300)
        #expect(outcome.stdout.split(separator: "\n").count == 1)
        #expect(!outcome.stdout.contains("root:") && !outcome.stderr.contains("root:"))
        #expect(outcome.peakMemory < 300 * 1024 * 1024, "peak memory \(outcome.peakMemory / 1_048_576) MB")
    }

    /// The model is read while libxml2 checks the schema, so it meets values the schema rejects.
    @Test("numbers far outside the schema's patterns are schema errors, not a crash")
    func absurdNumbers() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = try String(contentsOf: GovregProcess.packageRoot.appending(path: "Samples/registers/gp-practice.xml"), encoding: .utf8)
        let absurd = sample
            .replacingOccurrences(of: #"from="08:00" until="17:00""#, with: #"from="9223372036854775807:00" until="-9223372036854775808:99""#)
            .replacingOccurrences(of: "<start>2024-06-01</start>", with: "<start>9999-12-31</start>")
            .replacingOccurrences(of: "<responseTime>PT", with: "<responseTime>P9223372036854775807YT")
        let file = folder.appending(path: "praktijk.xml")
        try absurd.write(to: file, atomically: true, encoding: .utf8)

        let outcome = try GovregProcess.run(["validate", file.path])
        #expect(outcome.status == 1, "\(outcome.stderr.prefix(500))")
        #expect(outcome.stderr.contains("error: [XSD]") && outcome.stderr.contains("from"), "\(outcome.stderr.prefix(500))")
        #expect(outcome.stdout.contains("ongeldig"))
    }

    @Test("a file over the size limit is refused before it is parsed")
    func sizeLimit() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "big.xml")
        try Data(repeating: UInt8(ascii: " "), count: 2 * 1024 * 1024).write(to: file)

        let refused = try GovregProcess.run(["validate", "--max-size", "1MB", file.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("[INPUT]") && refused.stderr.contains("--max-size"), "\(refused.stderr)")

        let raised = try GovregProcess.run(["validate", "--max-size", "4MB", file.path])
        #expect(raised.status == 1)
        #expect(raised.stderr.contains("[XML]"), "\(raised.stderr)")
    }
}
