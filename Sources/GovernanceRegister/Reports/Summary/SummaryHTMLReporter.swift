/// Agreement summaries as one HTML page; each agreement starts a new A4 sheet when printed.
struct SummaryHTMLReporter: SummaryReporter {
    func render(_ summaries: AgreementSummaries, wording w: Wording) -> String {
        var body = "<h1>\(HTMLText.escape(w.summaryHeading(summaries)))</h1>\n<p class=\"meta\">\(HTMLText.escape(w.asOfLine(summaries.asOf)))</p>\n"
        for summary in summaries.agreements {
            body += SummaryHTMLReporter.section(summary, wording: w, headingLevel: 2)
        }
        return HTMLPage(title: w.summaryHeading(summaries), language: w.language, body: body).html
    }

    /// One agreement as a printable section, for this page and the report site.
    static func section(_ summary: AgreementSummary, wording w: Wording, headingLevel: Int) -> String {
        let content = SummaryContent(summary: summary, w: w)
        var html = "<section class=\"page agreement\" id=\"\(HTMLText.escape(summary.id))\">\n"
        html += "<h\(headingLevel)>\(HTMLText.escape(content.heading))</h\(headingLevel)>\n<dl>\n"
        for (label, value) in content.facts {
            html += "<dt>\(HTMLText.escape(label))</dt><dd>\(HTMLText.escape(value))</dd>\n"
        }
        html += "</dl>\n"
        for table in [content.serviceLevels, content.escalation, content.raci] where !table.rows.isEmpty {
            html += "<div class=\"scroll\"><table>\n<caption>\(HTMLText.escape(table.caption))</caption>\n<thead><tr>"
            html += table.header.map { "<th scope=\"col\">\(HTMLText.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for row in table.rows {
                html += "<tr><th scope=\"row\">\(HTMLText.escape(row.first ?? ""))</th>"
                html += row.dropFirst().map { "<td>\(HTMLText.escape($0))</td>" }.joined() + "</tr>\n"
            }
            html += "</tbody>\n</table></div>\n"
        }
        return html + "</section>\n"
    }
}
