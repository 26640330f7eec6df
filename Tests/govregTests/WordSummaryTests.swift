import Foundation
import FoundationXML
import Testing
import ZIPFoundation

/// `govreg summary --format docx`: a Word package whose document holds what the HTML summary
/// holds, read back here as Word would read it (the package's parts, the document's paragraphs).
struct WordSummaryTests {
    /// The paragraphs of a Word document's body, each as its text (runs joined, a line break as "\n").
    final class Paragraphs: NSObject, XMLParserDelegate {
        var paragraphs: [String] = []
        private var current: String?
        private var inText = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "w:p": current = ""
            case "w:t": inText = true
            case "w:br": current? += "\n"
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "w:p": if let current { paragraphs.append(current) }; current = nil
            case "w:t": inText = false
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { current? += string }
        }
    }

    /// Makes the Word summary of `register` and returns its parts by name.
    static func package(_ register: String, arguments: [String] = []) throws -> [String: Data] {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "summary.docx")
        let outcome = try GovregProcess.run(["summary", register, "--format", "docx", "--output", file.path, "--as-of", "2026-12-01"] + arguments)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.isEmpty)
        let archive = try Archive(url: file, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        return parts
    }

    static func paragraphs(_ document: Data?) throws -> [String] {
        let reader = Paragraphs()
        let parser = XMLParser(data: try #require(document))
        parser.delegate = reader
        #expect(parser.parse(), "word/document.xml is not well-formed: \(String(describing: parser.parserError))")
        // Word keeps phone numbers whole with non-breaking spaces; a reader sees spaces.
        return reader.paragraphs.map { $0.replacingOccurrences(of: "\u{00A0}", with: " ") }
    }

    @Test("the package has the parts Word needs, each well-formed XML")
    func parts() throws {
        let parts = try Self.package("Samples/registers/gp-practice.xml")
        #expect(Set(parts.keys) == ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels",
                                    "word/styles.xml", "word/document.xml"])
        for (name, data) in parts {
            #expect(XMLParser(data: data).parse(), "\(name)")
        }
        let types = String(decoding: try #require(parts["[Content_Types].xml"]), as: UTF8.self)
        #expect(types.contains(#"PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml""#))
        let core = String(decoding: try #require(parts["docProps/core.xml"]), as: UTF8.self)
        #expect(core.contains("<dc:title>Overeenkomsten — Huisartsenpraktijk De Zilverlinde</dc:title>"))
        #expect(core.contains("<dc:language>nl-NL</dc:language>"))
    }

    @Test("every agreement of the hospital has its heading, deadlines and service levels, in the HTML summary's words")
    func hospital() throws {
        let paragraphs = try Self.paragraphs(Self.package("Samples/registers/hospital.xml")["word/document.xml"])
        #expect(paragraphs.first == "Overeenkomsten — Ziekenhuis Oeverland")
        #expect(paragraphs.contains("Deadlines en herzieningsdata per 1 december 2026"))
        let headings = ["DVO EPD en patiëntenportaal 2024 (dvo-epd-medivorm-2024)", "DVO EPD-hosting en back-up 2025 (dvo-epd-hosting-2025)"]
        for heading in headings { #expect(paragraphs.contains(heading)) }
        #expect(paragraphs.count(where: { $0 == "Serviceniveaus" }) >= 4)
        // The EPD agreement: a 60-month initial term from 1 January 2024 ends on 31 December 2028;
        // 12 months' notice means notice by 31 December 2027, and deciding 3 months before that.
        let epd = try #require(paragraphs.firstIndex(of: headings[0]))
        let section = Array(paragraphs[epd...])
        #expect(section.contains("1 januari 2024 – 31 december 2028 (eerste looptijd)"))
        #expect(section.contains("31 december 2027 (opzegtermijn 12 maanden)"))
        #expect(section.contains("30 september 2027 (3 maanden vóór de opzegdatum)"))
        // Its SLA table, row by row: priority, response, restore, resolution, updates.
        let levels = try #require(section.firstIndex(of: "Serviceniveaus"))
        #expect(Array(section[levels + 1...levels + 6]) == ["Prioriteit", "Wanneer", "Reactietijd", "Hersteltijd", "Oplostijd", "Updates"])
        let p1 = try #require(section.firstIndex(of: "P1"))
        #expect(Array(section[p1 + 2...p1 + 5]) == ["15 minuten", "2 uur", "5 dagen", "elke 30 minuten"])
        // The escalation path with the numbers to call.
        #expect(section.contains("+31 88 412 7000"))
        #expect(section.contains("servicedesk@medivorm.example"))
    }

    @Test("each agreement after the first starts on a new page, and the signed document links to its address")
    func layout() throws {
        let parts = try Self.package("Samples/registers/hospital.xml")
        let document = String(decoding: try #require(parts["word/document.xml"]), as: UTF8.self)
        // The hospital has ten agreements: ten headings, nine page breaks.
        #expect(document.components(separatedBy: #"<w:pStyle w:val="Heading1"/>"#).count - 1 == 10)
        #expect(document.components(separatedBy: "<w:pageBreakBefore/>").count - 1 == 9)
        let relationships = String(decoding: try #require(parts["word/_rels/document.xml.rels"]), as: UTF8.self)
        #expect(relationships.contains(#"Target="https://dms.oeverland-zkh.example/contracten/2024-017" TargetMode="External""#))
        #expect(document.contains("<w:hyperlink r:id=\"rIdLink"))
    }

    @Test("the same register gives the same bytes")
    func stable() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [Data] = []
        for name in ["one.docx", "two.docx"] {
            let file = folder.appending(path: name)
            let outcome = try GovregProcess.run(["summary", "Samples/registers/gp-practice.xml", "--format", "docx", "--output", file.path, "--as-of", "2026-12-01"])
            #expect(outcome.status == 0)
            files.append(try Data(contentsOf: file))
        }
        #expect(files[0] == files[1])
        #expect(files[0].starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    @Test("names full of markup are text in the document")
    func hostile() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try HostileNamesTests.register(in: folder)
        let paragraphs = try Self.paragraphs(Self.package(path)["word/document.xml"])
        #expect(paragraphs.contains("\(HostileNamesTests.title) (dvo-his-dossierhuis-2024)"))
        #expect(paragraphs.contains(HostileNamesTests.script))
    }

    @Test("an agreement file and one agreement of a register have a Word summary too; English when asked")
    func oneAgreement() throws {
        let file = try Self.paragraphs(Self.package("Samples/agreements/lab-systeem.xml")["word/document.xml"])
        #expect(file.contains("Serviceniveaus"))
        let one = try Self.paragraphs(Self.package("Samples/registers/hospital.xml", arguments: ["--agreement", "dvo-epd-hosting-2025", "--lang", "en"])["word/document.xml"])
        #expect(one.contains("Service levels"))
        #expect(one.contains("DVO EPD-hosting en back-up 2025 (dvo-epd-hosting-2025)"))
        #expect(!one.contains("DVO EPD en patiëntenportaal 2024 (dvo-epd-medivorm-2024)"))
    }
}
