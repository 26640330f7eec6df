import Foundation
import Testing
@testable import GovernanceRegister
import GovernanceXML

/// What the reports say, checked against the register itself rather than against a recording.
struct ReportContentTests {
    static let hospital = GovregProcess.packageRoot.appending(path: "Samples/registers/hospital.xml").path

    private func register(at path: String = hospital) throws -> Register {
        let check = GovernanceValidator().check(path: path)
        guard case .register(let register) = check.document else { throw CocoaError(.fileReadCorruptFile) }
        return register
    }

    @Test("the CSV of the hospital sample parses back to the same matrices")
    func csvRoundTrip() throws {
        let outcome = try GovregProcess.run(["raci", "Samples/registers/hospital.xml", "--format", "csv", "--separator", "comma"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("\u{FEFF}"))
        #expect(outcome.stdout.contains("\r\n"))
        let rows = try RFC4180.parse(String(outcome.stdout.dropFirst()), separator: ",")
        let header = try #require(rows.first)
        let register = try register()
        let partyIDs = try header.dropFirst(3).map { name in try #require(register.parties.first { $0.name == name }?.id, "\(name)") }
        var parsed: [String: [String: String]] = [:]
        for row in rows.dropFirst() {
            #expect(row.count == header.count)
            parsed[row[1], default: [:]].merge(zip(partyIDs, row.dropFirst(3)).filter { !$0.1.isEmpty }.map { ($0.0, $0.1) }) { $1 }
        }
        let activities = register.matrices.flatMap(\.activities)
        #expect(parsed.count == activities.count)
        for activity in activities {
            let expected = Dictionary(uniqueKeysWithValues: activity.assignments.map { ($0.partyID, $0.role.rawValue) })
            #expect(parsed[activity.id] == expected, "\(activity.id)")
        }
    }

    @Test("every activity row of the hospital overview has exactly one A")
    func oneAccountablePerRow() throws {
        let outcome = try GovregProcess.run(["raci", "Samples/registers/hospital.xml", "--format", "json"])
        let overview = try JSONDecoder().decode(RaciOverview.self, from: Data(outcome.stdout.utf8))
        let rows = overview.tables.flatMap(\.rows)
        #expect(rows.count >= 15)
        for row in rows {
            #expect(row.roles.values.count { $0 == .accountable } == 1, "\(row.id)")
        }
    }

    @Test("--party shows only that party's activities")
    func partyDuties() throws {
        let outcome = try GovregProcess.run(["raci", "Samples/registers/hospital.xml", "--party", "ict", "--format", "json"])
        let overview = try JSONDecoder().decode(RaciOverview.self, from: Data(outcome.stdout.utf8))
        #expect(overview.focus?.id == "ict")
        let rows = overview.tables.flatMap(\.rows)
        let expected = try register().matrices.flatMap(\.activities).filter { $0.assignments.contains { $0.partyID == "ict" } }
        #expect(rows.map(\.id) == expected.map(\.id))
    }

    @Test("the text overview fits an 80-column terminal")
    func textWidth() throws {
        let outcome = try GovregProcess.run(["raci", "Samples/registers/hospital.xml"])
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.count > 40)
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.filter { $0.count > 80 })")
    }

    @Test("the HTML reports parse and name every agreement")
    func htmlNamesEveryAgreement() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try GovregProcess.run(["report", "Samples/registers/hospital.xml", "--output", folder.path]).status == 0)
        let summary = try GovregProcess.run(["summary", "Samples/registers/hospital.xml", "--format", "html"])
        let register = try register()
        let agreementsPage = try String(contentsOf: folder.appending(path: "agreements.html"), encoding: .utf8)
        for page in [agreementsPage, summary.stdout] {
            let document = try PolyglotHTML.parse(page)
            let headings = document.elements(named: "h2").map(\.text)
            for agreement in register.agreements {
                #expect(headings.contains("\(agreement.title) (\(agreement.id))"), "\(agreement.id)")
            }
        }
        for agreement in register.agreements {
            let page = try String(contentsOf: folder.appending(path: "agreement-\(agreement.id).html"), encoding: .utf8)
            #expect(try PolyglotHTML.parse(page).elements(named: "h1").first?.text == "\(agreement.title) (\(agreement.id))")
        }
        for name in ["index.html", "raci.html", "reviews.html", "continuity.html", "cards.html"] {
            _ = try PolyglotHTML.parse(String(contentsOf: folder.appending(path: name), encoding: .utf8))
        }
    }

    @Test("the site links what it names: warnings to their pages, agreements in findings, the signed document; reviews start with status and date")
    func links() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try GovregProcess.run(["report", "Samples/registers/hospital.xml", "--output", folder.path, "--as-of", "2026-12-01"]).status == 0)
        func page(_ name: String) throws -> ParsedDocument { try PolyglotHTML.parse(String(contentsOf: folder.appending(path: name), encoding: .utf8)) }
        // On the overview the workstations' worst case goes to its system on the continuity page,
        // and the EPD agreement's review due soon to the agreement's page.
        let warnings = try page("index.html").elements(named: "ul").first?.children(named: "li").compactMap { $0.child(named: "a") } ?? []
        #expect(warnings.contains { $0.attribute("href") == "continuity.html#werkplek" && $0.text.hasPrefix("[CT002] Werkplekken en printers") })
        #expect(warnings.contains { $0.attribute("href") == "agreement-dvo-epd-medivorm-2024.html" && $0.text.contains("Herziening: DVO EPD en patiëntenportaal 2024") })
        // The finding names the agreement to change, and links it.
        let werkplek = try #require(try page("continuity.html").elements(named: "section").first { $0.attribute("id") == "werkplek" })
        let findingLinks = werkplek.children(named: "ul").flatMap { $0.children(named: "li") }.flatMap { $0.children(named: "a") }
        #expect(findingLinks.map { $0.attribute("href") }.contains("agreement-dvo-werkplek-2023.html"))
        // A signed document with a web address is a link; one without stays text.
        let signed = try page("agreement-dvo-werkplek-2023.html").elements(named: "dd").compactMap { $0.child(named: "a") }
        #expect(signed.map { $0.attribute("href") } == ["https://dms.oeverland-zkh.example/contracten/2023-019"])
        // Reviews: what is late shows first on a phone.
        let header = try page("reviews.html").elements(named: "thead").first?.child(named: "tr")?.children(named: "th").map(\.text)
        #expect(header == ["Status", "Datum", "Wat", "Overeenkomst of systeem", "Eigenaar", "Te doen"])
    }

    @Test("the overview starts with the continuity errors, then the open actions of evaluations, then what is overdue and due soon")
    func overviewOrder() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try GovregProcess.run(["report", "Samples/registers/gp-practice.xml", "--output", folder.path, "--as-of", "2026-12-02"]).status == 0)
        let index = try PolyglotHTML.parse(String(contentsOf: folder.appending(path: "index.html"), encoding: .utf8))
        let attention = index.elements(named: "ul").first?.children(named: "li").map(\.text) ?? []
        // Four CT002 errors of the sample (HIS, KIS, workstations, patient app), the two open
        // actions of the HIS outage's evaluation, then the reviews due in December.
        #expect(attention.prefix(4).allSatisfy { $0.hasPrefix("[CT002] ") }, "\(attention)")
        #expect(attention.dropFirst(4).prefix(2).map { $0.components(separatedBy: ": ").dropFirst().first ?? "" }
                == ["Dagagenda ook om 13:00 printen, met het avondspreekuur, 18 december 2026 (over 16 dagen); eigenaar Doktersassistenten",
                    "Offerte voor een storingsdienst buiten kantoortijd beoordelen en besluiten, vóór de verlenging van de HIS-overeenkomst, 31 januari 2027 (over 60 dagen); eigenaar Praktijkhouder (huisarts)"])
        #expect(attention.dropFirst(6).first?.hasPrefix("BINNENKORT — Herziening: Zakelijk abonnement internet en telefonie 2024, 4 december 2026") == true)
        #expect(!attention.contains { $0.contains("4G-antenne") }, "a done action is not listed")
    }

    @Test("the site has no scripts and no outside addresses")
    func selfContained() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try GovregProcess.run(["report", "Samples/registers/hospital.xml", "--output", folder.path]).status == 0)
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(pages.count == 6 + 10)
        for name in pages {
            let html = try String(contentsOf: folder.appending(path: name), encoding: .utf8)
            #expect(!html.contains("<script"), "\(name)")
            #expect(!html.contains("src="), "\(name)")
            #expect(!html.contains("<link"), "\(name)")
            #expect(html.contains("@page { size: A4"), "\(name)")
        }
    }
}

/// Parses govreg's HTML, which is also well-formed XML, strictly.
enum PolyglotHTML {
    struct NotWellFormed: Error, CustomStringConvertible {
        let description: String
    }

    static func parse(_ html: String) throws -> ParsedDocument {
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        // govreg's own parser refuses any DOCTYPE, so drop the HTML5 one.
        let body = html.replacingOccurrences(of: "<!DOCTYPE html>\n", with: "")
        switch ParsedDocument.parse(Array(body.utf8)) {
        case .success(let document): return document
        case .failure(let issue): throw NotWellFormed(description: "line \(issue.line): \(issue.message)")
        }
    }
}

/// A small RFC 4180 reader, independent of govreg's writer.
enum RFC4180 {
    struct Malformed: Error {}

    static func parse(_ text: String, separator: Character) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)
        characters.append("\r\n")
        var index = 0
        while index < characters.count - 1 {
            let character = characters[index]
            if quoted {
                if character == "\"" {
                    if characters[index + 1] == "\"" { field.append("\""); index += 1 } else { quoted = false }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                guard field.isEmpty else { throw Malformed() }
                quoted = true
            } else if character == separator {
                row.append(field)
                field = ""
            } else if character == "\r\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(character)
            }
            index += 1
        }
        guard !quoted else { throw Malformed() }
        return rows
    }
}
