/// The RACI overview as Markdown tables, every register text escaped.
struct RaciMarkdownReporter: Reporter {
    let format = OutputFormat.markdown
    func render(_ overview: RaciOverview, wording w: Wording) -> String {
        var text = "# \(MarkdownText.escape(w.raciHeading(overview)))\n"
        for table in overview.tables {
            text += "\n## \(MarkdownText.escape(table.title))\n\n"
            text += "| \(w("Activity", "Activiteit")) | " + table.columns.map { MarkdownText.escape($0.name) + " |" }.joined(separator: " ") + "\n"
            text += "|---|" + String(repeating: ":-:|", count: table.columns.count) + "\n"
            for row in table.rows {
                text += "| \(MarkdownText.escape(row.name)) | " + table.columns.map { (row.roles[$0.id]?.letters ?? "") + " |" }.joined(separator: " ") + "\n"
            }
            for role in [RaciRole.accountable, .responsible] {
                text += "| **\(w("Total", "Totaal")) \(role.rawValue)** | " + table.columns.map { "\(table.count(role, for: $0.id)) |" }.joined(separator: " ") + "\n"
            }
        }
        text += "\n" + RaciRole.allCases.map { "**\($0.letters)** \(w.roleName($0))" }.joined(separator: " · ") + "\n"
        return text
    }
}
