/// The formats `govreg diff` writes.
public enum DiffFormat: String, Sendable, CaseIterable {
    case text, json

    public var reporter: any Reporter<ChangeList> {
        switch self {
        case .text: DiffTextReporter()
        case .json: JSONReporter<ChangeList>()
        }
    }
}

/// The change list as text, one change a line.
struct DiffTextReporter: Reporter {
    let format = OutputFormat.text

    func render(_ list: ChangeList, wording w: Wording) -> String {
        guard !list.isEmpty else { return w("No changes between \(list.old) and \(list.new).", "Geen verschillen tussen \(list.old) en \(list.new).") + "\n" }
        return PlainText.visible(list.changes(in: w.language).map { "- " + $0.line }.joined(separator: "\n") + "\n")
    }
}
