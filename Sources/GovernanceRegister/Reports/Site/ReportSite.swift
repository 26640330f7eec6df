/// The static report site: self-contained HTML pages, by file name.
public struct ReportSite: Sendable {
    public let pages: [String: String]

    /// How many days ahead a contract deadline shows on the index.
    public static let deadlineWindow = 90

    /// Builds the site for `register` as of `today`; `diagnostics` are the validation findings to show.
    public init(register: Register, diagnostics: [Diagnostic], today: CalendarDate, wording w: Wording) {
        let summaries = register.agreements.map { AgreementSummary($0, register: register, today: today) }
        let navigation = [
            ("index.html", w("Overview", "Overzicht")), ("raci.html", "RACI"),
            ("agreements.html", w("Agreements", "Overeenkomsten")), ("reviews.html", w("Reviews", "Herzieningen")),
        ]
        func page(_ title: String, _ body: String) -> String {
            HTMLPage(title: title + " — " + register.organisation.name, language: w.language, body: body, navigation: navigation).html
        }
        var pages: [String: String] = [:]
        pages["index.html"] = page(w("Overview", "Overzicht"), ReportSite.index(register, summaries: summaries, diagnostics: diagnostics, today: today, wording: w))
        if let overview = try? RaciOverview(register: register) {
            pages["raci.html"] = page("RACI", RaciHTMLReporter.body(overview, wording: w))
        } else {
            pages["raci.html"] = page("RACI", "<h1>RACI</h1>\n<p>\(w("This register has no RACI matrices.", "Dit register heeft geen RACI-matrices."))</p>\n")
        }
        let all = summaries.map { SummaryHTMLReporter.section($0, wording: w, headingLevel: 2) }.joined()
        pages["agreements.html"] = page(w("Agreements", "Overeenkomsten"),
            "<h1>\(w("Agreements", "Overeenkomsten"))</h1>\n<p class=\"meta\">\(HTMLText.escape(w.asOfLine(today)))</p>\n" + all)
        for summary in summaries {
            pages[ReportSite.fileName(of: summary)] = page(summary.title, SummaryHTMLReporter.section(summary, wording: w, headingLevel: 1))
        }
        pages["reviews.html"] = page(w("Reviews", "Herzieningen"), ReportSite.reviews(summaries, today: today, wording: w))
        self.pages = pages
    }

    static func fileName(of summary: AgreementSummary) -> String {
        "agreement-\(summary.id).html"
    }

    private static func link(_ summary: AgreementSummary) -> String {
        "<a href=\"\(HTMLText.escape(fileName(of: summary)))\">\(HTMLText.escape(summary.title))</a>"
    }

    static func index(_ register: Register, summaries: [AgreementSummary], diagnostics: [Diagnostic], today: CalendarDate, wording w: Wording) -> String {
        var html = "<h1>\(HTMLText.escape(register.organisation.name))</h1>\n"
        html += "<p class=\"meta\">\(HTMLText.escape(w("Governance register as of ", "Governanceregister per ") + w.date(today)))</p>\n"
        let counts: [(String, Int)] = [
            (w("Vendors", "Leveranciers"), register.parties.count { $0.kind == .vendor }),
            (w("Internal parties", "Interne partijen"), register.parties.count { $0.kind == .internal }),
            (w("Systems", "Systemen"), register.systems.count),
            (w("Critical systems", "Kritieke systemen"), register.systems.count { $0.criticality == .critical }),
            (w("Agreements", "Overeenkomsten"), register.agreements.count),
            (w("RACI activities", "RACI-activiteiten"), register.matrices.reduce(0) { $0 + $1.activities.count }),
            (w("Incidents", "Incidenten"), register.incidents.count),
        ]
        html += "<dl>\n" + counts.map { "<dt>\(HTMLText.escape($0.0))</dt><dd>\($0.1)</dd>\n" }.joined() + "</dl>\n"

        var warnings: [(String, String)] = diagnostics.map { diagnostic in
            (diagnostic.severity == .error ? "overdue" : "due-soon",
             "[\(diagnostic.id)] " + w("line ", "regel ") + "\(diagnostic.location.line): " + diagnostic.message)
        }
        for summary in summaries where summary.review.status != .ok {
            let days = today.days(until: summary.review.next)
            warnings.append((summary.review.status.rawValue, w("Review of ", "Herziening van ") + summary.title + ": " + w.date(summary.review.next) + " (" + w.daysFromToday(days) + ")"))
        }
        for summary in summaries {
            guard let decideBy = summary.dates.decideBy, !summary.dates.ended else { continue }
            let days = today.days(until: decideBy)
            guard days <= deadlineWindow, let cancelBy = summary.dates.cancelBy, today <= cancelBy else { continue }
            warnings.append((days < 0 ? "overdue" : "due-soon", w("Decide on renewal of ", "Besluit over verlenging van ") + summary.title + ": " + w.date(decideBy)
                + " (" + w.daysFromToday(days) + "); " + w("notice deadline ", "opzeggen uiterlijk ") + w.date(cancelBy)))
        }
        html += "<h2>\(w("Warnings", "Waarschuwingen"))</h2>\n"
        if warnings.isEmpty {
            html += "<p class=\"ok\">\(w("Nothing needs attention.", "Niets vraagt aandacht."))</p>\n"
        } else {
            html += "<ul>\n" + warnings.map { "<li class=\"\($0.0)\">\(HTMLText.escape($0.1))</li>\n" }.joined() + "</ul>\n"
        }
        html += "<h2>\(w("Agreements", "Overeenkomsten"))</h2>\n<ul>\n"
        html += summaries.map { "<li>\(link($0)) — \(HTMLText.escape($0.vendor.name))</li>\n" }.joined() + "</ul>\n"
        return html
    }

    static func reviews(_ summaries: [AgreementSummary], today: CalendarDate, wording w: Wording) -> String {
        var html = "<h1>\(w("Reviews", "Herzieningen"))</h1>\n<p class=\"meta\">\(HTMLText.escape(w.asOfLine(today)))</p>\n"
        html += "<div class=\"scroll\"><table>\n<caption>\(w("Agreement reviews, most urgent first", "Herzieningen van overeenkomsten, de dringendste eerst"))</caption>\n<thead><tr>"
        let header = [w("Agreement", "Overeenkomst"), w("Owner", "Eigenaar"), w("Interval", "Termijn"), w("Last review", "Laatste herziening"), w("Next review", "Volgende herziening"), w("Status", "Status")]
        html += header.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        let sorted = summaries.sorted { ($0.review.next, $0.id) < ($1.review.next, $1.id) }
        for summary in sorted {
            let content = SummaryContent(summary: summary, w: w)
            let days = today.days(until: summary.review.next)
            html += "<tr><th scope=\"row\">\(link(summary))</th>"
            html += "<td>\(HTMLText.escape(summary.owner?.name ?? ""))</td><td>\(HTMLText.escape(w.interval(summary.review.interval)))</td>"
            html += "<td>\(HTMLText.escape(summary.review.lastDate.map(w.date) ?? w("never", "nooit")))</td>"
            html += "<td>\(HTMLText.escape(w.date(summary.review.next)))</td>"
            html += "<td class=\"\(summary.review.status.rawValue)\">\(HTMLText.escape(content.reviewStatus(summary.review.status) + " (" + w.daysFromToday(days) + ")"))</td></tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }
}
