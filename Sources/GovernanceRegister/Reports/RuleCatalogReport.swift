import Foundation

/// The catalogue of semantic rules, as `govreg rules` prints it and docs/rules.md holds it.
public enum RuleCatalogReport {
    /// One line per rule: ID, severity, title.
    public static func text(language: Language) -> String {
        RuleCatalog.descriptions.map { rule in
            "\(rule.id)  \(rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))  \(rule.title.text(in: language))\n"
                + "       \(rule.rationale.text(in: language))\n"
        }.joined()
    }

    /// Every rule with its reason and a bad and a good example, as Markdown.
    public static func markdown(language: Language) -> String {
        let dutch = language == .dutch
        var text = dutch ? "# Regels van govreg\n\n" : "# govreg's rules\n\n"
        text += dutch
            ? "Deze regels controleert govreg na het XSD-schema, omdat XSD 1.0 ze niet kan uitdrukken. `--strict` maakt van waarschuwingen fouten. De voorbeelden staan op hun plek in een klein voorbeeldregister; `govreg rules --format markdown` maakt deze pagina.\n\n"
            : "govreg checks these rules after the XSD, because XSD 1.0 cannot express them. `--strict` turns warnings into errors. Each example sits in its place in a small example register; `govreg rules --format markdown` writes this page.\n\n"
        text += "| ID | " + (dutch ? "ernst | regel" : "severity | rule") + " |\n|---|---|---|\n"
        for rule in RuleCatalog.descriptions {
            text += "| [\(rule.id)](#\(rule.id.lowercased())) | \(rule.severity.rawValue) | \(rule.title.text(in: language)) |\n"
        }
        for rule in RuleCatalog.descriptions {
            text += "\n## \(rule.id)\n\n**\(rule.title.text(in: language))** (\(rule.severity.rawValue))\n\n\(rule.rationale.text(in: language))\n\n"
            text += (dutch ? "Fout" : "Bad") + ":\n\n```xml\n\(dedented(rule.examples.triggering))\n```\n\n"
            text += (dutch ? "Goed" : "Good") + ":\n\n```xml\n\(dedented(rule.examples.nonTriggering))\n```\n"
        }
        return text
    }

    private static func dedented(_ snippet: String) -> String {
        let lines = snippet.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = lines.filter { !$0.allSatisfy(\.isWhitespace) }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return lines.map { String($0.dropFirst(indent)) }.joined(separator: "\n")
    }
}

