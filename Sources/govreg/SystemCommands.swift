import Foundation
import ArgumentParser
import GovernanceRegister

extension Govreg {
    struct SystemCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "system",
            abstract: "Add, change, remove or rename a system the care depends on.",
            discussion: """
            ACTION is add, change, remove or rename. A system that agreements or incidents name \
            is not removed; rename changes every reference. On change, an empty value ("") \
            removes an optional part (--max-downtime "").

            Examples:
              govreg system add register.xml lab --name Labsysteem --criticality hoog \\
                  --vendor praktijkit --max-downtime "1 dag" \\
                  --fallback "Uitslagen telefonisch opvragen bij het lab"
              govreg system change register.xml kis --max-downtime "2 dagen"
            """
        )

        @Argument(help: "add, change, remove or rename.")
        var action: EditAction

        @Argument(help: "The register.")
        var register: String

        @Argument(help: "The system's id.")
        var id: String

        @Option(help: ArgumentHelp("The name people know it by.", valueName: "text"))
        var name: String?

        @Option(help: choiceHelp(element: "system", attribute: "criticality"))
        var criticality: String?

        @Option(help: ArgumentHelp("The vendor party's id.", valueName: "id"))
        var vendor: String?

        @Option(help: ArgumentHelp("What the system is for.", valueName: "text"))
        var description: String?

        @Option(name: .customLong("max-downtime"), help: ArgumentHelp("How long care can do without it, e.g. \"2 uur\" or 1 dag.", valueName: "duration"))
        var maxDowntime: String?

        @Option(help: ArgumentHelp("What people do while it is down.", valueName: "text"))
        var fallback: String?

        @Option(name: .customLong("drill-interval"), help: ArgumentHelp("How often the fallback is drilled, e.g. \"1 jaar\".", valueName: "duration"))
        var drillInterval: String?

        @Option(help: ArgumentHelp("The new id, for rename.", valueName: "id"))
        var to: String?

        @OptionGroup var edit: EditOptions

        func run() throws {
            let changes = field("name", name) + field("@criticality", criticality) + field("@vendor", vendor) + field("description", description)
                + field("maxDowntime", maxDowntime) + field("fallback", fallback) + field("drills/@interval", drillInterval)
            try performNamedEdit(action, on: register, at: fieldPath("systems/system[\(id)]"), changes: changes, newID: to,
                                 options: ["name": "--name", "@criticality": "--criticality"], edit: edit)
        }
    }

    struct DrillCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "drill",
            abstract: "Record, change or remove a drill of a system's fallback.",
            discussion: """
            ACTION is add, change or remove; the drill is named by its date.

            Examples:
              govreg drill add register.xml --system his 15-10-2026 --outcome passed \\
                  --note "Ochtendspreekuur op papier gedraaid"
              govreg drill change register.xml --system his 2026-04-09 \\
                  --outcome "deels geslaagd"
            """
        )

        @Argument(help: "add, change or remove.")
        var action: EditAction

        @Argument(help: "The register.")
        var register: String

        @Argument(help: ArgumentHelp("The date of the drill, e.g. 09-04-2026.", valueName: "date"), transform: ArgumentValue.date)
        var date: CalendarDate

        @Option(help: ArgumentHelp("The system's id.", valueName: "id"))
        var system: String

        @Option(help: choiceHelp(element: "drill", attribute: "outcome"))
        var outcome: String?

        @Option(help: ArgumentHelp("What was learnt.", valueName: "text"))
        var note: String?

        @OptionGroup var edit: EditOptions

        func run() throws {
            let changes = field("@outcome", outcome) + field("note", note)
            try performNamedEdit(action, on: register, at: fieldPath("systems/system[\(system)]/drills/drill[@date=\(date)]"), changes: changes, newID: nil,
                                 options: ["@outcome": "--outcome"], edit: edit)
        }
    }

    struct HolidayCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "holiday",
            abstract: "Add, change or remove a public holiday (days the service hours may skip).",
            discussion: """
            ACTION is add, change (its name) or remove. Holidays are kept in date order.

            Examples:
              govreg holiday add register.xml 24-12-2027 "Kerstavond"
              govreg holiday remove register.xml 2026-12-31
            """
        )

        @Argument(help: "add, change or remove.")
        var action: EditAction

        @Argument(help: "The register.")
        var register: String

        @Argument(help: ArgumentHelp("The date, e.g. 25-12-2027.", valueName: "date"), transform: ArgumentValue.date)
        var date: CalendarDate

        @Argument(help: "Its name, e.g. \"Eerste Kerstdag\" (for add and change).")
        var name: String?

        @OptionGroup var edit: EditOptions

        func run() throws {
            try performNamedEdit(action, on: register, at: fieldPath("holidays/holiday[\(date)]"), changes: field("", name), newID: nil,
                                 options: ["holiday": "NAME"], edit: edit)
        }
    }

    struct IncidentCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "incident",
            abstract: "Record, change or remove an incident, and its evaluation.",
            discussion: """
            ACTION is add, change, remove or rename. Times are in the register's time zone: \
            "12-03-2026 16:40". The evaluation after an outage is --evaluated DATE with --lessons.

            Examples:
              govreg incident add register.xml his-2026-03 --system his \\
                  --title "HIS niet bereikbaar" --start "12-03-2026 16:40" \\
                  --end "12-03-2026 21:05" --priority P1
              govreg incident change register.xml INC-2026-004 --evaluated 27-03-2026 \\
                  --lessons "Servicetijden passen niet bij de maximale uitval"
            """
        )

        @Argument(help: "add, change, remove or rename.")
        var action: EditAction

        @Argument(help: "The register.")
        var register: String

        @Argument(help: "The incident's id.")
        var id: String

        @Option(help: ArgumentHelp("The system's id.", valueName: "id"))
        var system: String?

        @Option(help: ArgumentHelp("What happened, in a line.", valueName: "text"))
        var title: String?

        @Option(help: choiceHelp(element: "incident", attribute: "kind"))
        var kind: String?

        @Option(help: ArgumentHelp("The priority it was reported with, e.g. P1.", valueName: "name"))
        var priority: String?

        @Option(help: ArgumentHelp("When it began, e.g. \"12-03-2026 16:40\".", valueName: "moment"))
        var start: String?

        @Option(help: ArgumentHelp("When the service was back.", valueName: "moment"))
        var end: String?

        @Option(help: ArgumentHelp("The date of the evaluation.", valueName: "date"))
        var evaluated: String?

        @Option(help: ArgumentHelp("What the evaluation concluded.", valueName: "text"))
        var lessons: String?

        @Option(help: ArgumentHelp("The new id, for rename.", valueName: "id"))
        var to: String?

        @OptionGroup var edit: EditOptions

        func run() throws {
            let changes = field("@system", system) + field("title", title) + field("@kind", kind) + field("@priority", priority)
                + field("@start", start) + field("@end", end) + field("evaluation/@date", evaluated) + field("evaluation/note", lessons)
            try performNamedEdit(action, on: register, at: fieldPath("incidents/incident[\(id)]"), changes: changes, newID: to,
                                 options: ["@system": "--system", "title": "--title", "@start": "--start", "evaluation/@date": "--evaluated"], edit: edit)
        }
    }

    struct OrganisationCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "organisation",
            abstract: "Change the organisation's name, kind, location or time zone.",
            discussion: """
            Examples:
              govreg organisation register.xml \\
                  --name "Huisartsenpraktijk De Zilverlinde" --location "Lingehaven-Zuid"
            """
        )

        @Argument(help: "The register.")
        var register: String

        @Option(help: ArgumentHelp("The organisation's name.", valueName: "text"))
        var name: String?

        @Option(help: choiceHelp(element: "organisation", attribute: "kind"))
        var kind: String?

        @Option(help: ArgumentHelp("Where it is.", valueName: "text"))
        var location: String?

        @Option(name: .customLong("time-zone"), help: ArgumentHelp("The time zone, e.g. Europe/Amsterdam.", valueName: "zone"))
        var timeZone: String?

        @OptionGroup var edit: EditOptions

        func run() throws {
            let changes = field("name", name) + field("@kind", kind) + field("location", location) + field("@timeZone", timeZone)
            try performNamedEdit(.change, on: register, at: fieldPath("organisation"), changes: changes, newID: nil, options: [:], edit: edit)
        }
    }
}
