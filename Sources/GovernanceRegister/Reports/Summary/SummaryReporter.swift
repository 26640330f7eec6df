/// The formats `govreg summary` writes.
public enum SummaryFormat: String, Sendable, CaseIterable {
    case markdown, html, json

    public var reporter: any Reporter<AgreementSummaries> {
        switch self {
        case .markdown: SummaryMarkdownReporter()
        case .html: SummaryHTMLReporter()
        case .json: JSONReporter<AgreementSummaries>()
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

