import ArgumentParser
import GovernanceRegister

extension Govreg {
    struct Raci: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "raci",
            abstract: "Show or change the RACI matrices: who is responsible, accountable, consulted and informed.",
            discussion: """
            Examples:
              govreg raci Samples/registers/hospital.xml
              govreg raci assign register.xml --matrix leveranciersregie \\
                  --activity wijzigingsbeheer --party ict --role A
            """,
            subcommands: [Show.self, Assign.self, Unassign.self, ActivityCommand.self, MatrixCommand.self, Import.self],
            defaultSubcommand: Show.self
        )
    }
}

extension Govreg.Raci {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show the RACI matrices (the default: govreg raci REGISTER).",
            discussion: """
            Activities are rows, parties are columns; totals show how many A's and R's each party \
            carries. --party shows one party's duties across all matrices.

            Examples:
              govreg raci Samples/registers/hospital.xml
              govreg raci Samples/registers/hospital.xml --party ict --format markdown
              govreg raci Samples/registers/hospital.xml --format csv --output raci.csv
            """
        )

        @Argument(help: "The register.")
        var register: String

        @Option(help: ArgumentHelp("Show only this matrix.", valueName: "id"))
        var matrix: String?

        @Option(help: ArgumentHelp("Show only the activities this party has a role in.", valueName: "id"))
        var party: String?

        @Option(help: "Output: text, markdown, html, csv or json.")
        var format: RaciFormat = .text

        @Option(help: ArgumentHelp("CSV field separator: comma, or semicolon (the default for Dutch, as Dutch Excel expects).", valueName: "separator"))
        var separator: CSVTable.Separator?

        @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var output: String?

        @OptionGroup var document: DocumentOptions

        func run() throws {
            let (register, check) = try document.loadRegister(self.register)
            let wording = document.wording(for: check.document)
            let overview = try RaciOverview(register: register, matrix: matrix, party: party)
            let reporter = format.reporter(separator: separator ?? .default(for: wording.language))
            try deliver(reporter.render(overview, wording: wording), to: output, after: check)
        }
    }
}
