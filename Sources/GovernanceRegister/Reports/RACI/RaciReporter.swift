/// The formats `govreg raci` writes.
public enum RaciFormat: String, Sendable, CaseIterable {
    case text, markdown, html, csv, json

    public func reporter(separator: CSVTable.Separator) -> any Reporter<RaciOverview> {
        switch self {
        case .text: RaciTextReporter()
        case .markdown: RaciMarkdownReporter()
        case .html: RaciHTMLReporter()
        case .csv: RaciCSVReporter(separator: separator)
        case .json: JSONReporter<RaciOverview>()
        }
    }
}

extension Wording {
    /// The name of a RACI role: R is "Responsible" / "Verantwoordelijk".
    func roleName(_ role: RaciRole) -> String {
        switch role {
        case .responsible: self("Responsible (does the work)", "Verantwoordelijk (voert uit)")
        case .accountable: self("Accountable (decides, exactly one)", "Eindverantwoordelijk (beslist, precies één)")
        case .consulted: self("Consulted", "Geraadpleegd")
        case .informed: self("Informed", "Geïnformeerd")
        case .accountableResponsible: self("Accountable and responsible (decides and does the work)", "Eindverantwoordelijk en verantwoordelijk (beslist en voert zelf uit)")
        }
    }

    /// The heading of a RACI overview.
    func raciHeading(_ overview: RaciOverview) -> String {
        if let focus = overview.focus {
            return self("Duties of \(focus.name)", "Taken van \(focus.name)") + " — " + overview.organisation
        }
        return self("RACI overview", "RACI-overzicht") + " — " + overview.organisation
    }
}
