/// The days on which service windows do not apply: a standard calendar worked out for any year
/// (the Dutch public holidays), the register's own closing days, less the days it leaves out.
public struct PublicHolidays: Sendable, Hashable {
    /// A calendar of public holidays that govreg works out for every year.
    public enum Standard: String, Sendable, Hashable, CaseIterable {
        /// The Dutch public holidays of the Algemene termijnenwet: New Year's Day, Easter Sunday
        /// and Monday, King's Day (27 April, 26 April when the 27th is a Sunday), Liberation Day,
        /// Ascension Day, Whit Sunday and Monday, Christmas Day and Boxing Day.
        case dutch = "nl"
        /// The same, and Good Friday, on which many vendors close too.
        case dutchWithGoodFriday = "nl-goede-vrijdag"
    }

    public var standard: Standard?
    /// The register's own closing days, listed one by one.
    public var listed: [Holiday]
    /// Days of the standard calendar that count as ordinary days here.
    public var workingDays: [Holiday]

    public init(standard: Standard? = nil, listed: [Holiday] = [], workingDays: [Holiday] = []) {
        self.standard = standard
        self.listed = listed
        self.workingDays = workingDays
    }

    /// The holidays of `year`, by date, named in `language`.
    public func days(in year: Int, language: Language) -> [Holiday] {
        let left = Set(workingDays.map(\.date))
        var days = (standard.map { PublicHolidays.standardDays(of: $0, in: year, language: language) } ?? []).filter { !left.contains($0.date) }
        for holiday in listed where holiday.date.year == year && !days.contains(where: { $0.date == holiday.date }) {
            days.append(holiday)
        }
        return days.sorted { $0.date < $1.date }
    }

    /// Every holiday date from `start` through `end`.
    public func dates(from start: CalendarDate, through end: CalendarDate) -> Set<CalendarDate> {
        var dates: Set<CalendarDate> = []
        for year in start.year...max(start.year, end.year) {
            for holiday in days(in: year, language: .english) where holiday.date >= start && holiday.date <= end {
                dates.insert(holiday.date)
            }
        }
        return dates
    }

    /// Easter Sunday of a year of the Gregorian calendar (the anonymous Gregorian algorithm of
    /// Meeus, Jones and Butcher).
    public static func easterSunday(of year: Int) -> CalendarDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)!
    }

    static func standardDays(of standard: Standard, in year: Int, language: Language) -> [Holiday] {
        let w = Wording(language)
        let easter = easterSunday(of: year)
        let fixed = { (month: Int, day: Int) in CalendarDate(year: year, month: month, day: day)! }
        let kingsDay = fixed(4, 27).isoWeekday == 7 ? fixed(4, 26) : fixed(4, 27)
        var days = [
            Holiday(date: fixed(1, 1), name: w("New Year's Day", "Nieuwjaarsdag")),
            Holiday(date: easter, name: w("Easter Sunday", "Eerste Paasdag")),
            Holiday(date: easter.adding(days: 1), name: w("Easter Monday", "Tweede Paasdag")),
            Holiday(date: kingsDay, name: w("King's Day", "Koningsdag")),
            Holiday(date: fixed(5, 5), name: w("Liberation Day", "Bevrijdingsdag")),
            Holiday(date: easter.adding(days: 39), name: w("Ascension Day", "Hemelvaartsdag")),
            Holiday(date: easter.adding(days: 49), name: w("Whit Sunday", "Eerste Pinksterdag")),
            Holiday(date: easter.adding(days: 50), name: w("Whit Monday", "Tweede Pinksterdag")),
            Holiday(date: fixed(12, 25), name: w("Christmas Day", "Eerste Kerstdag")),
            Holiday(date: fixed(12, 26), name: w("Boxing Day", "Tweede Kerstdag")),
        ]
        if standard == .dutchWithGoodFriday {
            days.append(Holiday(date: easter.adding(days: -2), name: w("Good Friday", "Goede Vrijdag")))
        }
        return days.sorted { $0.date < $1.date }
    }
}
