import Foundation
import ArgumentParser
import GovernanceRegister

/// What a named command does with its part of the register.
enum EditAction: String, ExpressibleByArgument, CaseIterable {
    case add, change, remove, rename

    /// Also the Dutch verbs: toevoegen, wijzigen, verwijderen, hernoemen.
    init?(argument: String) {
        let dutch = ["toevoegen": "add", "wijzigen": "change", "verwijderen": "remove", "weghalen": "remove", "hernoemen": "rename"]
        guard let action = EditAction(rawValue: dutch[argument.lowercased()] ?? argument.lowercased()) else { return nil }
        self = action
    }
}

/// The path of a part as the named commands write it in their code.
func fieldPath(_ text: String) -> ElementPath {
    (try? ElementPath(text)) ?? ElementPath(steps: [])
}

/// A value to set when the option was given; "" removes an optional part on change.
func field(_ path: String, _ value: String?) -> [FieldChange] {
    value.map { [.set(fieldPath(path), $0)] } ?? []
}

/// Values of a repeated option, given anew on change: the first ones set in place, the rest of
/// the old ones taken away (phones, emails, the systems an agreement covers).
func fields(_ name: String, in parent: String = "", _ values: [String], _ parts: (Int, String) -> [FieldChange]) -> [FieldChange] {
    values.isEmpty ? [] : values.enumerated().flatMap { parts($0.offset + 1, $0.element) } + [.keepFirst(values.count, name, in: fieldPath(parent))]
}

/// A phone number with its use: "office=+31 85 620 4300", "mobiel: +31 6 ...", or a number alone.
func phoneFields(_ prefix: String) -> (Int, String) -> [FieldChange] {
    { number, text in
        let path = prefix + "phone[\(number)]"
        guard let separator = text.firstIndex(where: { $0 == "=" || $0 == ":" }) else {
            return [.set(fieldPath(path), text)]
        }
        let use = String(text[..<separator]).trimmingCharacters(in: .whitespaces)
        let phone = String(text[text.index(after: separator)...]).trimmingCharacters(in: .whitespaces)
        return [.set(fieldPath(path), phone), .set(fieldPath(path + "/@use"), use)]
    }
}

/// Runs a named command's action on the part at `path`. `options` maps the fields the schemas
/// require to the options that give them, so a missing one is named as the user types it.
func performNamedEdit(_ action: EditAction, on register: String, at path: ElementPath, changes: [FieldChange], newID: String?,
                      options: [String: String], edit: EditOptions) throws {
    do {
        try performSchemaEdit(on: register, options: edit) { editor throws(GovregError) in
            switch action {
            case .add:
                try editor.add(path, changes)
            case .change:
                guard !changes.isEmpty else {
                    throw .nothingToChange(path: path.description)
                }
                try editor.apply(changes, at: path)
            case .remove:
                try editor.remove(path)
            case .rename:
                guard let newID, !newID.isEmpty else {
                    throw .invalidOption(name: "--to", value: "", expected: LocalizedText(en: "give the new id with --to", nl: "geef het nieuwe id met --to"))
                }
                try editor.rename(path, to: newID)
            }
        }
    } catch GovregError.edit(.incomplete(let part, let missing)) {
        throw GovregError.edit(.incomplete(part, missing: missing.map { options[$0] ?? $0 }))
    }
}

extension Govreg {
    struct PartyCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "party",
            abstract: "Add, change, remove or rename a party: a vendor, an internal role, a care partner, an authority or the patients.",
            discussion: """
            ACTION is add, change, remove or rename (or toevoegen, wijzigen, verwijderen, \
            hernoemen). A party that systems, agreements or RACI cells name is not removed; \
            rename changes every reference. On change, an empty value ("") removes the description.

            Examples:
              govreg party add register.xml ggd --kind instantie \\
                  --name "GGD Lingeland"
              govreg party change register.xml dossierhuis --description "HIS-leverancier"
              govreg party rename register.xml praktijkit --to lingeland-ict
            """
        )

        @Argument(help: "add, change, remove or rename.")
        var action: EditAction

        @Argument(help: "The register.")
        var register: String

        @Argument(help: "The party's id.")
        var id: String

        @Option(help: ArgumentHelp("The name people know it by.", valueName: "text"))
        var name: String?

        @Option(help: choiceHelp(element: "party", attribute: "kind"))
        var kind: String?

        @Option(help: ArgumentHelp("What the party does.", valueName: "text"))
        var description: String?

        @Option(help: ArgumentHelp("The new id, for rename.", valueName: "id"))
        var to: String?

        @OptionGroup var edit: EditOptions

        func run() throws {
            let changes = field("name", name) + field("@kind", kind) + field("description", description)
            try performNamedEdit(action, on: register, at: fieldPath("parties/party[\(id)]"), changes: changes, newID: to,
                                 options: ["name": "--name", "@kind": "--kind"], edit: edit)
        }
    }

    struct ContactCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "contact",
            abstract: "Add, change or remove a contact of a party.",
            discussion: """
            ACTION is add, change or remove. CONTACT names the contact by its number within the \
            party (1, 2, ...) or by its name; add puts a new one last. --phone and --email may be \
            repeated; on change, the ones given replace all the contact's phone numbers (or email \
            addresses). A phone number has its use before it (see --phone).

            Examples:
              govreg contact add register.xml --party dossierhuis \\
                  --name "Storingsdienst Dossierhuis" \\
                  --phone "storingslijn=+31 85 620 4399" \\
                  --reachable-24x7 ja
              govreg contact change register.xml --party dossierhuis 1 \\
                  --phone "kantoor=+31 85 620 4399" --reachable-24x7 ja
            """
        )

        @Argument(help: "add, change or remove.")
        var action: EditAction

        @Argument(help: "The register.")
        var register: String

        @Argument(help: "The contact's number or name (not for add).")
        var contact: String?

        @Option(help: ArgumentHelp("The party's id.", valueName: "id"))
        var party: String

        @Option(help: ArgumentHelp("Name of the person or desk.", valueName: "text"))
        var name: String?

        @Option(help: ArgumentHelp("Their role, e.g. accountmanager.", valueName: "text"))
        var role: String?

        @Option(help: ArgumentHelp("USE=NUMBER, e.g. \"office=+31 85 620 4300\" (repeat for more); USE is " + choiceHelp(element: "phone", attribute: "use").abstract, valueName: "use=number"))
        var phone: [String] = []

        @Option(help: ArgumentHelp("An email address (repeat for a second).", valueName: "address"))
        var email: [String] = []

        @Option(name: .customLong("reachable-24x7"), help: ArgumentHelp("yes or no (ja, nee): reachable day and night.", valueName: "yes|no"))
        var reachable: String?

        @OptionGroup var edit: EditOptions

        func run() throws {
            let changes = field("name", name) + field("role", role) + fields("phone", phone, phoneFields(""))
                + fields("email", email) { [.set(fieldPath("email[\($0)]"), $1)] } + field("@reachable24x7", reachable)
            let base = "parties/party[\(party)]/contact"
            let path = action == .add ? fieldPath(base) : fieldPath(base + "[\(try contactSelector(contact))]")
            try performNamedEdit(action, on: register, at: path, changes: changes, newID: nil, options: ["name": "--name"], edit: edit)
        }
    }
}

/// Which contact (or level, or supplier) an action is about: its number or its name.
func contactSelector(_ text: String?) throws(GovregError) -> String {
    guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw .invalidOption(name: "CONTACT", value: "", expected: LocalizedText(en: "say which one, by its number (1, 2, ...) or its name", nl: "zeg welke, met het nummer (1, 2, ...) of de naam"))
    }
    return text
}

/// The values an option takes, from the schemas: "critical, high, medium or low (also
/// bedrijfskritisch, hoog, middel, laag)".
func choiceHelp(element: String, attribute: String?, _ lead: String = "") -> ArgumentHelp {
    let choices = ValueInput.choices(ofElement: element, attribute: attribute)
    let values = choices.map(\.value)
    let dutch = choices.compactMap(\.dutch).filter { !values.contains($0) }
    let listed = values.dropLast().joined(separator: ", ") + (values.count > 1 ? " or " : "") + (values.last ?? "")
    return ArgumentHelp(lead + listed + (dutch.isEmpty ? "" : " (also " + dutch.joined(separator: ", ") + ")") + ".", valueName: "value")
}
