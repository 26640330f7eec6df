/// Turns agreement summaries into one output format.
public protocol SummaryReporter: Sendable {
    func render(_ summaries: AgreementSummaries, wording: Wording) -> String
}

/// The formats `govreg summary` writes.
public enum SummaryFormat: String, Sendable, CaseIterable {
    case markdown, html, json

    public var reporter: any SummaryReporter {
        switch self {
        case .markdown: SummaryMarkdownReporter()
        case .html: SummaryHTMLReporter()
        case .json: SummaryJSONReporter()
        }
    }
}

extension Wording {
    func summaryHeading(_ summaries: AgreementSummaries) -> String {
        self("Agreements", "Overeenkomsten") + (summaries.organisation.map { " — \($0)" } ?? "")
    }

    func asOfLine(_ date: CalendarDate) -> String {
        self("Deadlines and review dates as of ", "Deadlines en herzieningsdata per ") + self.date(date)
    }
}

struct SummaryJSONReporter: SummaryReporter {
    func render(_ summaries: AgreementSummaries, wording: Wording) -> String {
        JSONOutput.encode(summaries)
    }
}
