/// Agreement summaries as one HTML page; each agreement starts a new A4 sheet when printed.
struct SummaryHTMLReporter: Reporter {
    let format = OutputFormat.html

    func render(_ summaries: AgreementSummaries, wording w: Wording) -> String {
        page(summaries, wording: w).html
    }

    func page(_ summaries: AgreementSummaries, wording w: Wording) -> HTMLPage {
        let body = [HTML("h1", text: w.summaryHeading(summaries)), HTML("p", [.class("meta")], text: w.asOfLine(summaries.asOf))]
            + summaries.agreements.mapOnEveryCore { SummaryHTMLReporter.section($0, wording: w, headingLevel: 2) }
        return HTMLPage(title: w.summaryHeading(summaries), language: w.language, body: body)
    }

    /// One agreement as a printable section, for this page and the report site.
    static func section(_ summary: AgreementSummary, wording w: Wording, headingLevel: Int) -> HTML {
        Section(summary, wording: w).html(headingLevel: headingLevel)
    }

    /// An agreement's section made once, to be shown under a heading of either level (the report
    /// site shows each agreement on the agreements page and on a page of its own).
    struct Section {
        let id: String
        let heading: String
        /// The facts and the tables.
        let body: HTML

        init(_ summary: AgreementSummary, wording w: Wording) {
            let content = SummaryContent(summary: summary, w: w)
            var parts = [SummaryHTMLReporter.facts(content.facts, links: content.links)]
            for table in content.tables where !table.rows.isEmpty {
                parts.append(HTML.scrolling(table.caption, HTML("table", [], [
                    HTML("caption", text: table.caption),
                    HTML("thead", [], [HTML("tr", [], table.header.map { HTML("th", [.columnHeader], text: $0) })]),
                    HTML("tbody", [], table.rows.map { HTML.row($0.isEmpty ? [""] : $0) }),
                ])))
            }
            id = summary.id
            heading = content.heading
            body = HTML.group(parts)
        }

        func html(headingLevel: Int) -> HTML {
            HTML("section", [.class("page agreement"), .id(id)], [HTML(headingLevel == 1 ? "h1" : "h2", text: heading), body])
        }
    }

    /// Label and value pairs as a definition list; a value whose label `links` names is a link.
    static func facts(_ facts: [(String, String)], links: [String: String] = [:]) -> HTML {
        HTML("dl", [], facts.flatMap { label, value in
            [HTML("dt", text: label), HTML("dd", [], [links[label].map { HTML("a", [.href($0)], text: value) } ?? .text(value)])]
        })
    }
}
