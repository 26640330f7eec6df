import Foundation
import Testing
@testable import GovernanceRegister

struct ICalendarTextTests {
    @Test("TEXT values escape backslash, semicolon, comma and line breaks")
    func escaping() {
        #expect(ICalendarText.escape("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf")
    }

    @Test("lines fold at 75 octets without splitting a character")
    func folding() {
        let line = "DESCRIPTION:" + String(repeating: "ë", count: 100)
        let folded = ICalendarText.fold(line)
        let parts = folded.components(separatedBy: "\r\n")
        #expect(parts.count > 2)
        #expect(parts.allSatisfy { $0.utf8.count <= 75 })
        #expect(parts.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(parts.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
        #expect(ICalendarText.fold("SUMMARY:short") == "SUMMARY:short")
    }

    @Test("repeat rules for review and drill cycles", arguments: [
        ("P3M", "2027-02-12", "FREQ=MONTHLY;INTERVAL=3"),
        ("P1Y", "2027-02-12", "FREQ=YEARLY;INTERVAL=1"),
        ("P12M", "2026-08-31", "FREQ=YEARLY;INTERVAL=1"),
        ("P3M", "2027-01-31", "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1"),
        ("P3M", "2026-11-29", "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=28,29;BYSETPOS=-1"),
        ("P3M", "2026-11-30", "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=28,29,30;BYSETPOS=-1"),
        ("P1Y", "2028-02-29", "FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=28,29;BYSETPOS=-1"),
        ("P14D", "2027-02-12", "FREQ=WEEKLY;INTERVAL=2"),
    ])
    func repeatRules(interval: String, start: String, rule: String) {
        #expect(ICalendarText.repeatRule(ISODuration(interval)!, from: CalendarDate(start)!) == rule)
    }

    @Test("a cycle from the 29th, 30th or 31st lands where govreg's own dates land, read by an independent RRULE expander", arguments: [
        ("P3M", ["2026-11-29", "2027-02-28", "2027-05-29", "2027-08-29", "2027-11-29", "2028-02-29", "2028-05-29"]),
        ("P3M", ["2026-11-30", "2027-02-28", "2027-05-30", "2027-08-30", "2027-11-30", "2028-02-29", "2028-05-30"]),
        ("P3M", ["2026-08-31", "2026-11-30", "2027-02-28", "2027-05-31", "2027-08-31", "2027-11-30"]),
        ("P1M", ["2027-01-30", "2027-02-28", "2027-03-30", "2027-04-30", "2027-05-30", "2027-06-30"]),
        ("P1M", ["2028-01-31", "2028-02-29", "2028-03-31", "2028-04-30", "2028-05-31", "2028-06-30"]),
        ("P12M", ["2028-02-29", "2029-02-28", "2030-02-28", "2031-02-28", "2032-02-29"]),
        ("P6M", ["2026-08-29", "2027-02-28", "2027-08-29", "2028-02-29", "2028-08-29"]),
    ])
    func cyclesAtMonthEnds(interval: String, dates: [String]) throws {
        let start = CalendarDate(dates[0])!
        let duration = ISODuration(interval)!
        // govreg's own arithmetic: the start plus one, two, three ... intervals.
        #expect((0..<dates.count).map { start.adding(duration.times($0)).description } == dates)
        let rule = try #require(ICalendarText.repeatRule(duration, from: start))
        let script = """
        import sys
        from dateutil.rrule import rrulestr
        from datetime import datetime
        rule = rrulestr(sys.argv[1], dtstart=datetime.strptime(sys.argv[2], '%Y%m%d'))
        print('\\n'.join(d.strftime('%Y-%m-%d') for d in rule[:int(sys.argv[3])]))
        """
        let expanded = try ExternalTool.run(["/usr/bin/python3", "-c", script, rule, ICalendarText.date(start), "\(dates.count)"])
        #expect(expanded.status == 0, "python3-dateutil: \(expanded.stderr)")
        #expect(expanded.stdout.split(separator: "\n").map(String.init) == dates)
    }

    @Test("a mixed interval gets no repeat rule")
    func mixedInterval() {
        #expect(ICalendarText.repeatRule(ISODuration("P1M15D")!, from: CalendarDate("2027-02-12")!) == nil)
    }
}
