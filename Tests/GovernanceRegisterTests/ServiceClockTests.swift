import Testing
@testable import GovernanceRegister

/// Worst-case restore times: service time only runs within the service hours.
struct ServiceClockTests {
    private func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    private func clock(_ windows: [ServiceWindow], holidays: [String] = [], open: Bool = false) -> ServiceClock {
        ServiceClock(hours: ServiceHours(isAlways: false, windows: windows, openOnPublicHolidays: open, note: nil),
                     holidays: Set(holidays.map(date)))
    }

    private let officeHours = ServiceWindow(days: [1, 2, 3, 4, 5], from: 8 * 60, until: 17 * 60)

    private func at(_ day: String, _ hours: Int, _ minutes: Int = 0) -> Int {
        ServiceClock.moment(date(day), minutes: hours * 60 + minutes)
    }

    @Test("a 4-hour restore that starts Friday 17:01 ends Monday 12:00")
    func acrossTheWeekend() {
        // 2026-11-20 is a Friday.
        let end = clock([officeHours]).end(after: at("2026-11-20", 17, 1), serviceMinutes: 240)
        #expect(end == at("2026-11-23", 12))
    }

    @Test("the worst case for 4 hours within Mon-Fri 08:00-17:00 is 67 hours, from Friday 17:00")
    func worstWeek() throws {
        let worst = try #require(clock([officeHours]).worstCase(serviceMinutes: 240, from: date("2026-11-16"), days: 7))
        #expect(worst.end - worst.start == 67 * 60)
        #expect(ServiceClock.split(worst.start).date.isoWeekday == 5)
        #expect(ServiceClock.split(worst.start).minutes == 17 * 60)
    }

    @Test("public holidays the register lists stop the clock, unless the hours are open on them")
    func holidays() throws {
        // Christmas 2026: Friday 25 and Saturday 26 December; an outage Thursday 24th 17:00.
        let closed = clock([officeHours], holidays: ["2026-12-25", "2026-12-28"])
        #expect(closed.end(after: at("2026-12-24", 17), serviceMinutes: 240) == at("2026-12-29", 12))
        let open = clock([officeHours], holidays: ["2026-12-25", "2026-12-28"], open: true)
        #expect(open.end(after: at("2026-12-24", 17), serviceMinutes: 240) == at("2026-12-25", 12))
        let worst = try #require(closed.worstCase(serviceMinutes: 240, from: date("2026-12-01"), days: 31))
        #expect(worst.start == at("2026-12-24", 17))
        #expect(worst.end - worst.start == 115 * 60)
    }

    @Test("a window that crosses midnight counts on both sides of it")
    func pastMidnight() {
        // Night service Mon-Fri 22:00-06:00; an outage Tuesday 05:00 uses one hour, then waits for 22:00.
        let night = clock([ServiceWindow(days: [1, 2, 3, 4, 5], from: 22 * 60, until: 6 * 60)])
        #expect(night.end(after: at("2026-11-17", 5), serviceMinutes: 180) == at("2026-11-17", 24))
        // Friday's window runs into Saturday 06:00; after that nothing until Monday 22:00.
        #expect(night.end(after: at("2026-11-21", 5), serviceMinutes: 120) == at("2026-11-23", 23))
    }

    @Test("24x7 restores in the restore time itself, whenever the outage starts")
    func aroundTheClock() throws {
        let always = ServiceClock(hours: ServiceHours(isAlways: true, windows: [], openOnPublicHolidays: true, note: nil), holidays: [date("2026-12-25")])
        #expect(always.end(after: at("2026-12-25", 3), serviceMinutes: 120) == at("2026-12-25", 5))
        let worst = try #require(always.worstCase(serviceMinutes: 120, from: date("2026-11-22")))
        #expect(worst.end - worst.start == 120)
    }

    @Test("windows that touch are one stretch of service time")
    func touchingWindows() {
        let split = clock([ServiceWindow(days: [1, 2, 3, 4, 5], from: 8 * 60, until: 12 * 60), ServiceWindow(days: [1, 2, 3, 4, 5], from: 12 * 60, until: 17 * 60)])
        #expect(split.end(after: at("2026-11-20", 11), serviceMinutes: 300) == at("2026-11-20", 16))
    }

    @Test("a window that ends when it starts lasts 24 hours")
    func fullDay() {
        let saturday = clock([ServiceWindow(days: [6], from: 0, until: 0)])
        #expect(saturday.end(after: at("2026-11-20", 12), serviceMinutes: 24 * 60) == at("2026-11-22", 0))
    }
}
