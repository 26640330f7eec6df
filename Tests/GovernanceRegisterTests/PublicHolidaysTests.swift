import Foundation
import Testing
@testable import GovernanceRegister

/// The Dutch public holidays, worked out for any year: checked against an independent Easter
/// computation, and against dates a person looks up in a calendar.
@Suite struct PublicHolidaysTests {
    private func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    private func days(_ standard: PublicHolidays.Standard, _ year: Int, listed: [Holiday] = [], working: [Holiday] = []) -> [String] {
        PublicHolidays(standard: standard, listed: listed, workingDays: working).days(in: year, language: .dutch).map { "\($0.date) \($0.name)" }
    }

    @Test("Easter Sunday of 1583 to 4099 is the date an independent implementation gives (python-dateutil)")
    func easterAgainstDateutil() throws {
        let script = "from dateutil.easter import easter\nprint(' '.join(easter(y).isoformat() for y in range(1583, 4100)))"
        let outcome = try ExternalTool.run(["/usr/bin/python3", "-c", script])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let expected = outcome.stdout.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(expected.count == 4100 - 1583)
        let ours = (1583..<4100).map { PublicHolidays.easterSunday(of: $0).description }
        #expect(ours == expected)
    }

    @Test("2026 as the calendar has it, Good Friday only with nl-goede-vrijdag")
    func year2026() {
        #expect(days(.dutch, 2026) == [
            "2026-01-01 Nieuwjaarsdag", "2026-04-05 Eerste Paasdag", "2026-04-06 Tweede Paasdag", "2026-04-27 Koningsdag",
            "2026-05-05 Bevrijdingsdag", "2026-05-14 Hemelvaartsdag", "2026-05-24 Eerste Pinksterdag", "2026-05-25 Tweede Pinksterdag",
            "2026-12-25 Eerste Kerstdag", "2026-12-26 Tweede Kerstdag",
        ])
        #expect(days(.dutchWithGoodFriday, 2026).contains("2026-04-03 Goede Vrijdag"))
        #expect(days(.dutchWithGoodFriday, 2026).count == 11)
    }

    @Test("King's Day moves to the Saturday when 27 April is a Sunday", arguments: [
        (2025, "2025-04-26"), (2026, "2026-04-27"), (2031, "2031-04-26"), (2036, "2036-04-26"), (2027, "2027-04-27"),
    ])
    func kingsDay(year: Int, expected: String) {
        #expect(days(.dutch, year).contains("\(expected) Koningsdag"))
    }

    @Test("2028, the year the samples' lists ran out: Easter on 16 April, Ascension on 25 May, Whitsun on 4 and 5 June")
    func year2028() {
        let all = days(.dutchWithGoodFriday, 2028)
        for day in ["2028-04-14 Goede Vrijdag", "2028-04-16 Eerste Paasdag", "2028-04-17 Tweede Paasdag", "2028-05-25 Hemelvaartsdag",
                    "2028-06-04 Eerste Pinksterdag", "2028-06-05 Tweede Pinksterdag"] {
            #expect(all.contains(day), "\(day)")
        }
    }

    @Test("a day of the register's own is added, a working day is left out, and a listed day the calendar has already counts once")
    func ownDaysAndWorkingDays() {
        let all = days(.dutch, 2027, listed: [Holiday(date: date("2027-12-24"), name: "Kerstavond"), Holiday(date: date("2027-12-25"), name: "Kerst")],
                       working: [Holiday(date: date("2027-05-05"), name: "geen lustrumjaar")])
        #expect(all.contains("2027-12-24 Kerstavond"))
        #expect(!all.contains { $0.hasPrefix("2027-05-05") })
        #expect(all.filter { $0.hasPrefix("2027-12-25") } == ["2027-12-25 Eerste Kerstdag"])
        // Without a calendar only the listed days count, as before calendars existed.
        #expect(PublicHolidays(listed: [Holiday(date: date("2027-12-24"), name: "Kerstavond")]).dates(from: date("2027-01-01"), through: date("2028-12-31")) == [date("2027-12-24")])
    }

    @Test("the dates of a period across a new year hold both years' holidays")
    func acrossNewYear() {
        let dates = PublicHolidays(standard: .dutch).dates(from: date("2027-12-20"), through: date("2028-01-05"))
        #expect(dates == [date("2027-12-25"), date("2027-12-26"), date("2028-01-01")])
    }
}
