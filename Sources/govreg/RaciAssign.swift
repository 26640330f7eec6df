import ArgumentParser
import GovernanceRegister

/// The cell a RACI edit is about.
struct RaciCell: ParsableArguments {
    @Argument(help: "The register.")
    var register: String

    @Option(help: ArgumentHelp("The matrix id.", valueName: "id"))
    var matrix: String

    @Option(help: ArgumentHelp("The activity id.", valueName: "id"))
    var activity: String

    @Option(help: ArgumentHelp("The party id.", valueName: "id"))
    var party: String
}

extension Govreg.Raci {
    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "assign",
            abstract: "Give a party a role (R, A, C, I, or A/R) in an activity.",
            discussion: """
            The register is changed only if it stays valid: a second A for an activity is refused \
            and the file is left as it was. The previous version is kept as REGISTER.bak.

            Examples:
              govreg raci assign register.xml --matrix raci-continuiteit \\
                  --activity storing-melden --party praktijkhouder --role C
            """
        )

        @OptionGroup var cell: RaciCell

        @Option(help: "R, A, C, I, or A/R: accountable and doing the work itself.")
        var role: RaciRole

        @OptionGroup var edit: EditOptions

        var document: DocumentOptions { edit.document }

        func run() throws {
            try performEdit(on: cell.register, options: edit) { editor throws(GovregError) in
                let previous = try editor.assign(matrix: cell.matrix, activity: cell.activity, party: cell.party, role: role)
                let w = Wording(document.lang ?? editor.language)
                return w("role of \(cell.party) in \(cell.matrix)/\(cell.activity): ", "rol van \(cell.party) in \(cell.matrix)/\(cell.activity): ")
                    + (previous.map { "\($0.rawValue) -> " } ?? "") + role.rawValue
            }
        }
    }

    struct Unassign: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "unassign",
            abstract: "Take a party's role in an activity away.",
            discussion: """
            Examples:
              govreg raci unassign register.xml --matrix raci-continuiteit \\
                  --activity storing-melden --party praktijkit
            """
        )

        @OptionGroup var cell: RaciCell

        @OptionGroup var edit: EditOptions

        var document: DocumentOptions { edit.document }

        func run() throws {
            try performEdit(on: cell.register, options: edit) { editor throws(GovregError) in
                let previous = try editor.unassign(matrix: cell.matrix, activity: cell.activity, party: cell.party)
                let w = Wording(document.lang ?? editor.language)
                return w("role \(previous?.rawValue ?? "") of \(cell.party) removed from \(cell.matrix)/\(cell.activity)",
                         "rol \(previous?.rawValue ?? "") van \(cell.party) weggehaald uit \(cell.matrix)/\(cell.activity)")
            }
        }
    }
}
