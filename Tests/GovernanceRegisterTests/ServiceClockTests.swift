import Testing
@testable import GovernanceRegister

/// Worst-case restore times: service time only runs within the service hours, and the care's
/// downtime is real elapsed time.
struct ServiceClockTests {
    private func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    private static let amsterdam = ZoneClock(identifier: "Europe/Amsterdam", from: CalendarDate("2026-01-01")!, through: CalendarDate("2029-12-31")!)

    private func clock(_ windows: [ServiceWindow], holidays: [String] = [], open: Bool = false, zone: ZoneClock = .utc) -> ServiceClock {
        ServiceClock(hours: ServiceHours(isAlways: false, windows: windows, openOnPublicHolidays: open, note: nil),
                     holidays: Set(holidays.map(date)), zone: zone)
    }

    private let officeHours = ServiceWindow(days: [1, 2, 3, 4, 5], from: 8 * 60, until: 17 * 60)

    /// A real moment written as a person reads it off a UTC clock.
    private func at(_ day: String, _ hours: Int, _ minutes: Int = 0) -> Int {
        ServiceClock.moment(date(day), minutes: hours * 60 + minutes)
    }

    /// A real moment written as local time in Amsterdam with its offset from UTC in hours.
    private func amsterdam(_ day: String, _ hours: Int, offset: Int) -> Int {
        ServiceClock.moment(date(day), minutes: (hours - offset) * 60)
    }

    @Test("a 4-hour restore that starts Friday 17:01 ends Monday 12:00")
    func acrossTheWeekend() {
        // 2026-11-20 is a Friday.
        let end = clock([officeHours]).end(after: at("2026-11-20", 17, 1), serviceMinutes: 240)
        #expect(end == at("2026-11-23", 12))
    }

    @Test("the worst case for 4 hours within Mon-Fri 08:00-17:00 is 67 hours, from the first Friday 17:00")
    func worstWeek() {
        let worst = clock([officeHours]).worstCase(serviceMinutes: 240, from: date("2026-11-16"))
        #expect(worst == .outage(start: at("2026-11-20", 17), end: at("2026-11-23", 12)))
    }

    @Test("public holidays the register lists stop the clock, unless the hours are open on them")
    func holidays() {
        // Christmas 2026: Friday 25 and Saturday 26 December; an outage Thursday 24th 17:00.
        let closed = clock([officeHours], holidays: ["2026-12-25", "2026-12-28"])
        #expect(closed.end(after: at("2026-12-24", 17), serviceMinutes: 240) == at("2026-12-29", 12))
        let open = clock([officeHours], holidays: ["2026-12-25", "2026-12-28"], open: true)
        #expect(open.end(after: at("2026-12-24", 17), serviceMinutes: 240) == at("2026-12-25", 12))
        // Thursday 17:00 to Tuesday 12:00 is 4 days and 19 hours: 115 hours.
        #expect(closed.worstCase(serviceMinutes: 240, from: date("2026-12-01")) == .outage(start: at("2026-12-24", 17), end: at("2026-12-29", 12)))
    }

    @Test("over the last weekend of October the worst case is one hour longer than the clock says")
    func endOfSummerTime() {
        // Summer time ends on Sunday 25 October 2026 at 03:00 (UTC+2) -> 02:00 (UTC+1). Friday 23
        // October 17:00 UTC+2 is 15:00 UTC; Monday 26 October 12:00 UTC+1 is 11:00 UTC: 68 hours.
        let office = clock([officeHours], zone: ServiceClockTests.amsterdam)
        let start = amsterdam("2026-10-23", 17, offset: 2)
        #expect(start == at("2026-10-23", 15))
        #expect(office.end(after: start, serviceMinutes: 240) == amsterdam("2026-10-26", 12, offset: 1))
        #expect(office.worstCase(serviceMinutes: 240, from: date("2026-10-01")) == .outage(start: at("2026-10-23", 15), end: at("2026-10-26", 11)))
    }

    @Test("over the last weekend of March the same outage is one hour shorter")
    func startOfSummerTime() {
        // Summer time starts on Sunday 28 March 2027 at 02:00 (UTC+1) -> 03:00 (UTC+2). Friday 26
        // March 17:00 UTC+1 is 16:00 UTC; Monday 29 March 12:00 UTC+2 is 10:00 UTC: 66 hours.
        let office = clock([officeHours], zone: ServiceClockTests.amsterdam)
        let end = office.end(after: at("2027-03-26", 16), serviceMinutes: 240)
        #expect(end == at("2027-03-29", 10))
        #expect(end.map { $0 - at("2027-03-26", 16) } == 66 * 60)
    }

    @Test("the worst-case search covers the year that starts on the as-of date, not the day before")
    func yearFromTheAsOfDate() {
        // From Saturday 24 October 2026 the weekend of the clock change has begun: an outage at
        // Saturday 00:00 UTC+2 is restored Monday 12:00 UTC+1, 61 hours later. The worst case is the
        // next Friday, 30 October 17:00 UTC+1, to Monday 2 November 12:00: 67 hours. Friday 23
        // October (68 hours) lies before the year.
        let office = clock([officeHours], zone: ServiceClockTests.amsterdam)
        #expect(office.worstCase(serviceMinutes: 240, from: date("2026-10-24")) == .outage(start: at("2026-10-30", 16), end: at("2026-11-02", 11)))
    }

    @Test("a restore that one service hour a week cannot provide within a year is beyond the horizon")
    func beyondHorizon() {
        // 72 hours of service at one hour a week take 72 weeks.
        let weekly = clock([ServiceWindow(days: [1], from: 9 * 60, until: 10 * 60)])
        #expect(weekly.worstCase(serviceMinutes: 72 * 60, from: date("2026-11-22")) == .beyondHorizon)
        #expect(weekly.end(after: at("2026-11-23", 9), serviceMinutes: 72 * 60) == nil)
        // 40 hours take 40 weeks: a worst case exists, from Monday 23 November 10:00.
        #expect(weekly.worstCase(serviceMinutes: 40 * 60, from: date("2026-11-23")) == .outage(start: at("2026-11-23", 10), end: at("2027-08-30", 10)))
    }

    @Test("a window that crosses midnight counts on both sides of it")
    func pastMidnight() {
        // Night service Mon-Fri 22:00-06:00; an outage Tuesday 05:00 uses one hour, then waits for 22:00.
        let night = clock([ServiceWindow(days: [1, 2, 3, 4, 5], from: 22 * 60, until: 6 * 60)])
        #expect(night.end(after: at("2026-11-17", 5), serviceMinutes: 180) == at("2026-11-17", 24))
        // Friday's window runs into Saturday 06:00; after that nothing until Monday 22:00.
        #expect(night.end(after: at("2026-11-21", 5), serviceMinutes: 120) == at("2026-11-23", 23))
    }

    @Test("a night window over the end of summer time holds one hour more service")
    func nightOverTheClockChange() {
        // Saturday 24 October 2026 22:00 UTC+2 to Sunday 06:00 UTC+1 is 9 real hours.
        let night = clock([ServiceWindow(days: [6], from: 22 * 60, until: 6 * 60)], zone: ServiceClockTests.amsterdam)
        #expect(night.end(after: at("2026-10-24", 20), serviceMinutes: 9 * 60) == at("2026-10-25", 5))
    }

    @Test("24x7 restores in the restore time itself, whenever the outage starts")
    func aroundTheClock() {
        let always = ServiceClock(hours: ServiceHours(isAlways: true, windows: [], openOnPublicHolidays: true, note: nil), holidays: [date("2026-12-25")])
        #expect(always.end(after: at("2026-12-25", 3), serviceMinutes: 120) == at("2026-12-25", 5))
        #expect(always.worstCase(serviceMinutes: 120, from: date("2026-11-22")) == .outage(start: at("2026-11-22", 0), end: at("2026-11-22", 2)))
    }

    @Test("24x7 written as windows is 24x7 when the windows cover the week and apply on holidays", arguments: [
        // windows, open on public holidays, around the clock
        ([ServiceWindow(days: [1, 2, 3, 4, 5, 6, 7], from: 0, until: 1440)], true, true),
        ([ServiceWindow(days: [1, 2, 3, 4, 5, 6, 7], from: 0, until: 0)], true, true),
        ([ServiceWindow(days: [1, 2, 3, 4, 5, 6, 7], from: 22 * 60, until: 22 * 60)], true, true),
        ([ServiceWindow(days: [1, 2, 3, 4, 5], from: 0, until: 1440), ServiceWindow(days: [6, 7], from: 0, until: 1440)], true, true),
        ([ServiceWindow(days: [1, 2, 3, 4, 5, 6, 7], from: 8 * 60, until: 20 * 60), ServiceWindow(days: [1, 2, 3, 4, 5, 6, 7], from: 20 * 60, until: 8 * 60)], true, true),
        ([ServiceWindow(days: [1, 2, 3, 4, 5, 6, 7], from: 0, until: 1440)], false, false),
        ([ServiceWindow(days: [1, 2, 3, 4, 5, 6], from: 0, until: 1440)], true, false),
        ([ServiceWindow(days: [1, 2, 3, 4, 5, 6, 7], from: 0, until: 23 * 60 + 59)], true, false),
    ])
    func windowsAroundTheClock(windows: [ServiceWindow], open: Bool, expected: Bool) {
        let hours = ServiceHours(isAlways: false, windows: windows, openOnPublicHolidays: open, note: nil)
        #expect(hours.isAroundTheClock == expected)
        if expected {
            let clock = ServiceClock(hours: hours, holidays: [date("2026-12-25")], zone: ServiceClockTests.amsterdam)
            #expect(clock.end(after: at("2026-12-25", 3), serviceMinutes: 120) == at("2026-12-25", 5))
        }
    }

    @Test("windows that touch are one stretch of service time")
    func touchingWindows() {
        let split = clock([ServiceWindow(days: [1, 2, 3, 4, 5], from: 8 * 60, until: 12 * 60), ServiceWindow(days: [1, 2, 3, 4, 5], from: 12 * 60, until: 17 * 60)])
        #expect(split.end(after: at("2026-11-20", 11), serviceMinutes: 300) == at("2026-11-20", 16))
    }

    @Test("service time between a report and its answer counts only the service hours")
    func serviceMinutesOverAWeekend() {
        // Reported Friday 20 November 2026 16:30, answered Monday 23 November 09:15: 30 minutes on
        // Friday and 1 hour 15 on Monday, 105 minutes of service time over 64 hours 45 of real time.
        let office = clock([officeHours])
        #expect(office.serviceMinutes(from: at("2026-11-20", 16, 30), to: at("2026-11-23", 9, 15)) == 105)
        // Within one service day it is the real time; outside the hours it is nothing.
        #expect(office.serviceMinutes(from: at("2026-11-23", 9), to: at("2026-11-23", 11, 20)) == 140)
        #expect(office.serviceMinutes(from: at("2026-11-21", 9), to: at("2026-11-22", 23)) == 0)
        #expect(office.serviceMinutes(from: at("2026-11-23", 11), to: at("2026-11-23", 9)) == 0)
    }

    @Test("Easter stops the service clock: Good Friday and Easter Monday when the register lists them")
    func serviceMinutesOverEaster() {
        // Mon-Fri 07:30-17:30. Reported Thursday 2 April 2026 17:25 (UTC+2), restored Tuesday 7
        // April 10:30: 5 minutes on Thursday, Friday 3 and Monday 6 April are holidays, 3 hours on
        // Tuesday: 185 minutes. Without the holidays Friday and Monday add 10 hours each.
        let hours = [ServiceWindow(days: [1, 2, 3, 4, 5], from: 7 * 60 + 30, until: 17 * 60 + 30)]
        let easter = clock(hours, holidays: ["2026-04-03", "2026-04-06"], zone: ServiceClockTests.amsterdam)
        let reported = amsterdam("2026-04-02", 17, offset: 2) + 25
        let restored = amsterdam("2026-04-07", 10, offset: 2) + 30
        #expect(easter.serviceMinutes(from: reported, to: restored) == 185)
        #expect(clock(hours, zone: ServiceClockTests.amsterdam).serviceMinutes(from: reported, to: restored) == 185 + 2 * 600)
        #expect(clock(hours, holidays: ["2026-04-03", "2026-04-06"], open: true, zone: ServiceClockTests.amsterdam)
            .serviceMinutes(from: reported, to: restored) == 185 + 2 * 600)
    }

    @Test("service time stops counting two years after the report, whatever date the answer has")
    func serviceMinutesBounded() {
        // From Monday 1 January 2024 00:00, two years of 366 days end on Friday 2 January 2026
        // 00:00: 104 weeks and Monday 29 December to Thursday 1 January, 524 weekdays of 9 hours.
        #expect(clock([officeHours]).serviceMinutes(from: at("2024-01-01", 0), to: at("9999-12-31", 0)) == 524 * 540)
    }

    @Test("a night window over the end of summer time counts the hour the clock repeats")
    func serviceMinutesOverTheClockChange() {
        // Saturday 24 October 2026 22:00 UTC+2 to Sunday 06:00 UTC+1 holds 9 real hours of service.
        let night = clock([ServiceWindow(days: [6], from: 22 * 60, until: 6 * 60)], zone: ServiceClockTests.amsterdam)
        #expect(night.serviceMinutes(from: at("2026-10-24", 12), to: at("2026-10-25", 12)) == 9 * 60)
    }

    @Test("24x7 counts every real minute, holidays and clock changes included")
    func serviceMinutesAroundTheClock() {
        let always = ServiceClock(hours: ServiceHours(isAlways: true, windows: [], openOnPublicHolidays: true, note: nil),
                                  holidays: [date("2026-12-25")], zone: ServiceClockTests.amsterdam)
        // Saturday 24 October 2026 12:00 UTC to Sunday 12:00 UTC: 24 hours, though the clock shows 25.
        #expect(always.serviceMinutes(from: at("2026-10-24", 12), to: at("2026-10-25", 12)) == 24 * 60)
        #expect(always.serviceMinutes(from: at("2026-12-24", 22), to: at("2026-12-25", 1, 30)) == 210)
    }

    @Test("a window that ends when it starts lasts 24 hours")
    func fullDay() {
        let saturday = clock([ServiceWindow(days: [6], from: 0, until: 0)])
        #expect(saturday.end(after: at("2026-11-20", 12), serviceMinutes: 24 * 60) == at("2026-11-22", 0))
    }
}

/// Local times in a time zone with daylight saving time.
struct ZoneClockTests {
    private let amsterdam = ZoneClock(identifier: "Europe/Amsterdam", from: CalendarDate("2026-01-01")!, through: CalendarDate("2027-12-31")!)

    private func minute(_ day: String, _ hours: Int, _ minutes: Int = 0) -> Int {
        ServiceClock.moment(CalendarDate(day)!, minutes: hours * 60 + minutes)
    }

    @Test("winter is UTC+1 and summer UTC+2 in Amsterdam")
    func offsets() {
        #expect(amsterdam.utcMinute(local: minute("2026-01-15", 12)) == minute("2026-01-15", 11))
        #expect(amsterdam.utcMinute(local: minute("2026-07-15", 12)) == minute("2026-07-15", 10))
        #expect(amsterdam.offset(atUTC: minute("2026-03-29", 0, 59)) == 60)
        #expect(amsterdam.offset(atUTC: minute("2026-03-29", 1)) == 120)
        #expect(amsterdam.offset(atUTC: minute("2026-10-25", 0, 59)) == 120)
        #expect(amsterdam.offset(atUTC: minute("2026-10-25", 1)) == 60)
    }

    @Test("a local time the clock skips is read as the time after the change; one it shows twice, as the first")
    func skippedAndRepeated() {
        // 02:30 on 29 March 2026 does not exist: the clock jumps from 02:00 to 03:00 (01:00 UTC).
        #expect(amsterdam.utcMinute(local: minute("2026-03-29", 2, 30)) == minute("2026-03-29", 1, 30))
        // 02:30 on 25 October 2026 happens twice; the first time is 00:30 UTC.
        #expect(amsterdam.utcMinute(local: minute("2026-10-25", 2, 30)) == minute("2026-10-25", 0, 30))
        #expect(amsterdam.localMinute(utc: minute("2026-10-25", 1, 30)) == minute("2026-10-25", 2, 30))
    }

    @Test("a zone this system does not know is UTC")
    func unknownZone() {
        let clock = ZoneClock(identifier: "Mars/Olympus_Mons", from: CalendarDate("2026-01-01")!, through: CalendarDate("2026-12-31")!)
        #expect(clock.identifier == "UTC")
        #expect(clock.utcMinute(local: minute("2026-07-15", 12)) == minute("2026-07-15", 12))
    }
}
