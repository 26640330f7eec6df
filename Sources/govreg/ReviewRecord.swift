import Foundation
import ArgumentParser
import GovernanceRegister

extension Govreg {
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review",
            abstract: "Record a review of an agreement.",
            subcommands: [Record.self]
        )
    }
}

extension Govreg.Review {
    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "record",
            abstract: "Add a review to an agreement's history.",
            discussion: """
            The review goes into the history in date order; the same review (date and reviewer) \
            twice is refused, and so is a review dated after today (today in the register's time \
            zone, or --as-of). \
            The previous version of the register is kept as REGISTER.bak.

            Examples:
              govreg review record register.xml sla-lis-labwijzer-2023 \\
                  --date 2026-11-20 --by "P. Oosterhuis" --outcome approved
              govreg review record register.xml dvo-his-dossierhuis-2024 \\
                  --date 2026-11-20 --by "K. Schouten" --outcome changes-required \\
                  --note "Servicetijden uitbreiden"
            """
        )

        @Argument(help: "The register.")
        var register: String

        @Argument(help: "The agreement's id.")
        var agreement: String

        @Option(help: ArgumentHelp("The date of the review, e.g. 2026-11-20 or 20-11-2026.", valueName: "date"), transform: ArgumentValue.date)
        var date: CalendarDate

        @Option(help: ArgumentHelp("Who reviewed.", valueName: "name"))
        var by: String

        @Option(help: "approved or changes-required (also in Dutch: goedgekeurd, aanpassing nodig).", transform: ArgumentValue.choice(of: "ReviewOutcome"))
        var outcome: GovernanceRegister.Review.Outcome

        @Option(help: ArgumentHelp("What was discussed or agreed.", valueName: "text"))
        var note: String?

        @OptionGroup var edit: EditOptions

        var document: DocumentOptions { edit.document }

        func run() throws {
            guard !by.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw GovregError.invalidOption(name: "--by", value: by, expected: LocalizedText(en: "give the reviewer's name", nl: "geef de naam van wie herzag"))
            }
            try performEdit(on: register, options: edit) { editor throws(GovregError) in
                try editor.recordReview(agreement: agreement, date: date, by: by, outcome: outcome, note: note)
                let w = Wording(document.lang ?? editor.language)
                return w("review of \(agreement) on \(date) recorded (\(w.choice(outcome.rawValue, of: "ReviewOutcome")))", "herziening van \(agreement) op \(date) vastgelegd (\(w.choice(outcome.rawValue, of: "ReviewOutcome")))")
            }
        }
    }
}
