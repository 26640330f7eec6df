import Foundation
import Testing
import GovernanceXML
@testable import GovernanceRegister

/// govreg continuity and govreg card, as the practice manager and the crisis team use them.
struct ContinuityCommandTests {
    static let asOf = ["--as-of", "2026-11-22"]

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
        #expect(pages.map { $0.attribute("id") } == ["his", "telefonie", "internet"])
        #expect(html.contains("section.page { break-before: page; }"))
        let his = try #require(pages.first)
        let rows = his.children(named: "table").flatMap { $0.child(named: "tbody")?.children(named: "tr") ?? [] }
        #expect(rows.map { $0.child(named: "th")?.text } == ["direct", "na 2 uur", "na 4 uur", "na 8 uur"])
        // A number a phone dials when tapped.
        #expect(html.contains("<a class=\"phone\" href=\"tel:+31856204300\">+31 85 620 4300</a>"))
        #expect(html.contains("Continuïteitsplan hoofdstuk 3."))

        let one = try GovregProcess.run(["card", "Samples/registers/gp-practice.xml", "--system", "kis", "--output", file.path])
        #expect(one.status == 0)
        #expect(try PolyglotHTML.parse(String(contentsOf: file, encoding: .utf8)).elements(named: "section").count == 1)
        let unknown = try GovregProcess.run(["card", "Samples/registers/gp-practice.xml", "--system", "nope", "--output", file.path])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("geen systeem 'nope' in het register; de systemen zijn: his, kis"), "\(unknown.stderr)")
    }
}
