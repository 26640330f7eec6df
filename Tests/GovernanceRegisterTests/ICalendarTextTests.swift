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
        ("P3M", "2027-01-31", "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1"),
        ("P14D", "2027-02-12", "FREQ=WEEKLY;INTERVAL=2"),
    ])
    func repeatRules(interval: String, start: String, rule: String) {
        #expect(ICalendarText.repeatRule(ISODuration(interval)!, from: CalendarDate(start)!) == rule)
    }

    @Test("a mixed interval gets no repeat rule")
    func mixedInterval() {
        #expect(ICalendarText.repeatRule(ISODuration("P1M15D")!, from: CalendarDate("2027-02-12")!) == nil)
    }
}
