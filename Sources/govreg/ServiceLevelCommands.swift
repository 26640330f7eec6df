import Foundation
import ArgumentParser
import GovernanceRegister

extension Govreg {
    struct ServiceHoursCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "service-hours",
            abstract: "Set the hours an agreement's service desk works.",
            discussion: """
            --hours replaces all windows: repeat it for more ("ma-vr 08:00-17:00", \
            "za 09:00-13:00"), or give 24x7 for always. On change, --note "" removes the note.

            Examples:
              govreg service-hours register.xml dvo-his-dossierhuis-2024 \\
                  --hours "ma-vr 07:30-18:00" --public-holidays closed
              govreg service-hours register.xml kis-ketenpunt-2025 --hours 24x7
            """
        )

        @Argument(help: "The register.")
        var register: String

        @Argument(help: "The agreement's id.")
        var agreement: String

        @Option(help: ArgumentHelp("Days and hours, e.g. \"ma-vr 08:00-17:00\", or 24x7 (repeat).", valueName: "days hours"))
        var hours: [String] = []

        @Option(name: .customLong("public-holidays"), help: choiceHelp(element: "serviceHours", attribute: "onPublicHolidays", "On public holidays: "))
        var publicHolidays: String?

        @Option(help: ArgumentHelp("What the hours mean in practice.", valueName: "text"))
        var note: String?

        @OptionGroup var edit: EditOptions

        func run() throws {
            let changes = try serviceHourFields(hours, prefix: "") + field("@onPublicHolidays", publicHolidays) + field("note", note)
            try performNamedEdit(.change, on: register, at: fieldPath("agreements/agreement[\(agreement)]/serviceLevels/serviceHours"),
                                 changes: changes, newID: nil, options: [:], edit: edit)
        }
    }

    struct PriorityCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "priority",
            abstract: "Add, change, remove or rename a priority of an agreement, with its times.",
            discussion: """
            ACTION is add, change, remove or rename. Times as people write them: 1 uur, 30 min, \
            2 werkdagen is not a time (write 2 dagen). An escalation level that names the \
            priority keeps pointing at it after a rename.

            Examples:
              govreg priority add register.xml dvo-his-dossierhuis-2024 P5 \\
                  --response "3 dagen" --restore "15 dagen" --description "Wens"
              govreg priority change register.xml dvo-his-dossierhuis-2024 P1 \\
                  --restore "2 uur"
            """
        )

        @Argument(help: "add, change, remove or rename.")
        var action: EditAction

        @Argument(help: "The register.")
        var register: String

        @Argument(help: "The agreement's id.")
        var agreement: String

        @Argument(help: "The priority's name, e.g. P1.")
        var name: String

        @Option(help: ArgumentHelp("The time to respond.", valueName: "duration"))
        var response: String?

        @Option(help: ArgumentHelp("The time to restore the service.", valueName: "duration"))
        var restore: String?

        @Option(help: ArgumentHelp("The time to solve the cause.", valueName: "duration"))
        var resolution: String?

        @Option(name: .customLong("update-interval"), help: ArgumentHelp("How often the vendor reports progress.", valueName: "duration"))
        var updateInterval: String?

        @Option(help: ArgumentHelp("What counts as this priority.", valueName: "text"))
        var description: String?

        @Option(help: ArgumentHelp("The new name, for rename.", valueName: "name"))
        var to: String?

        @OptionGroup var edit: EditOptions

        func run() throws {
            let changes = field("description", description) + field("responseTime", response) + field("restoreTime", restore)
                + field("resolutionTime", resolution) + field("updateInterval", updateInterval)
            try performNamedEdit(action, on: register, at: fieldPath("agreements/agreement[\(agreement)]/serviceLevels/priority[\(name)]"),
                                 changes: changes, newID: to, options: ["responseTime": "--response", "restoreTime": "--restore"], edit: edit)
        }
    }

    struct EscalationCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "escalation",
            abstract: "Add, change, remove or move a level of an agreement's escalation path.",
            discussion: """
            ACTION is add, change, remove or move. LEVEL is the level's number (1 is the first \
            line) or its name; add puts a new level last, or at --at. Move takes --to. On change, \
            --phone and --email replace the contact's numbers and addresses, and "" removes an \
            optional part.

            Examples:
              govreg escalation add register.xml dvo-his-dossierhuis-2024 \\
                  --after "10 uur" --name "Directie" --contact "Hans Timmerman" \\
                  --phone "office=+31 85 620 4301" --counterpart praktijkhouder
              govreg escalation change register.xml dvo-his-dossierhuis-2024 2 \\
                  --contact "Robin van der Meer" --email r.vandermeer@dossierhuis.example
            """
        )

        enum Action: String, ExpressibleByArgument {
            case add, change, remove, move

            init?(argument: String) {
                if ["move", "verplaatsen"].contains(argument.lowercased()) {
                    self = .move
                    return
                }
                guard let action = EditAction(argument: argument) else { return nil }
                self.init(rawValue: action.rawValue)
            }
        }

        @Argument(help: "add, change, remove or move.")
        var action: Action

        @Argument(help: "The register.")
        var register: String

        @Argument(help: "The agreement's id.")
        var agreement: String

        @Argument(help: "The level's number or name (not for add).")
        var level: String?

        @Option(help: ArgumentHelp("How long after the report this level is reached, e.g. \"2 uur\".", valueName: "duration"))
        var after: String?

        @Option(help: ArgumentHelp("The level's name, e.g. Accountmanager.", valueName: "text"))
        var name: String?

        @Option(help: ArgumentHelp("Who to call at this level.", valueName: "name"))
        var contact: String?

        @Option(help: ArgumentHelp("Their role.", valueName: "text"))
        var role: String?

        @Option(help: ArgumentHelp("USE=NUMBER, e.g. \"mobile=+31 6 4025 7719\" (repeat).", valueName: "use=number"))
        var phone: [String] = []

        @Option(help: ArgumentHelp("An email address (repeat for a second).", valueName: "address"))
        var email: [String] = []

        @Option(name: .customLong("reachable-24x7"), help: ArgumentHelp("yes or no (ja, nee).", valueName: "yes|no"))
        var reachable: String?

        @Option(help: ArgumentHelp("Our party who calls at this level.", valueName: "id"))
        var counterpart: String?

        @Option(name: .customLong("at-once-for"), help: ArgumentHelp("A priority for which this level is called at once.", valueName: "name"))
        var atOnceFor: String?

        @Option(help: ArgumentHelp("For add: the place of the new level, from 1.", valueName: "number"))
        var at: Int?

        @Option(help: ArgumentHelp("For move: the new place, from 1.", valueName: "number"))
        var to: Int?

        @OptionGroup var edit: EditOptions

        func run() throws {
            let changes = field("@after", after) + field("name", name) + field("contact/name", contact) + field("contact/role", role)
                + fields("phone", in: "contact", phone, phoneFields("contact/")) + fields("email", in: "contact", email) { [.set(fieldPath("contact/email[\($0)]"), $1)] }
                + field("contact/@reachable24x7", reachable) + field("counterpart/@party", counterpart) + field("@atOnceFor", atOnceFor)
            let levels = "agreements/agreement[\(agreement)]/escalation/level"
            switch action {
            case .add:
                try performNamedEdit(.add, on: register, at: fieldPath(levels + (at.map { "[\($0)]" } ?? "")), changes: changes, newID: nil,
                                     options: ["@after": "--after", "name": "--name", "contact": "--contact", "contact/name": "--contact"], edit: edit)
            case .change, .remove:
                try performNamedEdit(action == .change ? .change : .remove, on: register, at: fieldPath(levels + "[\(try contactSelector(level))]"),
                                     changes: changes, newID: nil, options: [:], edit: edit)
            case .move:
                guard let to else {
                    throw GovregError.invalidOption(name: "--to", value: "", expected: LocalizedText(en: "give the new place with --to, e.g. --to 1", nl: "geef de nieuwe plek met --to, bijvoorbeeld --to 1"))
                }
                let path = fieldPath(levels + "[\(try contactSelector(level))]")
                try performSchemaEdit(on: register, options: edit) { editor throws(GovregError) in try editor.move(path, to: to) }
            }
        }
    }

    struct SupplierCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "supplier",
            abstract: "Add, change or remove a vendor's own supplier (a subcontractor) in an agreement.",
            discussion: """
            ACTION is add, change or remove. SUPPLIER is its number or its name.

            Examples:
              govreg supplier add register.xml dvo-his-dossierhuis-2024 \\
                  --name "Rekenhal Midden B.V." --provides "Datacenter van het HIS"
            """
        )

        @Argument(help: "add, change or remove.")
        var action: EditAction

        @Argument(help: "The register.")
        var register: String

        @Argument(help: "The agreement's id.")
        var agreement: String

        @Argument(help: "The supplier's number or name (not for add).")
        var supplier: String?

        @Option(help: ArgumentHelp("Its name.", valueName: "text"))
        var name: String?

        @Option(help: ArgumentHelp("What it provides.", valueName: "text"))
        var provides: String?

        @OptionGroup var edit: EditOptions

        func run() throws {
            let base = "agreements/agreement[\(agreement)]/suppliers/supplier"
            let path = action == .add ? fieldPath(base) : fieldPath(base + "[\(try contactSelector(supplier))]")
            try performNamedEdit(action, on: register, at: path, changes: field("name", name) + field("provides", provides), newID: nil,
                                 options: ["name": "--name", "provides": "--provides"], edit: edit)
        }
    }
}
