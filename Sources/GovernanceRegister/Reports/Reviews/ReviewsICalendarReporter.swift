import Foundation

/// What falls due as an iCalendar file (RFC 5545) that Outlook and Google Calendar import: one
/// all-day event per item (a drill never held is due on the as-of date), a reminder a week ahead,
/// and a repeat rule for review and drill cycles. UIDs stay the same from run to run and SEQUENCE
/// grows with the time the file is made, so importing a newer file updates the events.
struct ReviewsICalendarReporter: Reporter {
    let format = OutputFormat.ics
    let version: String
    /// When the calendar is made: its DTSTAMP and SEQUENCE.
    let madeAt: Date

    func render(_ list: DueList, wording w: Wording) -> String {
        let words = DueItemWording(w: w)
        let domain = list.organisationKey + ".govreg"
        let stamp = ICalendarText.utcTime(madeAt)
        let sequence = ICalendarText.sequence(madeAt)
        var calendar = ""
        calendar.append(lines: [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//govreg//govreg \(version)//\(w.language.rawValue.uppercased())",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + ICalendarText.escape(w("Reviews and deadlines", "Herzieningen en deadlines") + " — " + list.organisation),
        ])
        // Each event is written on its own, on every core, and the events put together in order.
        let asOf = list.asOf
        let events = list.items.mapOnEveryCore { item -> String in
            let due = item.due ?? asOf
            let summary = words.kind(item) + ": " + item.subject
            var event = ""
            event.append(lines: [
                "BEGIN:VEVENT",
                "UID:\(item.reminderKey)@\(domain)",
                "DTSTAMP:\(stamp)",
                "SEQUENCE:\(sequence)",
                "DTSTART;VALUE=DATE:\(ICalendarText.date(due))",
                "DTEND;VALUE=DATE:\(ICalendarText.date(due.adding(days: 1)))",
                "SUMMARY:" + ICalendarText.escape(summary),
                "DESCRIPTION:" + ICalendarText.escape(words.description(item)),
                "TRANSP:TRANSPARENT",
            ])
            // The rule follows the day the cycle counts from, not the first date (which may be a
            // short month's last day): 29 November quarterly is 28 February, then 29 May.
            if item.due != nil, let recurrence = item.recurrence, let rule = ICalendarText.repeatRule(recurrence, from: item.repeatsFrom ?? due) {
                event.append(lines: ["RRULE:" + rule])
            }
            event.append(lines: [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                "DESCRIPTION:" + ICalendarText.escape(summary),
                "TRIGGER:-P7D",
                "END:VALARM",
                "END:VEVENT",
            ])
            return event
        }
        calendar.reserveCapacity(calendar.utf8.count + events.reduce(0) { $0 + $1.utf8.count } + 32)
        for event in events { calendar += event }
        calendar.append(lines: ["END:VCALENDAR"])
        return calendar
    }
}

extension String {
    /// Content lines, each folded at 75 octets and ended with CRLF.
    fileprivate mutating func append(lines: [String]) {
        for line in lines {
            self += ICalendarText.fold(line)
            self += "\r\n"
        }
    }
}
