import Foundation

/// The catalogue of rules as a report: what `govreg rules` prints and docs/rules.md holds.
public struct RuleCatalogue: Sendable, Encodable {
    public let rules: [RuleDescription]

    public init() {
        rules = RuleCatalog.descriptions
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for rule in rules { try container.encode(rule) }
    }
}

extension RuleDescription: Encodable {
    private enum CodingKeys: String, CodingKey {
        case id, title, severity, family, rationale, branches
    }

    /// Encodes as {"id", "title", "severity", "family", "rationale", "branches"}, words in the
    /// encoder's language.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(severity, forKey: .severity)
        try container.encode(family, forKey: .family)
        try container.encode(rationale, forKey: .rationale)
        try container.encode(branches, forKey: .branches)
    }
}

/// The formats `govreg rules` writes.
public enum RulesFormat: String, Sendable, CaseIterable {
    case text, markdown, json

    public var reporter: any Reporter<RuleCatalogue> {
        switch self {
        case .text: RulesTextReporter()
        case .markdown: RulesMarkdownReporter()
        case .json: JSONReporter<RuleCatalogue>()
        }
    }
}

extension Wording {
    /// Which command checks a family of rules.
    func checkedBy(_ family: RuleFamily) -> String {
        switch family {
        case .register: self("govreg validate and every command that reads a register", "govreg validate en elke opdracht die een register leest")
        case .continuity: self("govreg continuity", "govreg continuity")
        }
    }
}

/// One line per rule: ID, severity, title, and its reason below.
struct RulesTextReporter: Reporter {
    let format = OutputFormat.text

    func render(_ catalogue: RuleCatalogue, wording w: Wording) -> String {
        catalogue.rules.map { rule in
            "\(rule.id)  \(w.severity(rule.severity).padding(toLength: [Severity.error, .warning].map { w.severity($0).count }.max() ?? 7, withPad: " ", startingAt: 0))  \(rule.title.text(in: w.language))\n"
                + "       \(rule.rationale.text(in: w.language))\n"
        }.joined()
    }
}

/// Every rule with its reason and its bad and good examples, as Markdown.
struct RulesMarkdownReporter: Reporter {
    let format = OutputFormat.markdown

    func render(_ catalogue: RuleCatalogue, wording w: Wording) -> String {
        var text = w("# govreg's rules\n\n", "# Regels van govreg\n\n")
        text += w(
            "govreg checks these rules after the XSD, because XSD 1.0 cannot express them: the register rules (GR) in every command that reads a register or agreement file, the continuity rules (CT) in `govreg continuity`. `--strict` turns warnings into errors. Each example sits in its place in a small example register; `govreg rules --format markdown` writes this page.\n\n",
            "Deze regels controleert govreg na het XSD-schema, omdat XSD 1.0 ze niet kan uitdrukken: de registerregels (GR) in elke opdracht die een register of overeenkomst leest, de continuïteitsregels (CT) in `govreg continuity`. `--strict` maakt van waarschuwingen fouten. De voorbeelden staan op hun plek in een klein voorbeeldregister; `govreg rules --format markdown` maakt deze pagina.\n\n"
        )
        text += "| ID | " + w("severity | rule | checked by", "ernst | regel | gecontroleerd door") + " |\n|---|---|---|---|\n"
        for rule in catalogue.rules {
            text += "| [\(rule.id)](#\(rule.id.lowercased())) | \(w.severity(rule.severity)) | \(rule.title.text(in: w.language)) | `govreg \(rule.family == .register ? "validate" : "continuity")` |\n"
        }
        for rule in catalogue.rules {
            text += "\n## \(rule.id)\n\n**\(rule.title.text(in: w.language))** (\(w.severity(rule.severity)); \(w.checkedBy(rule.family)))\n\n\(rule.rationale.text(in: w.language))\n\n"
            for example in rule.triggering {
                text += w("Bad", "Fout") + ":\n\n```xml\n\(Self.shown(example))\n```\n\n"
            }
            for example in rule.nonTriggering {
                text += w("Good", "Goed") + ":\n\n```xml\n\(Self.shown(example))\n```\n\n"
            }
        }
        return text
    }

    /// An example's snippets in the order of the example register, without markers.
    private static func shown(_ example: RuleExample) -> String {
        ExampleRegister.Slot.allCases.compactMap { example.snippets[$0] }
            .map { dedented($0.replacingOccurrences(of: ExampleRegister.marker, with: "")) }.joined(separator: "\n")
    }

    private static func dedented(_ snippet: String) -> String {
        let lines = snippet.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = lines.filter { !$0.allSatisfy(\.isWhitespace) }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return lines.map { String($0.dropFirst(indent)) }.joined(separator: "\n")
    }
}
