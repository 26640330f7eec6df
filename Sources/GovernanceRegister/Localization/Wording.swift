/// Words for people in the output language: labels, durations, dates and intervals.
public struct Wording: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    /// The English or the Dutch text, whichever the output language is.
    public func callAsFunction(_ english: String, _ dutch: String) -> String {
        language == .dutch ? dutch : english
    }

    private var dutch: Bool { language == .dutch }

    /// A duration in words: PT4H is "4 hours" / "4 uur", PT1H30M "1 hour 30 minutes" / "1 uur 30 minuten".
    public func duration(_ duration: ISODuration) -> String {
        var text = ""
        func add(_ count: Int, _ one: String, _ many: String, _ een: String, _ meer: String) {
            guard count > 0 else { return }
            if !text.isEmpty { text += " " }
            text += String(count) + " " + (dutch ? (count == 1 ? een : meer) : (count == 1 ? one : many))
        }
        add(duration.years, "year", "years", "jaar", "jaar")
        add(duration.months, "month", "months", "maand", "maanden")
        add(duration.days, "day", "days", "dag", "dagen")
        add(duration.hours, "hour", "hours", "uur", "uur")
        add(duration.minutes, "minute", "minutes", "minuut", "minuten")
        add(Int(duration.seconds.rounded()), "second", "seconds", "seconde", "seconden")
        return text.isEmpty ? self("none", "geen") : text
    }

    /// How long after the report an escalation level starts: "at once" for zero.
    public func delay(_ duration: ISODuration) -> String {
        duration.exactSeconds == 0 ? self("at once", "direct") : self("after ", "na ") + self.duration(duration)
    }

    /// A count with its noun: "1 system", "2 systems" / "1 systeem", "2 systemen".
    public func count(_ number: Int, _ english: String, _ englishPlural: String, _ dutch: String, _ dutchPlural: String) -> String {
        "\(number) " + (number == 1 ? self(english, dutch) : self(englishPlural, dutchPlural))
    }

    /// A repeating interval in words: P3M is "quarterly" / "elk kwartaal".
    public func interval(_ duration: ISODuration) -> String {
        switch (duration.totalMonths, duration.days, duration.timeSeconds) {
        case (1, 0, 0): self("monthly", "maandelijks")
        case (3, 0, 0): self("quarterly", "elk kwartaal")
        case (6, 0, 0): self("every six months", "elk half jaar")
        case (12, 0, 0): self("yearly", "jaarlijks")
        case (0, 7, 0): self("weekly", "wekelijks")
        case (0, 1, 0): self("daily", "dagelijks")
        case (0, 0, 3600): self("hourly", "elk uur")
        default: self("every ", "elke ") + self.duration(duration)
        }
    }

    private static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    private static let dutchMonths = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]

    /// A date as people write it: "31 March 2026" / "31 maart 2026".
    public func date(_ date: CalendarDate) -> String {
        let months = dutch ? Wording.dutchMonths : Wording.englishMonths
        return "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// A number of days, signed from today: "in 12 days" / "over 12 dagen", "3 days late" / "3 dagen te laat".
    public func daysFromToday(_ days: Int) -> String {
        switch days {
        case 0: return self("today", "vandaag")
        case 1: return self("tomorrow", "morgen")
        case -1: return self("1 day late", "1 dag te laat")
        case ..<0: return self("\(-days) days late", "\(-days) dagen te laat")
        default: return self("in \(days) days", "over \(days) dagen")
        }
    }

    /// The day of the week: "Friday" / "vrijdag".
    public func weekday(_ date: CalendarDate) -> String {
        let english = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let dutch = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
        return (language == .dutch ? dutch : english)[date.isoWeekday - 1]
    }

    private static let englishDays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let dutchDays = ["ma", "di", "wo", "do", "vr", "za", "zo"]

    /// Service hours in words: "24x7" or "Mon-Fri 08:00-17:00".
    public func serviceHours(_ hours: ServiceHours) -> String {
        if hours.isAlways { return self("24x7 (around the clock, every day)", "24x7 (dag en nacht, elke dag)") }
        let names = dutch ? Wording.dutchDays : Wording.englishDays
        let windows = hours.windows.map { window -> String in
            let days = window.days.sorted()
            let isRange = days.count > 2 && days.last! - days.first! == days.count - 1
            let dayText = isRange ? "\(names[days.first! - 1])-\(names[days.last! - 1])"
                : days.map { names[$0 - 1] }.joined(separator: ", ")
            return "\(dayText) \(Wording.clock(window.from))-\(Wording.clock(window.until))"
        }
        let holidays = hours.openOnPublicHolidays ? "" : self(", not on public holidays", ", niet op feestdagen")
        return windows.joined(separator: "; ") + holidays
    }

    static func clock(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }
}
