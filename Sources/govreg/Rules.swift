import ArgumentParser
import GovernanceRegister

extension Govreg {
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the rules govreg checks beyond the XSD, with their IDs.",
            discussion: """
            Examples:
              govreg rules
              govreg rules --format markdown --lang nl
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, markdown
        }

        @Option(help: "Output: text or markdown (with a bad and a good example per rule).")
        var format: Format = .text

        @Option(help: "Language: nl or en.")
        var lang: Language = .english

        func run() {
            switch format {
            case .text: print(RuleCatalogReport.text(language: lang), terminator: "")
            case .markdown: print(RuleCatalogReport.markdown(language: lang), terminator: "")
            }
        }
    }
}
