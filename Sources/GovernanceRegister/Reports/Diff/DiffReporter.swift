/// The change list as text, one change a line, or as JSON.
public enum DiffFormat: String, Sendable, CaseIterable {
    case text, json

    public func render(_ list: ChangeList, old: String, new: String, wording w: Wording) -> String {
        switch self {
        case .json:
            return JSONOutput.encode(list)
        case .text:
            guard !list.isEmpty else { return w("No changes between \(old) and \(new).", "Geen verschillen tussen \(old) en \(new).") + "\n" }
            return PlainText.visible(list.changes.map { "- " + $0.line }.joined(separator: "\n") + "\n")
        }
    }
}
