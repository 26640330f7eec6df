import Foundation
import ArgumentParser
import GovernanceRegister
import SafeFiles

/// "party=A": a role for a party in a new activity.
private func assignmentFields(_ prefix: String) -> (Int, String) -> [FieldChange] {
    { _, text in
        let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let role = RaciRole(written: parts[1].uppercased()) else { return [.setCreating(fieldPath(prefix + "assignment[\(text)]/@role"), "?")] }
        return [.setCreating(fieldPath(prefix + "assignment[\(parts[0])]/@role"), role.rawValue)]
    }
}

extension Govreg.Raci {
    struct ActivityCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "activity",
            abstract: "Add, change, remove or rename an activity of a RACI matrix.",
            discussion: """
            ACTION is add, change, remove or rename. A new activity needs its --name and the \
            roles as --assign PARTY=ROLE (R, A, C, I or A/R), exactly one A. On change, \
            --assign sets the roles given in one step, so the A can move from one party to \
            another (--assign fb=A --assign ict=R); govreg raci unassign takes a role away.

            Examples:
              govreg raci activity add register.xml --matrix raci-continuiteit \\
                  printer-storing --name "Printerstoring melden" \\
                  --assign praktijkmanager=A --assign praktijkit=R
              govreg raci activity change register.xml --matrix raci-continuiteit \\
                  nainvoer --name "Nainvoer in het HIS na herstel"
            """
        )

        @Argument(help: "add, change, remove or rename.")
        var action: EditAction

        @Argument(help: "The register.")
        var register: String

        @Argument(help: "The activity's id.")
        var id: String

        @Option(help: ArgumentHelp("The matrix id.", valueName: "id"))
        var matrix: String

        @Option(help: ArgumentHelp("The activity as people call it.", valueName: "text"))
        var name: String?

        @Option(help: ArgumentHelp("What it involves.", valueName: "text"))
        var description: String?

        @Option(help: ArgumentHelp("PARTY=ROLE, e.g. praktijkmanager=A (repeat).", valueName: "party=role"))
        var assign: [String] = []

        @Option(help: ArgumentHelp("The new id, for rename.", valueName: "id"))
        var to: String?

        @OptionGroup var edit: EditOptions

        func run() throws {
            let changes = field("name", name) + field("description", description) + assign.enumerated().flatMap { assignmentFields("")($0.offset + 1, $0.element) }
            try performNamedEdit(action, on: register, at: fieldPath("raci/matrix[\(matrix)]/activity[\(id)]"), changes: changes, newID: to,
                                 options: ["name": "--name", "assignment": "--assign"], edit: edit)
        }
    }

    struct MatrixCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "matrix",
            abstract: "Add, retitle, remove or rename a RACI matrix.",
            discussion: """
            ACTION is add, change, remove or rename. A new matrix needs its --title and a first \
            activity: --activity ID with --activity-name and --assign PARTY=ROLE; or make the \
            whole matrix from a spreadsheet with govreg raci import.

            Examples:
              govreg raci matrix add register.xml raci-beveiliging --title "Beveiliging" \\
                  --activity toegang --activity-name "Toegangsbeheer" \\
                  --assign praktijkmanager=A --assign praktijkit=R
              govreg raci matrix change register.xml raci-continuiteit \\
                  --title "Continuïteitsplan bij uitval"
            """
        )

        @Argument(help: "add, change, remove or rename.")
        var action: EditAction

        @Argument(help: "The register.")
        var register: String

        @Argument(help: "The matrix id.")
        var id: String

        @Option(help: ArgumentHelp("The matrix's title.", valueName: "text"))
        var title: String?

        @Option(help: ArgumentHelp("For add: the first activity's id.", valueName: "id"))
        var activity: String?

        @Option(name: .customLong("activity-name"), help: ArgumentHelp("For add: the first activity's name.", valueName: "text"))
        var activityName: String?

        @Option(help: ArgumentHelp("For add: PARTY=ROLE in the first activity (repeat).", valueName: "party=role"))
        var assign: [String] = []

        @Option(help: ArgumentHelp("The new id, for rename.", valueName: "id"))
        var to: String?

        @OptionGroup var edit: EditOptions

        func run() throws {
            let first = activity.map { "activity[\($0)]/" } ?? "activity/"
            let changes = field("title", title) + field(first + "name", activityName)
                + assign.enumerated().flatMap { assignmentFields(first)($0.offset + 1, $0.element) }
            try performNamedEdit(action, on: register, at: fieldPath("raci/matrix[\(id)]"), changes: changes, newID: to,
                                 options: ["title": "--title", "activity": "--activity", "activity/@id": "--activity", "activity/name": "--activity-name",
                                           "activity/assignment": "--assign"], edit: edit)
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Make or update a RACI matrix from a spreadsheet saved as CSV.",
            discussion: """
            The sheet has the activities as rows and the parties as columns: the first row names \
            the parties (by id or by name), the first column the activities (by id or by name), \
            and the cells hold R, A, C, I or a combination such as A/R; an empty cell is no role. \
            Semicolons (as Excel writes in the Netherlands) and commas both work. An activity the \
            matrix does not have is added; one the sheet does not name is left as it is. An \
            unknown party, a cell that is no role, or a row without exactly one A is reported with \
            its row and column and nothing is written. Use --dry-run to see the changes first.

            Examples:
              govreg raci import register.xml raci.csv \\
                  --matrix raci-continuiteit --dry-run
              govreg raci import register.xml raci.csv --matrix raci-nieuw \\
                  --title "RACI ICT-beheer"
            """
        )

        @Argument(help: "The register.")
        var register: String

        @Argument(help: "The spreadsheet, saved as CSV.")
        var sheet: String

        @Option(help: ArgumentHelp("The matrix to make or update.", valueName: "id"))
        var matrix: String

        @Option(help: ArgumentHelp("The matrix's title (for a new matrix; default its id).", valueName: "text"))
        var title: String?

        @OptionGroup var edit: EditOptions

        func run() throws {
            let bytes: [UInt8]
            do {
                bytes = try InputFile.read(sheet, limit: edit.document.maxSize.bytes)
            } catch {
                throw GovregError.file(error)
            }
            let text = RaciSheet.text(of: bytes)
            try performSchemaEdit(on: register, options: edit) { editor throws(GovregError) in
                let language = edit.document.lang ?? editor.language
                let parsed = try RaciSheet(path: sheet, text: text)
                try parsed.apply(to: &editor, register: editor.register, matrix: matrix, title: title, language: language)
            }
        }
    }
}
