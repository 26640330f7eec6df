import Foundation
import Testing
import GovernanceXML
@testable import GovernanceRegister

/// govreg continuity and govreg card, as the practice manager and the crisis team use them.
struct ContinuityCommandTests {
    static let asOf = ["--as-of", "2026-11-22"]

    @Test("the README's continuity example is what govreg prints, line for line from its start")
    func readmeExample() throws {
        let readme = try String(contentsOf: GovregProcess.packageRoot.appending(path: "README.md"), encoding: .utf8)
        let command = "$ swift run govreg continuity Samples/registers/gp-practice.xml --lang en --as-of 2026-11-22\n"
        let block = try #require(readme.components(separatedBy: command).dropFirst().first?.components(separatedBy: "\n```").first)
        let shown = block.components(separatedBy: "\n")
        let printed = try GovregProcess.run(["continuity", "Samples/registers/gp-practice.xml", "--lang", "en"] + Self.asOf).stdout.components(separatedBy: "\n")
        #expect(shown.count > 5)
        for (index, line) in shown.enumerated() {
            // A line the README cuts short ends in "...": the part before it is what govreg prints.
            let expected = line.hasSuffix(" ...") ? String(line.dropLast(4)) : line
            #expect(index < printed.count && (line.hasSuffix(" ...") ? printed[index].hasPrefix(expected) : printed[index] == expected), "README line \(index + 1): \(line)")
        }
    }

    @Test("the GP practice's HIS cannot be restored within its 2 hours outside office hours")
    func gpPracticeFinding() throws {
        let outcome = try GovregProcess.run(["continuity", "Samples/registers/gp-practice.xml", "--lang", "en"] + Self.asOf)
        #expect(outcome.status == 1)
        // Thursday 25 March 2027 17:00 to Tuesday 30 March 12:00 is 115 hours on the clock, but summer
        // time starts on Sunday 28 March: 114 hours really pass (16:00 UTC to 10:00 UTC).
        #expect(outcome.stdout.contains("error [CT002] HIS may be down 114 hours in the worst case"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("outage Thursday 25 March 2027 17:00 UTC+01:00, restored Tuesday 30 March 2027 12:00 UTC+02:00"))
        #expect(outcome.stdout.contains("warning [CT004] dvo-his-dossierhuis-2024 reaches the vendor's Directie only after 8 hours"))
    }

    @Test("the hospital's scorecard shows the outage the SLA hides: restored within the SLA, the care down 4.7 times its maximum")
    func hospitalScorecard() throws {
        let outcome = try GovregProcess.run(["summary", "Samples/registers/hospital.xml", "--agreement", "dvo-werkplek-2023"] + Self.asOf)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        // Mon-Fri 07:30-17:30, closed on holidays. Reported Thursday 2 April 2026 17:25: 5 minutes
        // that day; Good Friday, the Easter weekend and Easter Monday stop the clock; answered
        // Tuesday 07:40 (15 minutes of 1 hour), restored 10:30 (3 hours 5 minutes of 4 hours).
        // The care was without its workstations from Thursday 17:20 to Tuesday 10:30: 113 hours
        // 10 minutes, 6790 minutes against 1440, 4.7 times the maximum downtime of a day.
        #expect(outcome.stdout.contains("| INC-2026-0402 Thin clients van de verpleegafdelingen starten niet na een mislukte update van het werkplekbeeld (Werkplekken en printers) | donderdag 2 april 2026 17:20 | P1 | 15 minuten van 1 uur: gehaald | 3 uur 5 minuten van 4 uur: gehaald | 113 uur 10 minuten, 4,7 × de maximale uitvaltijd van 24 uur: TE LANG |"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("| 2e kwartaal 2026 | 1 | 1 / 0 | 1 / 0 | 1 | INC-2026-0402: 113 uur 10 minuten, 4,7 × de maximale uitvaltijd van 24 uur: TE LANG |"))
        // The review reminder for February carries the incident since the November review: reported
        // Wednesday 18 November 16:55, 35 minutes that day and 15 on Thursday morning; 16 hours 50
        // minutes down, 1010 minutes against 1440: 0.7 times.
        let reviews = try GovregProcess.run(["reviews", "Samples/registers/hospital.xml", "--all", "--format", "markdown"] + Self.asOf)
        let line = try #require(reviews.stdout.split(separator: "\n").first { $0.contains("| Herziening | DVO Werkplekbeheer 2023-2027 |") })
        #expect(line.contains("Sinds de vorige herziening: 1 incident; reactie binnen de SLA 1 van 1, herstel binnen de SLA 1 van 1; zorg langer zonder systeem dan de maximale uitvaltijd: 0 keer; langste: INC-2026-1118, 16 uur 50 minuten, 0,7 × de maximale uitvaltijd van 24 uur."), "\(line)")
    }

    @Test("the hospital has critical systems without findings")
    func hospitalClean() throws {
        let outcome = try GovregProcess.run(["continuity", "Samples/registers/hospital.xml", "--format", "json"] + Self.asOf)
        let check = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        let systems = try #require(check?["systems"] as? [[String: Any]])
        let clean = systems.filter { $0["criticality"] as? String == "critical" && ($0["findings"] as? [Any])?.isEmpty == true }
        #expect(clean.map { $0["id"] as? String }.contains("lis"))
        #expect(clean.count >= 3)
    }

    @Test("the escalation card has one page per critical system, with the fallback and every phone number in order")
    func card() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "card.html")
        let outcome = try GovregProcess.run(["card", "Samples/registers/gp-practice.xml", "--output", file.path] + Self.asOf)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let html = try String(contentsOf: file, encoding: .utf8)
        let document = try PolyglotHTML.parse(html)
        let pages = document.elements(named: "section")
        // One card per critical system, then the phone list with every number of the register.
        #expect(pages.map { $0.attribute("id") } == ["his", "telefonie", "internet", "telefoonlijst"])
        #expect(html.contains("section.page { break-before: page; }"))
        let his = try #require(pages.first)
        let tables = his.children(named: "table")
        func rows(_ table: XMLElementView?) -> [String?] {
            (table?.child(named: "tbody")?.children(named: "tr") ?? []).map { $0.child(named: "th")?.text }
        }
        #expect(rows(tables.first) == ["direct", "na 2 uur", "na 4 uur", "na 8 uur"])
        #expect(tables.count == 1)
        // Every number of a level with what it is for; the vendor's hours and what to do outside them.
        #expect(html.contains(#"<span class="number"><a class="phone" href="tel:+31856204300">+31 85 620 4300</a> (kantoor)</span>"#), "\(html)")
        #expect(his.text.contains("Servicetijden: ma-vr 08:00-17:00, niet op feestdagen. Daarbuiten: Buiten deze tijden en op feestdagen is er geen storingsdienst"), "\(his.text)")
        // From the continuity plan: the outside parties to inform, in the plan's order, with the
        // numbers to call; the call tree in order; what still works without the network.
        let more = try #require(his.children(named: "div").first)
        let inform = more.children(named: "ul").last?.children(named: "li").map { $0.child(named: "b")?.text } ?? []
        #expect(inform == ["Apotheek De Linge", "Huisartsenpost Lingeland", "Ziekenhuis Lingeland", "Patiënten van de praktijk",
                           "Autoriteit Persoonsgegevens", "Inspectie Gezondheidszorg en Jeugd"])
        let calls = more.children(named: "ol").first?.children(named: "li").map(\.text) ?? []
        #expect(calls.first?.hasPrefix("Praktijkmanager belt Praktijkhouder (huisarts) +31 345 62 1400 (kantoor), +31 6 2471 8830 (mobiel)") == true, "\(calls)")
        #expect(calls.count == 4)
        #expect(calls.last?.hasPrefix("Praktijkhouder (huisarts) belt Huisartsenpost Lingeland +31 345 64 9900 (storingslijn)") == true)
        #expect(html.contains("<a class=\"phone\" href=\"tel:+31345622800\">+31 345 62 2800</a>"), "the pharmacy's number")
        #expect(html.contains("Werkt zonder netwerk: </b>Mobiele telefoons van de medewerkers en de mobiele praktijktelefoon; De belboom"))
        // Who does what in the most urgent emergency that takes the HIS down.
        #expect(more.children(named: "h3").map(\.text) == ["Uitval van het HIS langer dan 2 uur"])
        // A number a phone dials when tapped.
        #expect(html.contains("<a class=\"phone\" href=\"tel:+31856204300\">+31 85 620 4300</a>"))
        #expect(html.contains("Continuïteitsplan hoofdstuk 3."))

        let one = try GovregProcess.run(["card", "Samples/registers/gp-practice.xml", "--system", "kis", "--output", file.path])
        #expect(one.status == 0)
        #expect(try PolyglotHTML.parse(String(contentsOf: file, encoding: .utf8)).elements(named: "section").map { $0.attribute("id") } == ["kis", "telefoonlijst"])
        let unknown = try GovregProcess.run(["card", "Samples/registers/gp-practice.xml", "--system", "nope", "--output", file.path])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("geen systeem 'nope' in het register; de systemen zijn: his, kis"), "\(unknown.stderr)")
    }

    @Test("a system's worst case follows what it depends on: 24x7 restore is no help on an internet line restored in office hours")
    func dependencyChain() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "register.xml")
        let text = ExampleRegister.document(with: [
            .systems: ExampleSystems.ehr(dependsOn: ["line"]) + ExampleSystems.line,
            .moreAgreements: ExampleSystems.lineAgreement,
        ])
        try Data(text.utf8).write(to: file)
        let outcome = try GovregProcess.run(["continuity", file.path, "--as-of", "2026-06-01"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        // The line's P1 is 8 service hours, weekdays 08:00-17:00: an outage on Friday 17:00 is
        // restored on Monday at 16:00, 71 hours on. The weekend summer time ends, 23 to 26 October
        // 2026, has an hour more: 72 hours.
        #expect(outcome.stdout.contains("  Depends on: Internet line\n"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("  Worst case: 72 hours through Internet line (outage Friday 23 October 2026 17:00 UTC+02:00, restored Monday 26 October 2026 16:00 UTC+01:00)\n"))
        #expect(outcome.stdout.contains("warning [CT011] critical EHR depends on Internet line, which may be down 72 hours in the worst case"))
        #expect(outcome.stdout.contains("against 4 hours for EHR itself; so EHR may be down 72 hours, more than the 8 hours care can do without it"))

        let json = try GovregProcess.run(["continuity", file.path, "--as-of", "2026-06-01", "--format", "json"])
        let check = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let ehr = (check?["systems"] as? [[String: Any]])?.first { $0["id"] as? String == "ehr" }
        #expect((ehr?["worstCase"] as? [String: Any])?["minutes"] as? Int == 72 * 60)
        #expect(ehr?["worstCaseThrough"] as? String == "Internet line")
    }
}
