import Foundation
import ArgumentParser
import GovernanceRegister

/// The paths the generic commands take, explained once for every --help.
private let pathHelp = """
A PATH names a part of the register from the top down: each element by its id or other key \
(party[dossierhuis], holiday[2026-12-25], priority[P1], assignment[ict]), by its name \
(contact[Servicedesk Dossierhuis]), by its number among its namesakes (phone[2]) or by an \
attribute (drill[@date=2026-04-09]); @name at the end is an attribute. Values are written as \
people write them: 4 uur, 30 min, 3 maanden, 22-11-2026, ma-vr, hoog; they are stored in the \
schema's form. The register is changed only if it stays valid; the previous version is kept as \
REGISTER.bak. The element names and what each may hold are in the schemas (govreg schemas).
"""

extension Govreg {
    struct SetValue: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Set any value in the register by its path.",
            discussion: pathHelp + """


            Examples:
              govreg set register.xml \\
                  "parties/party[dossierhuis]/contact[1]/phone[1]" "+31 85 620 4399"
              govreg set register.xml "systems/system[his]/@criticality" hoog
              govreg set register.xml \\
                  "agreements/agreement[dvo-his-dossierhuis-2024]/term/noticePeriod" \\
                  "2 maanden"
            """
        )

        @Argument(help: "The register.")
        var register: String

        @Argument(help: "The path of the value.")
        var path: String

        @Argument(help: "The new value.")
        var value: String

        @OptionGroup var edit: EditOptions

        func run() throws {
            let target = try elementPath(path)
            try performSchemaEdit(on: register, options: edit) { editor throws(GovregError) in
                try editor.set(target, to: value)
            }
        }
    }

    struct AddPart: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add any part to the register by its path.",
            discussion: pathHelp + """
             The new part goes where the schemas put it. Give what it needs as FIELD=VALUE, each \
            FIELD a path from the new part; govreg says what is still missing.

            Examples:
              govreg add register.xml "holidays/holiday[2027-12-24]" "=Kerstavond"
              govreg add register.xml \\
                  "agreements/agreement[dvo-his-dossierhuis-2024]/suppliers/supplier" \\
                  "name=Rekenhal Midden B.V." "provides=Datacenter"
            """
        )

        @Argument(help: "The register.")
        var register: String

        @Argument(help: "The path of the new part; its key or number in the last brackets.")
        var path: String

        @Argument(help: "FIELD=VALUE: a value inside the new part (=VALUE for its own text).")
        var fields: [String] = []

        @OptionGroup var edit: EditOptions

        func run() throws {
            let target = try elementPath(path)
            let values = try fields.map(fieldValue)
            try performSchemaEdit(on: register, options: edit) { editor throws(GovregError) in
                try editor.add(target, fields: values)
            }
        }
    }

    struct RemovePart: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Remove any part of the register by its path.",
            discussion: pathHelp + """
             A part that others refer to (a party named as vendor, a system an agreement covers) \
            is not removed; govreg names every place that refers to it.

            Examples:
              govreg remove register.xml "holidays/holiday[2026-12-31]"
              govreg remove register.xml "parties/party[dossierhuis]/contact[2]/email"
            """
        )

        @Argument(help: "The register.")
        var register: String

        @Argument(help: "The path of the part to remove.")
        var path: String

        @OptionGroup var edit: EditOptions

        func run() throws {
            let target = try elementPath(path)
            try performSchemaEdit(on: register, options: edit) { editor throws(GovregError) in
                try editor.remove(target)
            }
        }
    }

    struct MovePart: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "move",
            abstract: "Move a part to another place among its namesakes.",
            discussion: pathHelp + """


            Examples:
              govreg move register.xml "parties/party[hap]" --to 1
            """
        )

        @Argument(help: "The register.")
        var register: String

        @Argument(help: "The path of the part to move.")
        var path: String

        @Option(help: ArgumentHelp("The new place, from 1.", valueName: "number"))
        var to: Int

        @OptionGroup var edit: EditOptions

        func run() throws {
            let target = try elementPath(path)
            try performSchemaEdit(on: register, options: edit) { editor throws(GovregError) in
                try editor.move(target, to: to)
            }
        }
    }

    struct RenamePart: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rename",
            abstract: "Give a part a new id, and every reference to it too.",
            discussion: pathHelp + """
             Renaming a party changes it everywhere it is named: as vendor, owner, counterpart \
            and in the RACI matrices.

            Examples:
              govreg rename register.xml "parties/party[praktijkit]" lingeland-ict
              govreg rename register.xml "systems/system[his]" his-dossierhuis
            """
        )

        @Argument(help: "The register.")
        var register: String

        @Argument(help: "The path of the part.")
        var path: String

        @Argument(help: "Its new id.")
        var newID: String

        @OptionGroup var edit: EditOptions

        func run() throws {
            let target = try elementPath(path)
            try performSchemaEdit(on: register, options: edit) { editor throws(GovregError) in
                try editor.rename(target, to: newID)
            }
        }
    }
}

/// FIELD=VALUE, split at the first "=" outside brackets; "=VALUE" is the new part's own text.
func fieldValue(_ text: String) throws(GovregError) -> (ElementPath, String) {
    var depth = 0
    for index in text.indices {
        switch text[index] {
        case "[": depth += 1
        case "]": depth -= 1
        case "=" where depth == 0:
            let field = String(text[..<index])
            let value = String(text[text.index(after: index)...])
            return (field.isEmpty ? ElementPath(steps: []) : try elementPath(field), value)
        default: break
        }
    }
    throw .invalidOption(name: "FIELD=VALUE", value: text, expected: LocalizedText(en: "write it as name=\"Acme B.V.\" or @kind=vendor", nl: "schrijf het als name=\"Acme B.V.\" of @kind=vendor"))
}
