import ArgumentParser
import GovernanceRegister

extension Govreg {
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules",
            abstract: "List the rules govreg checks beyond the XSD, with their IDs.",
            discussion: """
            Examples:
              govreg rules
              govreg rules --format markdown --lang nl
            """
        )

        @Option(help: "Output: text, markdown (with bad and good examples per rule) or json.")
        var format: RulesFormat = .text

        @Option(help: "Language: nl or en.")
        var lang: Language = .english

        func run() throws {
            try ReportOutput.write(format.reporter.render(RuleCatalogue(), wording: Wording(lang)), to: "-")
        }
    }
}
