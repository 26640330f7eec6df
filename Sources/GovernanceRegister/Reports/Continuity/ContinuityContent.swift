/// The words of the continuity check, shared by its output formats.
struct ContinuityContent {
    let check: ContinuityCheck
    let w: Wording

    var heading: String {
        w("Continuity check", "Continuïteitscheck") + " — " + check.organisation + ", " + w("as of ", "per ") + w.date(check.asOf)
    }

    var planTitle: String { w("Continuity plan", "Continuïteitsplan") }

    func title(_ system: ContinuityCheck.SystemAssessment) -> String {
        "\(system.name) (\(criticality(system.criticality)))"
    }

    func criticality(_ criticality: ITSystem.Criticality) -> String {
        switch criticality {
        case .critical: w("critical", "kritiek")
        case .high: w("high", "hoog")
        case .medium: w("medium", "middel")
        case .low: w("low", "laag")
        }
    }

    /// Label and value pairs for one system.
    func facts(_ system: ContinuityCheck.SystemAssessment) -> [(String, String)] {
        var facts: [(String, String)] = [
            (w("Maximum downtime", "Maximale uitvaltijd"), system.maxDowntime.map(w.duration) ?? w("not set", "niet vastgelegd")),
            (w("Agreements", "Overeenkomsten"), system.agreements.isEmpty ? (system.vendor == nil ? w("none (run in-house)", "geen (eigen beheer)") : w("none", "geen")) : system.agreements.joined(separator: ", ")),
        ]
        if !system.dependsOn.isEmpty {
            facts.append((w("Depends on", "Hangt af van"), system.dependsOn.joined(separator: ", ")))
        }
        if let priority = system.priority, let restore = system.restoreTime, let hours = system.serviceHours {
            facts.append((w("Restore", "Herstel"), "\(priority): \(w.duration(restore)) " + w("within ", "binnen ") + w.serviceHours(hours)))
        }
        if system.restoreBeyondHorizon {
            facts.append((w("Worst case", "Slechtste geval"), w("not restored within a year of some outages", "bij sommige storingen niet binnen een jaar hersteld")))
        } else if let worst = system.worstCase {
            // Around the clock every moment is the same; otherwise say when the worst outage starts.
            let through = system.worstCaseThrough.map { w(" through ", " via ") + $0 } ?? ""
            let scenario = system.worstCaseThrough == nil && system.serviceHours?.isAroundTheClock == true ? ""
                : " (" + w("outage ", "uitval ") + ContinuityCheck.moment(worst.start, w) + w(", restored ", ", hersteld ") + ContinuityCheck.moment(worst.end, w) + ")"
            facts.append((w("Worst case", "Slechtste geval"), ContinuityCheck.hours(worst.minutes, w) + through + scenario))
        }
        return facts
    }

    func severity(_ finding: ContinuityFinding) -> String {
        w.severity(finding.severity)
    }

    var totals: String {
        let errors = check.count(.error)
        let warnings = check.count(.warning)
        return w.count(errors, "error", "errors", "fout", "fouten") + ", " + w.count(warnings, "warning", "warnings", "waarschuwing", "waarschuwingen")
    }
}

/// The formats `govreg continuity` writes.
public enum ContinuityFormat: String, Sendable, CaseIterable {
    case text, markdown, html, json

    public var reporter: any Reporter<ContinuityCheck> {
        switch self {
        case .text: ContinuityTextReporter()
        case .markdown: ContinuityMarkdownReporter()
        case .html: ContinuityHTMLReporter()
        case .json: JSONReporter<ContinuityCheck>()
        }
    }
}

struct ContinuityTextReporter: Reporter {
    let format = OutputFormat.text
    func render(_ check: ContinuityCheck, wording w: Wording) -> String {
        let content = ContinuityContent(check: check, w: w)
        var lines = [content.heading]
        if !check.plan.isEmpty {
            lines += ["", content.planTitle]
            lines += check.plan.map { "  \(content.severity($0)) [\($0.id)] \($0.message.text(in: w.language))" }
        }
        for system in check.systems {
            lines += ["", content.title(system)]
            lines += content.facts(system).map { "  \($0.0): \($0.1)" }
            lines += system.findings.map { "  \(content.severity($0)) [\($0.id)] \($0.message.text(in: w.language))" }
            if system.findings.isEmpty { lines.append("  " + w("no findings", "geen bevindingen")) }
        }
        return PlainText.visible((lines + ["", content.totals]).joined(separator: "\n") + "\n")
    }
}

struct ContinuityMarkdownReporter: Reporter {
    let format = OutputFormat.markdown
    func render(_ check: ContinuityCheck, wording w: Wording) -> String {
        let content = ContinuityContent(check: check, w: w)
        var text = "# \(MarkdownText.escape(content.heading))\n"
        if !check.plan.isEmpty {
            text += "\n## \(MarkdownText.escape(content.planTitle))\n\n"
            text += check.plan.map { "- **\(content.severity($0)) \($0.id)** \(MarkdownText.escape($0.message.text(in: w.language)))\n" }.joined()
        }
        for system in check.systems {
            text += "\n## \(MarkdownText.escape(content.title(system)))\n\n| | |\n|---|---|\n"
            text += content.facts(system).map { "| **\(MarkdownText.escape($0.0))** | \(MarkdownText.escape($0.1)) |\n" }.joined()
            text += system.findings.isEmpty ? "\n" + w("No findings.", "Geen bevindingen.") + "\n"
                : "\n" + system.findings.map { "- **\(content.severity($0)) \($0.id)** \(MarkdownText.escape($0.message.text(in: w.language)))\n" }.joined()
        }
        return text + "\n" + content.totals + "\n"
    }
}

struct ContinuityHTMLReporter: Reporter {
    let format = OutputFormat.html

    func render(_ check: ContinuityCheck, wording w: Wording) -> String {
        HTMLPage(title: ContinuityContent(check: check, w: w).heading, language: w.language, body: Self.body(check, wording: w)).html
    }

    /// The check as page content; an agreement a finding names links to its page in `agreementPages`.
    static func body(_ check: ContinuityCheck, wording w: Wording, agreementPages: [String: String] = [:]) -> [HTML] {
        let content = ContinuityContent(check: check, w: w)
        func list(_ findings: [ContinuityFinding]) -> HTML {
            HTML("ul", [], findings.map { finding in
                HTML("li", [.class(finding.severity == .error ? "overdue" : "due-soon")],
                     [HTML("b", text: content.severity(finding) + " " + finding.id)] + HTML.linking(" " + finding.message.text(in: w.language), agreementPages))
            })
        }
        let plan = check.plan.isEmpty ? [] : [HTML("section", [.class("system"), .id("continuity-plan")], [HTML("h2", text: content.planTitle), list(check.plan)])]
        return [HTML("h1", text: content.heading), HTML("p", [.class("meta")], text: content.totals)] + plan + check.systems.map { system in
            let findings = system.findings.isEmpty ? HTML("p", [.class("ok")], text: w("No findings.", "Geen bevindingen.")) : list(system.findings)
            return HTML("section", [.class("system"), .id(system.id)], [
                HTML("h2", text: content.title(system)), SummaryHTMLReporter.facts(content.facts(system)), findings,
            ])
        }
    }
}
