/// The static report site: self-contained HTML pages, by file name, as the UTF-8 bytes written.
public struct ReportSite: Sendable {
    public let pages: [String: [UInt8]]

    /// Builds the site for `register` as of `today`; `diagnostics` are the validation findings to show.
    public init(register: Register, diagnostics: [Diagnostic], today: CalendarDate, wording w: Wording) {
        let names = AgreementSummary.Names(register)
        let summaries = register.agreements.mapOnEveryCore { AgreementSummary($0, names: names, today: today) }
        let navigation = [
            ("index.html", w("Overview", "Overzicht")), ("raci.html", "RACI"),
            ("agreements.html", w("Agreements", "Overeenkomsten")), ("reviews.html", w("Reviews", "Herzieningen")),
            ("continuity.html", w("Continuity", "Continuïteit")), ("cards.html", w("Escalation cards", "Escalatiekaarten")),
        ]
        @Sendable func page(_ title: String, _ body: [HTML]) -> [UInt8] {
            HTMLPage(title: title + " — " + register.organisation.name, language: w.language, body: body, navigation: navigation).bytes
        }
        var pages: [String: [UInt8]] = [:]
        let due = DueList(register: register, today: today)
        let continuity = ContinuityCheck(register: register, today: today, due: due)
        pages["index.html"] = page(w("Overview", "Overzicht"), ReportSite.index(register, summaries: summaries, due: due, continuity: continuity, diagnostics: diagnostics, today: today, wording: w))
        if let overview = try? RaciOverview(register: register) {
            pages["raci.html"] = page("RACI", RaciHTMLReporter.body(overview, wording: w))
        } else {
            pages["raci.html"] = page("RACI", [HTML("h1", text: "RACI"), HTML("p", text: w("This register has no RACI matrices.", "Dit register heeft geen RACI-matrices."))])
        }
        let sections = summaries.mapOnEveryCore { SummaryHTMLReporter.Section($0, wording: w) }
        pages["agreements.html"] = page(w("Agreements", "Overeenkomsten"),
            [HTML("h1", text: w("Agreements", "Overeenkomsten")), HTML("p", [.class("meta")], text: w.asOfLine(today))]
                + sections.map { $0.html(headingLevel: 2) })
        // Each agreement's own page, made on every core.
        let agreementPages = Array(zip(summaries, sections)).mapOnEveryCore { summary, section in
            (ReportSite.fileName(of: summary), page(summary.title, [section.html(headingLevel: 1)]))
        }
        for (name, bytes) in agreementPages { pages[name] = bytes }
        pages["reviews.html"] = page(w("Reviews", "Herzieningen"), ReportSite.reviews(due, summaries: summaries, wording: w))
        pages["continuity.html"] = page(w("Continuity", "Continuïteit"), ContinuityHTMLReporter.body(continuity, wording: w, agreementPages: ReportSite.agreementPages(summaries)))
        pages["cards.html"] = (try? EscalationCards(register: register, today: today)).map { EscalationCardReporter.bytes($0, wording: w) } ?? []
        self.pages = pages
    }

    static func fileName(of summary: AgreementSummary) -> String {
        "agreement-\(summary.id).html"
    }

    /// Each agreement's page by its id.
    static func agreementPages(_ summaries: [AgreementSummary]) -> [String: String] {
        Dictionary(summaries.map { ($0.id, fileName(of: $0)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The page of the agreement a review or contract deadline is about; `nil` for anything else.
    private static func agreementPage(of item: DueItem, in pages: [String: String]) -> String? {
        [.review, .decision, .notice, .ending, .expired].contains(item.kind) ? pages[item.subjectID] : nil
    }

    private static func link(_ summary: AgreementSummary) -> HTML {
        HTML("a", [.href(fileName(of: summary))], text: summary.title)
    }

    static func index(_ register: Register, summaries: [AgreementSummary], due: DueList, continuity: ContinuityCheck, diagnostics: [Diagnostic], today: CalendarDate, wording w: Wording) -> [HTML] {
        let counts: [(String, String)] = [
            (w("Vendors", "Leveranciers"), register.parties.count { $0.kind == .vendor }),
            (w("Internal parties", "Interne partijen"), register.parties.count { $0.kind == .internal }),
            (w("Care partners, authorities and patients", "Zorgpartners, instanties en patiënten"), register.parties.count { [.carePartner, .authority, .patients].contains($0.kind) }),
            (w("Systems", "Systemen"), register.systems.count),
            (w("Critical systems", "Kritieke systemen"), register.systems.count { $0.criticality == .critical }),
            (w("Agreements", "Overeenkomsten"), register.agreements.count),
            (w("RACI activities", "RACI-activiteiten"), register.matrices.reduce(0) { $0 + $1.activities.count }),
            (w("Incidents", "Incidenten"), register.incidents.count),
        ].map { ($0.0, String($0.1)) }
        let words = DueItemWording(w: w)
        // Each warning with the page that tells more: the agreement's, the system's on the continuity page.
        let pages = ReportSite.agreementPages(summaries)
        var warnings: [(String, String, String?)] = diagnostics.map { diagnostic in
            (diagnostic.severity == .error ? "overdue" : "due-soon",
             "[\(diagnostic.id)] " + w("line ", "regel ") + "\(diagnostic.location.line): " + diagnostic.message, nil)
        }
        func line(_ item: DueItem) -> (String, String, String?) {
            (item.status.rawValue, words.status(item.status) + " — " + words.kind(item) + ": " + item.subject + ", " + words.when(item)
                + (item.owner.map { w("; owner ", "; eigenaar ") + $0 } ?? ""), agreementPage(of: item, in: pages))
        }
        warnings += due.items.filter { $0.status != .ok && $0.kind != .action }.map(line)
        // What the care is not covered for comes first: a gap in continuity is the danger of the
        // night the IT goes down; then every open action from an evaluation, then what is overdue,
        // then what is due soon.
        let systems = Set(register.systems.map(\.id))
        let gaps = continuity.findings.filter { $0.severity == .error }.map { finding in
            ("overdue", "[\(finding.id)] " + finding.message.text(in: w.language),
             Optional("continuity.html#" + (systems.contains(finding.system) ? finding.system : "continuity-plan")))
        }
        let actions = due.items.filter { $0.kind == .action }.map(line)
        warnings = gaps + actions + warnings.filter { $0.0 == "overdue" } + warnings.filter { $0.0 != "overdue" }
        return [
            HTML("h1", text: register.organisation.name),
            HTML("p", [.class("meta")], text: w("Governance register as of ", "Governanceregister per ") + w.date(today)),
            SummaryHTMLReporter.facts(counts),
            HTML("h2", text: w("What needs attention, most dangerous first", "Wat aandacht vraagt, het gevaarlijkste eerst")),
            warnings.isEmpty ? HTML("p", [.class("ok")], text: w("Nothing needs attention.", "Niets vraagt aandacht."))
                : HTML("ul", [], warnings.map { warning in
                    HTML("li", [.class(warning.0)], [warning.2.map { HTML("a", [.href($0)], text: warning.1) } ?? .text(warning.1)])
                }),
            HTML("h2", text: w("Agreements", "Overeenkomsten")),
            HTML("ul", [], summaries.map { HTML("li", [], [link($0), .text(" — " + $0.vendor.name)]) }),
        ]
    }

    /// Every review and deadline, most urgent first.
    static func reviews(_ due: DueList, summaries: [AgreementSummary], wording w: Wording) -> [HTML] {
        let words = DueItemWording(w: w)
        let pages = agreementPages(summaries)
        // Status and date first: on a phone what is late shows before the table scrolls.
        let header = [w("Status", "Status"), w("Due", "Datum"), w("What", "Wat"), w("Agreement or system", "Overeenkomst of systeem"), w("Owner", "Eigenaar"), w("To do", "Te doen")]
        let rows = due.items.map { item -> HTML in
            let subject = agreementPage(of: item, in: pages).map { HTML("a", [.href($0)], text: item.subject) } ?? .text(item.subject)
            return HTML("tr", [], [
                HTML("td", [.class(item.status.rawValue)], text: words.status(item.status)), HTML("td", text: words.when(item)),
                HTML("th", [.rowHeader], text: words.kind(item)), HTML("td", [], [subject]), HTML("td", text: item.owner ?? ""),
                HTML("td", text: words.description(item)),
            ])
        }
        return [
            HTML("h1", text: w("Reviews and deadlines", "Herzieningen en deadlines")),
            HTML("p", [.class("meta")], text: w.asOfLine(due.asOf)),
            HTML.scrolling(words.counts(due), HTML("table", [], [
                HTML("caption", text: words.counts(due)),
                HTML("thead", [], [HTML("tr", [], header.map { HTML("th", [.columnHeader], text: $0) })]),
                HTML("tbody", [], rows),
            ])),
        ]
    }
}
