/// The RACI overview as a standalone HTML page.
struct RaciHTMLReporter: Reporter {
    let format = OutputFormat.html

    func render(_ overview: RaciOverview, wording w: Wording) -> String {
        HTMLPage(title: w.raciHeading(overview), language: w.language, body: RaciHTMLReporter.body(overview, wording: w)).html
    }

    /// The tables and legend, for this page and for the report site.
    static func body(_ overview: RaciOverview, wording w: Wording) -> [HTML] {
        var parts = [HTML("h1", text: w.raciHeading(overview))]
        for table in overview.tables {
            let header = HTML("tr", [], [HTML("th", [.columnHeader], text: w("Activity", "Activiteit"))] + table.columns.map { column in
                HTML("th", [.columnHeader], [HTML("abbr", [.title(column.name)], text: column.abbreviation)])
            })
            let rows = table.rows.map { row in
                HTML("tr", [], [HTML("th", [.rowHeader], text: row.name)] + table.columns.map { column in
                    guard let role = row.role(of: column.id) else { return HTML("td") }
                    return HTML("td", [.class("role-" + role.letters.filter(\.isLetter))], text: role.letters)
                })
            }
            let totals = [RaciRole.accountable, .responsible].map { role in
                HTML("tr", [], [HTML("th", [.rowHeader], text: w("Total", "Totaal") + " " + role.rawValue)]
                    + table.columns.map { HTML("td", text: String(table.count(role, for: $0.id))) })
            }
            var key: [HTML] = []
            for (index, column) in table.columns.enumerated() {
                if index > 0 { key.append(.text(" · ")) }
                key += [HTML("b", text: column.abbreviation), .text(" " + column.name)]
            }
            parts.append(HTML("section", [.class("matrix")], [
                HTML.scrolling(table.title, HTML("table", [.class("raci")], [
                    HTML("caption", text: table.title),
                    HTML("thead", [], [header]), HTML("tbody", [], rows), HTML("tfoot", [], totals),
                ])),
                HTML("p", [.class("key")], key),
            ]))
        }
        var legend: [HTML] = []
        for (index, role) in RaciRole.allCases.enumerated() {
            if index > 0 { legend.append(.text(" · ")) }
            legend += [HTML("b", text: role.letters), .text(" " + w.roleName(role))]
        }
        return parts + [HTML("p", [.class("legend")], legend)]
    }
}
