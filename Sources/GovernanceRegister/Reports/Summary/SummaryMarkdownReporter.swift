/// Agreement summaries as Markdown, every register text escaped.
struct SummaryMarkdownReporter: Reporter {
    let format = OutputFormat.markdown
    func render(_ summaries: AgreementSummaries, wording w: Wording) -> String {
        var text = "# \(MarkdownText.escape(w.summaryHeading(summaries)))\n\n_\(w.asOfLine(summaries.asOf))_\n"
        for summary in summaries.agreements {
            let content = SummaryContent(summary: summary, w: w)
            text += "\n## \(MarkdownText.escape(content.heading))\n\n| | |\n|---|---|\n"
            for (label, value) in content.facts {
                text += "| **\(MarkdownText.escape(label))** | \(MarkdownText.escape(value)) |\n"
            }
            for table in content.tables where !table.rows.isEmpty {
                text += "\n### \(MarkdownText.escape(table.caption))\n\n"
                text += "| " + table.header.map(MarkdownText.escape).joined(separator: " | ") + " |\n"
                text += "|" + String(repeating: "---|", count: table.header.count) + "\n"
                for row in table.rows {
                    text += "| " + row.map(MarkdownText.escape).joined(separator: " | ") + " |\n"
                }
            }
        }
        return text
    }
}
