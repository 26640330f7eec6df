import ArgumentParser
import Foundation
import GovernanceRegister

extension Govreg {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a new register for a hospital or a GP practice.",
            discussion: """
            The new register holds the standard activities of vendor governance and a continuity \
            plan, with placeholders that validate. It never overwrites a file.

            Examples:
              govreg init register.xml --kind gp-practice \\
                  --organisation "Huisartsenpraktijk De Linde"
              govreg init register.xml --kind hospital \\
                  --organisation "Example Hospital" --lang en
            """
        )

        enum Kind: String, ExpressibleByArgument, CaseIterable {
            case hospital
            case gpPractice = "gp-practice"
        }

        @Argument(help: "The file to create.")
        var file: String

        @Option(help: "hospital or gp-practice.")
        var kind: Kind

        @Option(help: ArgumentHelp("The organisation's name.", valueName: "name"))
        var organisation: String

        @Option(help: "Language of the register: nl or en.")
        var lang: Language = .dutch

        func run() throws {
            guard file != "-", !file.isEmpty else {
                throw GovregError.invalidOption(name: "FILE", value: file, expected: LocalizedText(en: "govreg init writes a new file; give its name, e.g. register.xml", nl: "govreg init schrijft een nieuw bestand; geef de naam, bijvoorbeeld register.xml"))
            }
            guard !organisation.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw GovregError.invalidOption(name: "--organisation", value: organisation, expected: LocalizedText(en: "give the organisation's name", nl: "geef de naam van de organisatie"))
            }
            let starter = StarterRegister(kind: kind == .hospital ? .hospital : .gpPractice, organisation: organisation, language: lang)
            try ReportOutput.create(starter.text, at: file)
            print(Wording(lang)("\(file): new register; fill in what is marked (fill in), then run govreg validate \(file)",
                                "\(file): nieuw register; vul in wat met (invullen) is gemarkeerd en draai daarna govreg validate \(file)"))
        }
    }
}
