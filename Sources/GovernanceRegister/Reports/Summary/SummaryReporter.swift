/// The formats `govreg summary` writes.
public enum SummaryFormat: String, Sendable, CaseIterable {
    case markdown, html, json, docx

    /// Whether the output is text that can be shown on a terminal.
    public var isText: Bool { self != .docx }

    /// The summaries in this format, as the bytes of the file.
    public func render(_ summaries: AgreementSummaries, wording: Wording) throws(GovregError) -> [UInt8] {
        let reporter: any Reporter<AgreementSummaries>
        switch self {
        case .markdown: reporter = SummaryMarkdownReporter()
        case .html: return SummaryHTMLReporter().page(summaries, wording: wording).bytes
        case .json: reporter = JSONReporter<AgreementSummaries>()
        case .docx: return try SummaryWordDocument().render(summaries, wording: wording)
        }
        return Array(reporter.render(summaries, wording: wording).utf8)
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

