import Foundation
import Testing

/// `govreg reviews` as a cron job and a calendar see it.
struct ReviewsCommandTests {
    static let gp = "Samples/registers/gp-practice.xml"

    @Test("exit status 1 when anything is overdue, 0 otherwise")
    func exitStatus() throws {
        let now = try GovregProcess.run(["reviews", Self.gp, "--as-of", "2026-11-22"])
        #expect(now.status == 0, "\(now.stdout)")
        let later = try GovregProcess.run(["reviews", Self.gp, "--as-of", "2027-06-01"])
        #expect(later.status == 1)
        #expect(later.stdout.contains("TE LAAT"))
    }

    @Test("--within changes what counts as due soon")
    func within() throws {
        let narrow = try GovregProcess.run(["reviews", Self.gp, "--as-of", "2026-11-22", "--within", "5", "--format", "json"])
        let wide = try GovregProcess.run(["reviews", Self.gp, "--as-of", "2026-11-22", "--within", "60", "--format", "json"])
        func soon(_ text: String) throws -> Int {
            let list = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
            return (list?["items"] as? [[String: Any]] ?? []).count { $0["status"] as? String == "due-soon" }
        }
        #expect(try soon(narrow.stdout) < soon(wide.stdout))
        #expect(try GovregProcess.run(["reviews", Self.gp, "--within", "-3"]).status == 2)
    }

    @Test("the calendar passes an independent RFC 5545 parser and every UID survives the round trip", arguments: [
        "Samples/registers/gp-practice.xml", "Samples/registers/hospital.xml",
    ])
    func calendar(register: String) throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "reminders.ics")
        #expect(try GovregProcess.run(["reviews", register, "--as-of", "2026-11-22", "--format", "ics", "--output", file.path]).status == 0)
        let bytes = try Data(contentsOf: file)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        for line in bytes.split(separator: UInt8(ascii: "\n")) {
            #expect(line.count <= 76, "line longer than 75 octets")  // 75 plus the CR
        }
        // Unfold first: a long UID continues on the next line after CRLF and a space.
        let ours = text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }.map { String($0.dropFirst(4)) }
        #expect(ours.count >= 10)

        let script = """
        import sys, icalendar
        calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        for event in calendar.walk('VEVENT'):
            assert event['DTSTART'].params.get('VALUE') == 'DATE', event['UID']
            assert event.get('DTSTAMP') is not None and event.get('SUMMARY') and event.get('DESCRIPTION')
            alarms = event.walk('VALARM')
            assert len(alarms) == 1 and alarms[0]['TRIGGER'].to_ical() == b'-P7D', event['UID']
            print(event['UID'])
        """
        let parser = Process()
        parser.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        parser.arguments = ["-c", script, file.path]
        let pipe = Pipe()
        parser.standardOutput = pipe
        try parser.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        parser.waitUntilExit()
        #expect(parser.terminationStatus == 0, "Python's icalendar refused the file (Scripts/test installs python3-icalendar)")
        let theirs = String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(theirs == ours)
    }

    @Test("the same reminder keeps its UID from run to run")
    func stableUIDs() throws {
        func uids(_ day: String) throws -> Set<String> {
            let text = try GovregProcess.run(["reviews", Self.gp, "--as-of", day, "--format", "ics"]).stdout
            return Set(text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") })
        }
        let november = try uids("2026-11-22")
        let december = try uids("2026-12-01")
        #expect(november.contains("UID:review-dvo-his-dossierhuis-2024@huisartsenpraktijk-de-zilverlinde.govreg"))
        #expect(november == december)
    }

    /// Each event of a calendar by its UID, with its SUMMARY.
    static func events(_ register: String) throws -> [String: String] {
        let text = try GovregProcess.run(["reviews", register, "--as-of", "2026-12-03", "--format", "ics"]).stdout
        var events: [String: String] = [:]
        var uid = ""
        for line in text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n") {
            if line.hasPrefix("UID:") { uid = String(line.dropFirst(4)) }
            if line.hasPrefix("SUMMARY:") { events[uid] = String(line.dropFirst(8)) }
        }
        return events
    }

    @Test("an action added before the open ones, or one done, leaves the others' events as they were")
    func actionsKeepTheirEvents() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let register = folder.appending(path: "register.xml")
        let original = try String(contentsOfFile: Self.gp, encoding: .utf8)
        try original.write(to: register, atomically: true, encoding: .utf8)
        let before = try Self.events(register.path)
        let agenda = "Actie uit evaluatie: Dagagenda ook om 13:00 printen\\, met het avondspreekuur"
        let quote = "Actie uit evaluatie: Offerte voor een storingsdienst buiten kantoortijd beoordelen en besluiten\\, vóór de verlenging van de HIS-overeenkomst"
        let agendaUID = try #require(before.first { $0.value == agenda }?.key)
        let quoteUID = try #require(before.first { $0.value == quote }?.key)

        // A new first action, and the quote's action done.
        let first = "<action owner=\"praktijkhouder\" due=\"2027-01-31\">Offerte"
        #expect(original.contains(first))
        let changed = original
            .replacingOccurrences(of: first, with: "<action owner=\"praktijkit\" due=\"2027-02-15\">Noodstroom voor de server testen</action>\n        " + first)
            .replacingOccurrences(of: "due=\"2027-01-31\">Offerte", with: "due=\"2027-01-31\" done=\"2026-12-01\">Offerte")
        try changed.write(to: register, atomically: true, encoding: .utf8)
        let after = try Self.events(register.path)
        #expect(after[agendaUID] == agenda)
        #expect(after[quoteUID] == nil)
        #expect(after.values.contains("Actie uit evaluatie: Noodstroom voor de server testen"))
        // Every other event is where it was.
        for (uid, summary) in before where uid != quoteUID {
            #expect(after[uid] == summary, "\(uid)")
        }
    }

    @Test("renaming the organisation keeps every event's UID; an organisation's own id is the UIDs' domain")
    func organisationRenamed() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let register = folder.appending(path: "register.xml")
        try FileManager.default.copyItem(atPath: Self.gp, toPath: register.path)
        let before = try Self.events(register.path)
        #expect(before.keys.contains("review-dvo-his-dossierhuis-2024@huisartsenpraktijk-de-zilverlinde.govreg"))
        let renamed = try GovregProcess.run(["organisation", register.path, "--name", "Gezondheidscentrum Lingehaven"])
        #expect(renamed.status == 0)
        #expect(renamed.stdout.contains("sleutel in de agenda: — -> huisartsenpraktijk-de-zilverlinde"))
        #expect(try String(contentsOf: register, encoding: .utf8).contains("<organisation kind=\"gp-practice\" id=\"huisartsenpraktijk-de-zilverlinde\">"))
        #expect(try Set(Self.events(register.path).keys) == Set(before.keys))
        // Renamed again: the key stays.
        #expect(try GovregProcess.run(["organisation", register.path, "--name", "Huisartsen Lingehaven"]).status == 0)
        #expect(try Set(Self.events(register.path).keys) == Set(before.keys))

        #expect(try GovregProcess.run(["set", register.path, "organisation/@id", "zilverlinde"]).status == 0)
        let own = try Self.events(register.path)
        #expect(own.keys.contains("review-dvo-his-dossierhuis-2024@zilverlinde.govreg"))
        #expect(own.count == before.count)
    }
}
