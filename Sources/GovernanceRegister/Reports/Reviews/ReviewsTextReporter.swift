import Foundation
/// What falls due, one item per line, most urgent first, for a terminal or a cron mail.
struct ReviewsTextReporter: Reporter {
    let format = OutputFormat.text
    let all: Bool

    func render(_ list: DueList, wording w: Wording) -> String {
        let words = DueItemWording(w: w)
        var lines = [words.heading(list), ""]
        let shown = list.items.filter { all || $0.status != .ok }
        for item in shown {
            let status = words.status(item.status).padding(toLength: 11, withPad: " ", startingAt: 0)
            var line = "\(status) \(words.kind(item)): \(item.subject) — \(words.when(item))"
            if let owner = item.owner { line += "; " + w("owner ", "eigenaar ") + owner }
            lines.append(line)
        }
        if shown.isEmpty { lines.append(w("Nothing is overdue or due soon.", "Niets is te laat of binnenkort aan de beurt.")) }
        lines.append("")
        lines.append(words.counts(list) + (all ? "" : w(" (--all lists everything)", " (--all toont alles)")))
        return PlainText.visible(lines.joined(separator: "\n") + "\n")
    }
}
