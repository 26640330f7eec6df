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
}
