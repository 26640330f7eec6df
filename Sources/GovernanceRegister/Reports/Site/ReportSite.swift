/// The static report site: self-contained HTML pages, by file name.
public struct ReportSite: Sendable {
    public let pages: [String: String]

    /// Builds the site for `register` as of `today`; `diagnostics` are the validation findings to show.
    public init(register: Register, diagnostics: [Diagnostic], today: CalendarDate, wording w: Wording) {
        let names = AgreementSummary.Names(register)
        let summaries = register.agreements.map { AgreementSummary($0, names: names, today: today) }
        let navigation = [
            ("index.html", w("Overview", "Overzicht")), ("raci.html", "RACI"),
            ("agreements.html", w("Agreements", "Overeenkomsten")), ("reviews.html", w("Reviews", "Herzieningen")),
            ("continuity.html", w("Continuity", "Continuïteit")), ("cards.html", w("Escalation cards", "Escalatiekaarten")),
        ]
        func page(_ title: String, _ body: String) -> String {
            HTMLPage(title: title + " — " + register.organisation.name, language: w.language, body: body, navigation: navigation).html
        }
        var pages: [String: String] = [:]
        let due = DueList(register: register, today: today)
        pages["index.html"] = page(w("Overview", "Overzicht"), ReportSite.index(register, summaries: summaries, due: due, diagnostics: diagnostics, today: today, wording: w))
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
        pages["reviews.html"] = page(w("Reviews", "Herzieningen"), ReportSite.reviews(due, summaries: summaries, wording: w))
        let continuity = ContinuityCheck(register: register, today: today, due: due, wording: w)
        pages["continuity.html"] = page(w("Continuity", "Continuïteit"), ContinuityHTMLReporter.body(continuity, wording: w))
        pages["cards.html"] = (try? EscalationCard(register: register, today: today, wording: w).html) ?? ""
        self.pages = pages
    }

    static func fileName(of summary: AgreementSummary) -> String {
        "agreement-\(summary.id).html"
    }

    private static func link(_ summary: AgreementSummary) -> String {
        "<a href=\"\(HTMLText.escape(fileName(of: summary)))\">\(HTMLText.escape(summary.title))</a>"
    }

    static func index(_ register: Register, summaries: [AgreementSummary], due: DueList, diagnostics: [Diagnostic], today: CalendarDate, wording w: Wording) -> String {
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

        let words = DueItemWording(w: w)
        var warnings: [(String, String)] = diagnostics.map { diagnostic in
            (diagnostic.severity == .error ? "overdue" : "due-soon",
             "[\(diagnostic.id)] " + w("line ", "regel ") + "\(diagnostic.location.line): " + diagnostic.message)
        }
        warnings += due.items.filter { $0.status != .ok }.map { item in
            (item.status.rawValue, words.status(item.status) + " — " + words.kind(item) + ": " + item.subject + ", " + words.when(item))
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

    /// Every review and deadline, most urgent first.
    static func reviews(_ due: DueList, summaries: [AgreementSummary], wording w: Wording) -> String {
        let words = DueItemWording(w: w)
        let agreements = Set(summaries.map(\.id))
        var html = "<h1>\(HTMLText.escape(w("Reviews and deadlines", "Herzieningen en deadlines")))</h1>\n<p class=\"meta\">\(HTMLText.escape(w.asOfLine(due.asOf)))</p>\n"
        html += "<div class=\"scroll\"><table>\n<caption>\(HTMLText.escape(words.counts(due)))</caption>\n<thead><tr>"
        let header = [w("What", "Wat"), w("Agreement or system", "Overeenkomst of systeem"), w("Owner", "Eigenaar"), w("Due", "Datum"), w("Status", "Status"), w("To do", "Te doen")]
        html += header.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for item in due.items {
            let subject = agreements.contains(item.subjectID) && [.review, .decision, .notice, .ending, .expired].contains(item.kind)
                ? "<a href=\"agreement-\(HTMLText.escape(item.subjectID)).html\">\(HTMLText.escape(item.subject))</a>"
                : HTMLText.escape(item.subject)
            html += "<tr><th scope=\"row\">\(HTMLText.escape(words.kind(item)))</th><td>\(subject)</td>"
            html += "<td>\(HTMLText.escape(item.owner ?? ""))</td><td>\(HTMLText.escape(words.when(item)))</td>"
            html += "<td class=\"\(item.status.rawValue)\">\(HTMLText.escape(words.status(item.status)))</td><td>\(HTMLText.escape(words.description(item)))</td></tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }
}
