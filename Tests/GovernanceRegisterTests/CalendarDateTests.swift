import Testing
@testable import GovernanceRegister

struct CalendarDateTests {
    @Test("parses YYYY-MM-DD and refuses dates that do not exist")
    func parsing() {
        #expect(CalendarDate("2026-03-31")?.description == "2026-03-31")
        #expect(CalendarDate("2024-02-29") != nil)
        #expect(CalendarDate("2026-02-29") == nil)
        #expect(CalendarDate("2026-13-01") == nil)
        #expect(CalendarDate("26-03-31") == nil)
        #expect(CalendarDate("2026-3-31") == nil)
    }

    @Test("adding a month clamps to the end of the month", arguments: [
        ("2026-01-31", 1, "2026-02-28"),
        ("2024-01-31", 1, "2024-02-29"),
        ("2026-03-31", -1, "2026-02-28"),
        ("2026-08-31", 1, "2026-09-30"),
        ("2026-12-15", 1, "2027-01-15"),
        ("2026-01-15", -13, "2024-12-15"),
    ])
    func addingMonths(start: String, months: Int, expected: String) {
        #expect(CalendarDate(start)?.adding(months: months).description == expected)
    }

    @Test("adding durations follows XML Schema: months first, then days", arguments: [
        ("2024-02-29", "P1Y", "2025-02-28"),
        ("2024-02-29", "P4Y", "2028-02-29"),
        ("2026-01-31", "P1M", "2026-02-28"),
        ("2026-01-31", "P1M1D", "2026-03-01"),
        ("2026-12-31", "P1D", "2027-01-01"),
        ("2026-03-01", "PT36H", "2026-03-02"),
        ("2026-03-01", "PT23H", "2026-03-01"),
    ])
    func addingDurations(start: String, duration: String, expected: String) throws {
        let date = try #require(CalendarDate(start))
        let step = try #require(ISODuration(duration))
        #expect(date.adding(step).description == expected)
    }

    @Test("day numbers and weekdays agree with the calendar")
    func dayNumbers() throws {
        #expect(CalendarDate(year: 1970, month: 1, day: 1)?.dayNumber == 0)
        let date = try #require(CalendarDate("2026-11-22"))
        #expect(CalendarDate(dayNumber: date.dayNumber) == date)
        #expect(date.isoWeekday == 7)  // a Sunday
        #expect(CalendarDate("2026-11-20")?.isoWeekday == 5)  // a Friday
        #expect(CalendarDate("2024-12-31")?.days(until: CalendarDate("2025-03-01")!) == 60)
    }

    @Test("today is the local date in the register's time zone")
    func todayInTimeZone() {
        // 2026-11-21 23:30 UTC is already 22 November in Amsterdam (UTC+1).
        let moment = Date(timeIntervalSince1970: 1_795_303_800)
        #expect(CalendarDate.today(inTimeZone: "Europe/Amsterdam", now: moment).description == "2026-11-22")
        #expect(CalendarDate.today(inTimeZone: "UTC", now: moment).description == "2026-11-21")
        // 2026-07-01 22:30 UTC is 00:30 on 2 July in Amsterdam in summer time (UTC+2), and 23:30 in London (UTC+1).
        let summer = Date(timeIntervalSince1970: 1_782_945_000)
        #expect(CalendarDate.today(inTimeZone: "Europe/Amsterdam", now: summer).description == "2026-07-02")
        #expect(CalendarDate.today(inTimeZone: "Europe/London", now: summer).description == "2026-07-01")
        // 2026-11-22 03:30 UTC is still the evening of 21 November in New York (UTC-5).
        #expect(CalendarDate.today(inTimeZone: "America/New_York", now: Date(timeIntervalSince1970: 1_795_318_200)).description == "2026-11-21")
        // Half an hour before 1970 in UTC is half an hour past midnight in Amsterdam.
        #expect(CalendarDate.today(inTimeZone: "UTC", now: Date(timeIntervalSince1970: -1_800)).description == "1969-12-31")
        #expect(CalendarDate.today(inTimeZone: "Europe/Amsterdam", now: Date(timeIntervalSince1970: -1_800)).description == "1970-01-01")
        #expect(CalendarDate.today(inTimeZone: "Mars/Olympus", now: Date(timeIntervalSince1970: -1_800)).description == "1969-12-31")
    }
}

import Foundation
