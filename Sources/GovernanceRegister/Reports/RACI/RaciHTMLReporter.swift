/// The RACI overview as a standalone HTML page.
struct RaciHTMLReporter: RaciReporter {
    func render(_ overview: RaciOverview, wording w: Wording) -> String {
        HTMLPage(title: w.raciHeading(overview), language: w.language, body: RaciHTMLReporter.body(overview, wording: w)).html
    }

    /// The tables and legend, for this page and for the report site.
    static func body(_ overview: RaciOverview, wording w: Wording) -> String {
        var html = "<h1>\(HTMLText.escape(w.raciHeading(overview)))</h1>\n"
        for table in overview.tables {
            html += "<section class=\"matrix\">\n<div class=\"scroll\"><table class=\"raci\">\n"
            html += "<caption>\(HTMLText.escape(table.title))</caption>\n<thead><tr><th scope=\"col\">\(w("Activity", "Activiteit"))</th>"
            for column in table.columns {
                html += "<th scope=\"col\"><abbr title=\"\(HTMLText.escape(column.name))\">\(HTMLText.escape(column.abbreviation))</abbr></th>"
            }
            html += "</tr></thead>\n<tbody>\n"
            for row in table.rows {
                html += "<tr><th scope=\"row\">\(HTMLText.escape(row.name))</th>"
                for column in table.columns {
                    let role = row.roles[column.id] ?? ""
                    html += role.isEmpty ? "<td></td>" : "<td class=\"role-\(role)\">\(role)</td>"
                }
                html += "</tr>\n"
            }
            html += "</tbody>\n<tfoot>\n"
            for role in [RaciRole.accountable, .responsible] {
                html += "<tr><th scope=\"row\">\(w("Total", "Totaal")) \(role.rawValue)</th>"
                html += table.columns.map { "<td>\(table.count(role, for: $0.id))</td>" }.joined() + "</tr>\n"
            }
            html += "</tfoot>\n</table></div>\n<p class=\"key\">"
            html += table.columns.map { "<b>\(HTMLText.escape($0.abbreviation))</b> \(HTMLText.escape($0.name))" }.joined(separator: " · ")
            html += "</p>\n</section>\n"
        }
        html += "<p class=\"legend\">" + RaciRole.allCases.map { "<b>\($0.rawValue)</b> \(HTMLText.escape(w.roleName($0)))" }.joined(separator: " · ") + "</p>\n"
        return html
    }
}
