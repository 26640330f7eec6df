import Foundation
import Testing
@testable import GovernanceRegister

/// The dates and clocks people act on, checked as a contract manager and a practice manager would
/// work them out by hand: contract periods at month ends, notice without a notice period, worst
/// cases over clock changes, and the calendar that carries all of it.
struct DatesAndClocksTests {
    /// Runs `body` with the path of the example register with some of its text replaced, written
    /// to a temporary file that is removed afterwards.
    private func withRegister(_ replacements: [(String, String)], _ body: (String) throws -> Void) throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(try registerFile(replacements, in: folder))
    }

    /// The example register with some of its text replaced, written to a temporary file.
    private func registerFile(_ replacements: [(String, String)], in folder: URL) throws -> String {
        var text = ExampleRegister.document()
        for (old, new) in replacements {
            #expect(text.contains(old), "the example register has no \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let file = folder.appending(path: "register.xml")
        try Data(text.utf8).write(to: file)
        return file.path
    }

    /// The example register's own EHR, to be replaced.
    private static let critical = ExampleRegister.defaults[.systems, default: ""]
    private static let drills = #"<drills interval="P1Y"><drill date="2026-03-01" outcome="passed"/></drills>"#
    private static func system(maxDowntime: String) -> String {
        #"<system id="ehr" criticality="critical" vendor="acme"><name>EHR</name><maxDowntime>\#(maxDowntime)</maxDowntime><fallback>Paper forms.</fallback><drills interval="P1Y"><drill date="2026-06-01" outcome="passed"/></drills></system>"#
    }
    private static let officeHours = #"<serviceHours><window days="mon tue wed thu fri" from="08:00" until="17:00"/></serviceHours>"#
    private static let always = "<serviceHours><always/></serviceHours>"

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func items(_ register: String, asOf: String) throws -> [[String: Any]] {
        let outcome = try GovregProcess.run(["reviews", register, "--as-of", asOf, "--format", "json"])
        return try json(outcome.stdout)["items"] as? [[String: Any]] ?? []
    }

    private func due(_ items: [[String: Any]], _ kind: String) -> String? {
        items.first { $0["kind"] as? String == kind }?["due"] as? String
    }

    @Test("12 months from 29 February 2024: the period runs through 28 February 2025, and every deadline follows from that")
    func leapDayContract() throws {
        try withRegister([
            ("<start>2025-01-01</start>", "<start>2024-02-29</start>"),
            ("<initialTerm>P36M</initialTerm>", "<initialTerm>P12M</initialTerm>"),
            (#"<review date="2026-04-15""#, #"<review date="2024-04-15""#),
        ]) { register in
            // Notice of 3 months for a period ending 28 February 2025 must arrive by 30 November 2024;
            // the decision is due 30 days before that, on 31 October.
            let autumn = try items(register, asOf: "2024-10-01")
            #expect(due(autumn, "notice") == "2024-11-30")
            #expect(due(autumn, "decision") == "2024-10-31")
            // Once that day has passed, the first renewal counts: 1 March 2025 through 28 February 2026.
            let winter = try items(register, asOf: "2024-12-15")
            #expect(due(winter, "notice") == "2025-11-30")
            let summary = try GovregProcess.run(["summary", register, "--as-of", "2025-03-01", "--format", "json"])
            let period = try #require(((try json(summary.stdout)["agreements"] as? [[String: Any]])?.first?["dates"] as? [String: Any])?["currentPeriod"] as? [String: Any])
            #expect(period["start"] as? String == "2025-03-01")
            #expect(period["end"] as? String == "2026-02-28")
            #expect(period["number"] as? Int == 1)
        }
    }

    @Test("an automatic renewal without a notice period still has its decision and period end, in reviews, summary and calendar")
    func automaticWithoutNotice() throws {
        try withRegister([("<noticePeriod>P3M</noticePeriod>", "")]) { register in
            // Start 2025-01-01, 36 months: the period ends 31 December 2027; decide 30 days before, 1 December.
            let list = try items(register, asOf: "2027-10-01")
            #expect(due(list, "notice") == "2027-12-31")
            #expect(due(list, "decision") == "2027-12-01")
            let summary = try GovregProcess.run(["summary", register, "--as-of", "2027-10-01", "--lang", "en"])
            #expect(summary.stdout.contains("| **Notice deadline** | 31 December 2027 (no notice period) |"), "\(summary.stdout)")
            #expect(summary.stdout.contains("| **Decide by** | 1 December 2027 (30 days before the notice deadline) |"))
            let calendar = try GovregProcess.run(["reviews", register, "--as-of", "2027-10-01", "--format", "ics"]).stdout
            #expect(calendar.contains("UID:notice-ehr-sla-period-0@example-hospital.govreg\r\nDTSTAMP:"))
            #expect(calendar.contains("DTSTART;VALUE=DATE:20271231"))
            #expect(calendar.contains("DTSTART;VALUE=DATE:20271201"))
        }
    }

    @Test("a renewal on request without a notice period: the decision and the end")
    func onRequestWithoutNotice() throws {
        try withRegister([
            ("<noticePeriod>P3M</noticePeriod>", ""),
            (#"<renewal kind="automatic" term="P12M"/>"#, #"<renewal kind="on-request" term="P12M"/>"#),
        ]) { register in
            let list = try items(register, asOf: "2027-10-01")
            #expect(due(list, "ending") == "2027-12-31")
            #expect(due(list, "decision") == "2027-12-01")
            #expect(due(list, "notice") == nil)
        }
    }

    @Test("the worst case over the last weekend of October is 68 real hours, reported with the UTC offsets")
    func endOfSummerTime() throws {
        try withRegister([(Self.critical, Self.system(maxDowntime: "PT2H")), (Self.always, Self.officeHours)]) { register in
            let outcome = try GovregProcess.run(["continuity", register, "--as-of", "2026-10-01", "--format", "json"])
            #expect(outcome.status == 1)
            let system = try #require((try json(outcome.stdout)["systems"] as? [[String: Any]])?.first)
            let worst = try #require(system["worstCase"] as? [String: Any])
            // Friday 23 October 2026 17:00 (summer time) to Monday 26 October 12:00 (winter time): 67 hours
            // on the clock, 68 real hours, 4,080 minutes.
            #expect(worst["start"] as? String == "2026-10-23T17:00:00+02:00")
            #expect(worst["end"] as? String == "2026-10-26T12:00:00+01:00")
            #expect(worst["minutes"] as? Int == 4080)
            let text = try GovregProcess.run(["continuity", register, "--as-of", "2026-10-01", "--lang", "en"]).stdout
            #expect(text.contains("Worst case: 68 hours (outage Friday 23 October 2026 17:00 UTC+02:00, restored Monday 26 October 2026 12:00 UTC+01:00)"), "\(text)")
        }
    }

    @Test("the worst-case search starts on the as-of date itself")
    func searchStartsOnTheAsOfDate() throws {
        try withRegister([(Self.critical, Self.system(maxDowntime: "PT2H")), (Self.always, Self.officeHours)]) { register in
            // From Saturday 24 October 2026 the Friday before lies in the past: the worst case is Friday 30
            // October 17:00 to Monday 2 November 12:00, 67 hours, all in winter time.
            let outcome = try GovregProcess.run(["continuity", register, "--as-of", "2026-10-24", "--format", "json"])
            let worst = try #require((try json(outcome.stdout)["systems"] as? [[String: Any]])?.first?["worstCase"] as? [String: Any])
            #expect(worst["start"] as? String == "2026-10-30T17:00:00+01:00")
            #expect(worst["minutes"] as? Int == 67 * 60)
        }
    }

    @Test("a management level reached at once for P1 is never too late; one reached after 8 hours is")
    func atOnceFor() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let late = try registerFile([(Self.critical, Self.system(maxDowntime: "PT4H")), (#"<level after="PT2H">"#, #"<level after="PT8H">"#)], in: folder)
        let lateRun = try GovregProcess.run(["continuity", late, "--as-of", "2026-11-22", "--lang", "en"])
        #expect(lateRun.stdout.contains("[CT004]"), "\(lateRun.stdout)")
        let atOnce = try registerFile([(Self.critical, Self.system(maxDowntime: "PT4H")), (#"<level after="PT2H">"#, #"<level after="PT8H" atOnceFor="P1">"#)], in: folder)
        let atOnceRun = try GovregProcess.run(["continuity", atOnce, "--as-of", "2026-11-22", "--lang", "en"])
        #expect(!atOnceRun.stdout.contains("[CT004]"), "\(atOnceRun.stdout)")
        #expect(atOnceRun.status == 0, "\(atOnceRun.stdout)")
    }

    @Test("a restore that the service hours cannot provide within a year is an error that says so")
    func beyondTheHorizon() throws {
        try withRegister([
            (Self.critical, Self.system(maxDowntime: "P30D")),
            (Self.always, #"<serviceHours><window days="mon" from="09:00" until="10:00"/></serviceHours>"#),
            ("<restoreTime>PT4H</restoreTime>", "<restoreTime>P3D</restoreTime>"),
            ("<restoreTime>PT8H</restoreTime>", "<restoreTime>P4D</restoreTime>"),
        ]) { register in
            let outcome = try GovregProcess.run(["continuity", register, "--as-of", "2026-11-22", "--lang", "en"])
            #expect(outcome.status == 1)
            #expect(outcome.stdout.contains("error [CT002] EHR may never be restored in time"), "\(outcome.stdout)")
            #expect(outcome.stdout.contains("within a year"))
            #expect(outcome.stdout.contains("Worst case: not restored within a year of some outages"))
        }
    }

    @Test("24x7 written as windows for all seven days, open on public holidays, is 24x7")
    func windowsAroundTheClock() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let windows = #"<serviceHours onPublicHolidays="open"><window days="mon tue wed thu fri sat sun" from="00:00" until="24:00"/></serviceHours>"#
        let register = try registerFile([(Self.critical, Self.system(maxDowntime: "PT4H")), (Self.always, windows)], in: folder)
        let outcome = try GovregProcess.run(["continuity", register, "--as-of", "2026-11-22", "--lang", "en"])
        #expect(!outcome.stdout.contains("[CT003]"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("Worst case: 4 hours"))
        #expect(outcome.status == 0)
        // The same windows closed on public holidays are not 24x7, and the message says how to write 24x7.
        let closed = try registerFile([(Self.critical, Self.system(maxDowntime: "PT4H")), (Self.always, windows.replacingOccurrences(of: #" onPublicHolidays="open""#, with: ""))], in: folder)
        let closedRun = try GovregProcess.run(["continuity", closed, "--as-of", "2026-11-22", "--lang", "en"])
        #expect(closedRun.stdout.contains("[CT003]"))
        #expect(closedRun.stdout.contains("<always/>"))
    }

    @Test("the calendar holds every item reviews lists, a drill never held on the as-of date, and a cycle from the 29th that does not skip February")
    func calendarHoldsEverything() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Last review 29 August 2026, quarterly: due 29 November 2026, then 28 February, 29 May 2027.
        let register = try registerFile([(#"<review date="2026-04-15""#, #"<review date="2026-08-29""#), (Self.drills, "")], in: folder)
        let list = try items(register, asOf: "2026-11-01")
        let calendar = try GovregProcess.run(["reviews", register, "--as-of", "2026-11-01", "--format", "ics"]).stdout
            .replacingOccurrences(of: "\r\n ", with: "")
        let uids = calendar.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
        #expect(uids.count == list.count)
        for item in list {
            let period = (item["period"] as? Int).map { "-period-\($0)" } ?? ""
            #expect(uids.contains("UID:\(item["kind"] as? String ?? "")-\(item["subjectID"] as? String ?? "")\(period)@example-hospital.govreg"))
        }
        // The critical EHR was never drilled: due now, on the as-of date.
        #expect(list.contains { $0["kind"] as? String == "drill" && $0["due"] == nil })
        #expect(calendar.contains("UID:drill-ehr@example-hospital.govreg\r\nDTSTAMP:"))
        let drill = try #require(calendar.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("UID:drill-ehr@") })
        #expect(drill.contains("DTSTART;VALUE=DATE:20261101"))
        let review = try #require(calendar.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("UID:review-ehr-sla@") })
        #expect(review.contains("DTSTART;VALUE=DATE:20261129"))
        let rule = try #require(review.components(separatedBy: "\r\n").first { $0.hasPrefix("RRULE:") })
        let script = """
        import sys
        from dateutil.rrule import rrulestr
        from datetime import datetime
        print(' '.join(d.strftime('%Y-%m-%d') for d in rrulestr(sys.argv[1], dtstart=datetime(2026, 11, 29))[:4]))
        """
        let expanded = try GovregProcess.runProgram(["/usr/bin/python3", "-c", script, String(rule.dropFirst(6))])
        #expect(expanded.stdout == "2026-11-29 2027-02-28 2027-05-29 2027-08-29\n", "\(expanded.stderr)")
    }

    @Test("an event made later has a higher SEQUENCE, so importing the newer calendar replaces the older copy")
    func sequenceGrows() throws {
        func sequences(at epoch: String) throws -> Set<String> {
            let text = try GovregProcess.run(["reviews", "Samples/registers/gp-practice.xml", "--as-of", "2026-11-22", "--format", "ics"],
                                             under: ["SOURCE_DATE_EPOCH=" + epoch]).stdout
            return Set(text.components(separatedBy: "\r\n").filter { $0.hasPrefix("SEQUENCE:") || $0.hasPrefix("DTSTAMP:") })
        }
        // 2026-11-22 00:00 UTC is 1,795,305,600 s after 1970; 2000-01-01 was 946,684,800 s after
        // 1970, so it is 848,620,800 s after 2000.
        #expect(try sequences(at: "1795305600") == ["SEQUENCE:848620800", "DTSTAMP:20261122T000000Z"])
        // Ten seconds later, ten more: two runs within one minute are told apart.
        #expect(try sequences(at: "1795305610") == ["SEQUENCE:848620810", "DTSTAMP:20261122T000010Z"])
        // Without SOURCE_DATE_EPOCH, the time of the run: past 2026-11-22.
        let now = try sequences(at: "").first { $0.hasPrefix("SEQUENCE:") }.flatMap { Int($0.dropFirst(9)) } ?? 0
        #expect(now > 848_620_800)
    }

    /// The first dates of a repeat rule, expanded by python-dateutil (not by govreg).
    private func expanded(_ event: String, count: Int) throws -> String {
        let start = try #require(event.components(separatedBy: "\r\n").first { $0.hasPrefix("DTSTART;VALUE=DATE:") }).dropFirst(19)
        let rule = try #require(event.components(separatedBy: "\r\n").first { $0.hasPrefix("RRULE:") }).dropFirst(6)
        let script = """
        import sys
        from dateutil.rrule import rrulestr
        from datetime import datetime
        print(' '.join(d.strftime('%Y-%m-%d') for d in rrulestr(sys.argv[1], dtstart=datetime.strptime(sys.argv[2], '%Y%m%d'))[:int(sys.argv[3])]))
        """
        let outcome = try GovregProcess.runProgram(["/usr/bin/python3", "-c", script, String(rule), String(start), String(count)])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return outcome.stdout.trimmingCharacters(in: .newlines)
    }

    private func event(_ uid: String, register: String, asOf: String) throws -> String {
        let calendar = try GovregProcess.run(["reviews", register, "--as-of", asOf, "--format", "ics"]).stdout.replacingOccurrences(of: "\r\n ", with: "")
        return try #require(calendar.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("UID:\(uid)@") })
    }

    @Test("a review held on a short month's last day keeps the cycle's day: quarterly from 29 November, held on 28 February, is next due on 29 May")
    func reviewOnItsDueDateKeepsTheDay() throws {
        try withRegister([(#"<review date="2026-04-15" by="J. de Vries" outcome="approved"/>"#,
                           #"<review date="2026-11-29" by="J. de Vries" outcome="approved"/><review date="2027-02-28" by="J. de Vries" outcome="approved"/>"#)]) { register in
            #expect(try due(items(register, asOf: "2027-03-01"), "review") == "2027-05-29")
            // The calendar counts the same: 29 May, 29 August, 29 November, 29 February 2028 (a leap year).
            let review = try event("review-ehr-sla", register: register, asOf: "2027-03-01")
            #expect(try expanded(review, count: 4) == "2027-05-29 2027-08-29 2027-11-29 2028-02-29")
        }
        // Held a day late, on 1 March, the cycle counts from that day: next due 1 June.
        try withRegister([(#"<review date="2026-04-15""#, #"<review date="2027-03-01""#)]) { register in
            let list = try items(register, asOf: "2027-03-02")
            #expect(due(list, "review") == "2027-06-01")
        }
    }

    @Test("a monthly cycle from the 31st falls on every month's last day in the calendar and in govreg alike")
    func monthlyFromTheThirtyFirst() throws {
        try withRegister([(#"<reviews interval="P3M"><review date="2026-04-15""#, #"<reviews interval="P1M"><review date="2026-10-31""#)]) { register in
            #expect(try due(items(register, asOf: "2026-11-01"), "review") == "2026-11-30")
            let review = try event("review-ehr-sla", register: register, asOf: "2026-11-01")
            #expect(review.contains("DTSTART;VALUE=DATE:20261130"))
            #expect(try expanded(review, count: 5) == "2026-11-30 2026-12-31 2027-01-31 2027-02-28 2027-03-31")
        }
        // Each review recorded on its due date moves govreg on to the calendar's next date.
        try withRegister([(#"<reviews interval="P3M"><review date="2026-04-15" by="J. de Vries" outcome="approved"/>"#,
                           #"<reviews interval="P1M"><review date="2026-10-31" by="J. de Vries" outcome="approved"/><review date="2026-11-30" by="J. de Vries" outcome="approved"/><review date="2026-12-31" by="J. de Vries" outcome="approved"/><review date="2027-01-31" by="J. de Vries" outcome="approved"/><review date="2027-02-28" by="J. de Vries" outcome="approved"/>"#)]) { register in
            let list = try items(register, asOf: "2027-03-01")
            #expect(due(list, "review") == "2027-03-31")
        }
    }

    @Test("a yearly drill from 29 February 2024 is due on 28 February in common years and on 29 February 2028")
    func yearlyFromLeapDay() throws {
        try withRegister([(Self.drills, #"<drills interval="P1Y"><drill date="2024-02-29" outcome="passed"/></drills>"#)]) { register in
            #expect(try due(items(register, asOf: "2024-03-01"), "drill") == "2025-02-28")
            let drill = try event("drill-ehr", register: register, asOf: "2024-03-01")
            #expect(try expanded(drill, count: 4) == "2025-02-28 2026-02-28 2027-02-28 2028-02-29")
        }
    }

    @Test("once the notice deadline has passed, summary and reviews both give the next period's deadlines")
    func summaryAndReviewsAgreeAfterTheDeadline() throws {
        try withRegister([
            ("<start>2025-01-01</start>", "<start>2024-02-29</start>"),
            ("<initialTerm>P36M</initialTerm>", "<initialTerm>P12M</initialTerm>"),
            (#"<review date="2026-04-15""#, #"<review date="2024-04-15""#),
        ]) { register in
            // On 1 December 2024 the notice deadline of the first period (30 November 2024) has
            // passed: the agreement renews on 1 March 2025 for 12 months, through 28 February 2026,
            // and notice for that period must arrive by 30 November 2025, decided by 31 October 2025.
            let list = try items(register, asOf: "2024-12-01")
            #expect(due(list, "notice") == "2025-11-30")
            #expect(due(list, "decision") == "2025-10-31")
            let outcome = try GovregProcess.run(["summary", register, "--as-of", "2024-12-01", "--format", "json"])
            let agreement = try #require((try json(outcome.stdout)["agreements"] as? [[String: Any]])?.first)
            let dates = try #require(agreement["dates"] as? [String: Any])
            #expect(dates["cancelBy"] as? String == "2025-11-30")
            #expect(dates["decideBy"] as? String == "2025-10-31")
            let current = try #require(dates["currentPeriod"] as? [String: Any])
            #expect(current["start"] as? String == "2024-02-29" && current["end"] as? String == "2025-02-28")
            let deadlines = try #require(dates["deadlinePeriod"] as? [String: Any])
            #expect(deadlines["start"] as? String == "2025-03-01" && deadlines["end"] as? String == "2026-02-28")
            let text = try GovregProcess.run(["summary", register, "--as-of", "2024-12-01", "--lang", "en"]).stdout
            #expect(text.contains("30 November 2025 (notice period 3 months; for the renewal from 1 March 2025)"), "\(text)")
        }
    }
}
