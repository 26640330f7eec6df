/// The RACI overview for an 80-column terminal: party columns by abbreviation, with a key below.
struct RaciTextReporter: Reporter {
    let format = OutputFormat.text
    static let width = 80
    static let minimumActivityWidth = 24

    func render(_ overview: RaciOverview, wording w: Wording) -> String {
        var lines = [w.raciHeading(overview), ""]
        for table in overview.tables {
            lines.append(table.title)
            lines.append("")
            let columnWidth = max(3, (table.columns.map(\.abbreviation.count).max() ?? 2) + 1)
            let fitting = max(1, (RaciTextReporter.width - RaciTextReporter.minimumActivityWidth) / columnWidth)
            // Spread the columns evenly over as few blocks as fit side by side.
            let blocks = max(1, (table.columns.count + fitting - 1) / fitting)
            let perBlock = max(1, (table.columns.count + blocks - 1) / blocks)
            for start in stride(from: 0, to: max(table.columns.count, 1), by: perBlock) {
                let columns = Array(table.columns[start..<min(start + perBlock, table.columns.count)])
                let activityWidth = RaciTextReporter.width - columns.count * columnWidth
                lines.append(pad(w("Activity", "Activiteit"), activityWidth) + columns.map { pad($0.abbreviation, columnWidth) }.joined())
                lines.append(String(repeating: "-", count: activityWidth - 1) + " " + columns.map { _ in String(repeating: "-", count: columnWidth - 1) + " " }.joined())
                for row in table.rows {
                    lines.append(pad(row.name, activityWidth) + columns.map { pad(row.roles[$0.id]?.letters ?? ".", columnWidth) }.joined())
                }
                for role in [RaciRole.accountable, .responsible] {
                    let label = w("Total ", "Totaal ") + role.rawValue
                    lines.append(pad(label, activityWidth) + columns.map { pad(String(table.count(role, for: $0.id)), columnWidth) }.joined())
                }
                lines.append("")
            }
            let key = table.columns.map { "\($0.abbreviation) = \($0.name)" }.joined(separator: ", ")
            lines += wrap(w("Key: ", "Sleutel: ") + key)
            lines.append("")
        }
        lines += wrap(RaciRole.allCases.map { "\($0.letters) = \(w.roleName($0))" }.joined(separator: "; "))
        return PlainText.visible(lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n") + "\n")
    }

    /// Pads or shortens text to exactly `width` characters, keeping one space at the end.
    private func pad(_ text: String, _ width: Int) -> String {
        let room = width - 1
        let count = RaciTextReporter.length(text)
        let shown = count > room ? String(text.prefix(room - 1)) + "…" : text
        return shown + String(repeating: " ", count: width - (count > room ? room : count))
    }

    /// The number of characters, counted cheaply for plain ASCII (abbreviations, roles, numbers).
    private static func length(_ text: some StringProtocol) -> Int {
        text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.count : text.count
    }

    /// Breaks text into lines of at most 80 characters at spaces.
    private func wrap(_ text: String) -> [String] {
        var lines: [String] = []
        var line = ""
        var length = 0
        for word in text.split(separator: " ") {
            let wordLength = RaciTextReporter.length(word)
            if !line.isEmpty, length + 1 + wordLength > RaciTextReporter.width {
                lines.append(line)
                line = "  "
                length = 2
            }
            let gap = line.isEmpty || line == "  " ? "" : " "
            line += gap + word
            length += gap.count + wordLength
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
