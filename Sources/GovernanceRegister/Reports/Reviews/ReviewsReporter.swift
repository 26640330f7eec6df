public import Foundation

/// The formats `govreg reviews` writes.
public enum ReviewsFormat: String, Sendable, CaseIterable {
    case text, markdown, json, ics

    /// `all` lists items on schedule too (text and Markdown; JSON and iCalendar always have all);
    /// `madeAt` is when the output is made (the calendar's DTSTAMP and SEQUENCE).
    public func reporter(all: Bool, version: String, madeAt: Date) -> any Reporter<DueList> {
        switch self {
        case .text: ReviewsTextReporter(all: all)
        case .markdown: ReviewsMarkdownReporter(all: all)
        case .json: JSONReporter<DueList>()
        case .ics: ReviewsICalendarReporter(version: version, madeAt: madeAt)
        }
    }
}

