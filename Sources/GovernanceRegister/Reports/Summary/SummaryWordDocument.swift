/// Agreement summaries as a Word document, with the same content as the HTML summary: the title
/// and as-of line, then each agreement on its own A4 sheet with its facts and tables.
struct SummaryWordDocument {
    func render(_ summaries: AgreementSummaries, wording w: Wording) throws(GovregError) -> [UInt8] {
        var blocks: [WordDocument.Block] = [.heading(w.summaryHeading(summaries), level: 0), .note(w.asOfLine(summaries.asOf))]
        for (index, summary) in summaries.agreements.enumerated() {
            let content = SummaryContent(summary: summary, w: w)
            blocks.append(.heading(content.heading, level: 1, newPage: index > 0))
            blocks.append(.facts(content.facts, links: content.links))
            for table in content.tables where !table.rows.isEmpty {
                blocks.append(.table(caption: table.caption, header: table.header, rows: table.rows))
            }
        }
        return try WordDocument(title: w.summaryHeading(summaries), language: w.language, blocks: blocks, madeOn: summaries.asOf).package()
    }
}
