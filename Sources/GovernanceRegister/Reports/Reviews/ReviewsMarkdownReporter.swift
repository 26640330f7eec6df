/// What falls due as a Markdown table, every register text escaped.
struct ReviewsMarkdownReporter: Reporter {
    let format = OutputFormat.markdown
    let all: Bool

    func render(_ list: DueList, wording w: Wording) -> String {
        let words = DueItemWording(w: w)
        var text = "# \(MarkdownText.escape(words.heading(list)))\n\n"
        text += "| \(w("Status", "Status")) | \(w("What", "Wat")) | \(w("Agreement or system", "Overeenkomst of systeem")) | \(w("Owner", "Eigenaar")) | \(w("Due", "Datum")) | \(w("To do", "Te doen")) |\n"
        text += "|---|---|---|---|---|---|\n"
        for item in list.items where all || item.status != .ok {
            let cells = [words.status(item.status), words.kind(item), item.subject, item.owner ?? "", words.when(item), words.description(item)]
            text += "| " + cells.map(MarkdownText.escape).joined(separator: " | ") + " |\n"
        }
        return text + "\n" + words.counts(list) + "\n"
    }
}
