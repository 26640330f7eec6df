import Foundation
import ArgumentParser
import GovernanceRegister

/// What an agreement holds, as options: the same for add and change.
struct AgreementFields: ParsableArguments {
    @Argument(help: "The register.")
    var register: String

    @Argument(help: "The agreement's id.")
    var id: String

        @Option(help: ArgumentHelp("The vendor party's id.", valueName: "id"))
        var vendor: String?

        @Option(help: ArgumentHelp("The agreement's title.", valueName: "text"))
        var title: String?

        @Option(help: ArgumentHelp("What it covers.", valueName: "text"))
        var description: String?

        @Option(help: choiceHelp(element: "agreement", attribute: "status"))
        var status: String?

        @Option(name: .customLong("customer-number"), help: ArgumentHelp("The customer or contract number to quote when calling the vendor.", valueName: "text"))
        var customerNumber: String?

        @Option(help: ArgumentHelp("A system it covers, by id (repeat for more).", valueName: "id"))
        var system: [String] = []

        @Option(help: ArgumentHelp("The internal party that owns it.", valueName: "id"))
        var owner: String?

        @Option(help: ArgumentHelp("The date it starts, e.g. 01-06-2024.", valueName: "date"))
        var start: String?

        @Option(name: .customLong("initial-term"), help: ArgumentHelp("The first term, e.g. \"36 maanden\".", valueName: "duration"))
        var initialTerm: String?

        @Option(help: ArgumentHelp("The date it ends, instead of an initial term.", valueName: "date"))
        var end: String?

        @Option(help: choiceHelp(element: "renewal", attribute: "kind"))
        var renewal: String?

        @Option(name: .customLong("renewal-term"), help: ArgumentHelp("How long each renewal runs.", valueName: "duration"))
        var renewalTerm: String?

        @Option(help: ArgumentHelp("The notice period, e.g. \"3 maanden\".", valueName: "duration"))
        var notice: String?

        @Option(name: .customLong("decision-buffer"), help: ArgumentHelp("Time to decide before the notice date.", valueName: "duration"))
        var decisionBuffer: String?

        @Option(help: ArgumentHelp("What the signed document is called.", valueName: "text"))
        var document: String?

        @Option(name: .customLong("document-link"), help: ArgumentHelp("Where the signed document is.", valueName: "uri"))
        var documentLink: String?

        @Option(help: ArgumentHelp("The date it was signed.", valueName: "date"))
        var signed: String?

        @Option(name: .customLong("review-interval"), help: ArgumentHelp("How often it is reviewed, e.g. \"6 maanden\".", valueName: "duration"))
        var reviewInterval: String?

        @Option(help: ArgumentHelp("Service hours: \"ma-vr 08:00-17:00\" or 24x7 (repeat for more windows).", valueName: "days hours"))
        var hours: [String] = []

        @Option(name: .customLong("public-holidays"), help: choiceHelp(element: "serviceHours", attribute: "onPublicHolidays", "On public holidays: "))
        var publicHolidays: String?

        @Option(help: ArgumentHelp("For add: \"NAME: RESPONSE, RESTORE\", e.g. \"P1: 1 uur, 4 uur\" (repeat).", valueName: "priority"))
        var priority: [String] = []

        @Option(help: ArgumentHelp("For add: who takes the first call (the first escalation level).", valueName: "name"))
        var helpdesk: String?

    @Option(name: .customLong("helpdesk-phone"), help: ArgumentHelp("For add: USE=NUMBER of the first level (repeat).", valueName: "use=number"))
    var helpdeskPhone: [String] = []

    @Option(name: .customLong("helpdesk-email"), help: ArgumentHelp("For add: the email address of the first level.", valueName: "address"))
    var helpdeskEmail: String?

    @OptionGroup var edit: EditOptions

    var path: ElementPath { fieldPath("agreements/agreement[\(id)]") }

    /// The options that give what an agreement must have, by the part they give.
    static let options = ["@vendor": "--vendor", "title": "--title", "systems": "--system", "term": "--start", "term/start": "--start",
                          "serviceLevels": "--hours --priority", "serviceLevels/serviceHours": "--hours", "serviceLevels/priority": "--priority",
                          "escalation": "--helpdesk"]

    func changes(adding: Bool) throws -> [FieldChange] {
        let w = Wording(edit.document.lang ?? MessageLanguage.current())
        var changes = field("@vendor", vendor) + field("title", title) + field("description", description) + field("@status", status) + field("@customerNumber", customerNumber)
            + fields("system", in: "systems", system) { [.set(fieldPath("systems/system[\($0)]/@ref"), $1)] }
            + field("owner/@party", owner) + field("term/start", start) + field("term/initialTerm", initialTerm) + field("term/end", end)
            + field("term/renewal/@kind", renewal) + field("term/renewal/@term", renewalTerm)
            + field("term/noticePeriod", notice) + field("term/decisionBuffer", decisionBuffer)
            + field("document", document) + field("document/@href", documentLink) + field("document/@signed", signed)
            + field("reviews/@interval", reviewInterval)
        changes += try serviceHourFields(hours) + field("serviceLevels/serviceHours/@onPublicHolidays", publicHolidays)
        changes += try priority.flatMap(priorityFields)
        if let helpdesk {
            // A new agreement's first level; on change, only who takes the call.
            if adding {
                changes += [.set(fieldPath("escalation/level[1]/@after"), "0"), .set(fieldPath("escalation/level[1]/name"), w("Service desk", "Servicedesk"))]
            }
            changes += [.set(fieldPath("escalation/level[1]/contact/name"), helpdesk)]
        }
        changes += fields("phone", in: "escalation/level[1]/contact", helpdeskPhone, phoneFields("escalation/level[1]/contact/"))
        changes += field("escalation/level[1]/contact/email", helpdeskEmail)
        return changes
    }
}

extension Govreg.Agreement {
    static let fieldsHelp = """
    Add needs the vendor, title, systems, start and initial term (or end), the service hours, at \
    least one --priority and the --helpdesk with its --helpdesk-phone, the first level of the escalation path; priorities and \
    escalation levels are changed afterwards with govreg priority and govreg escalation. On change, \
    --system replaces the systems covered, and an empty value ("") removes an optional part \
    (--decision-buffer ""). Durations as people write them: "3 maanden", 12 months. The previous \
    version of the register is kept as REGISTER.bak.
    """

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add an agreement with a vendor.",
            discussion: fieldsHelp + """


            Examples:
              govreg agreement add register.xml sla-kis-2025 --vendor ketenpunt \\
                  --title "Gebruikersovereenkomst KIS" --system kis --start 01-03-2025 \\
                  --initial-term "36 maanden" --renewal automatic \\
                  --renewal-term "12 maanden" --notice "3 maanden" \\
                  --hours "ma-vr 08:00-17:00" \\
                  --priority "P1: 2 uur, 8 uur" --helpdesk "Helpdesk Ketenpunt" \\
                  --helpdesk-phone "kantoor=+31 30 299 1550"
            """,
            aliases: ["toevoegen"]
        )

        @OptionGroup var agreement: AgreementFields

        func run() throws {
            try performNamedEdit(.add, on: agreement.register, at: agreement.path, changes: try agreement.changes(adding: true), newID: nil,
                                 options: AgreementFields.options, edit: agreement.edit)
        }
    }

    struct Change: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "change",
            abstract: "Change an agreement: its term, renewal, notice, status, owner, document, ...",
            discussion: fieldsHelp + """


            Examples:
              govreg agreement change register.xml kis-ketenpunt-2025 --status ended
              govreg agreement change register.xml dvo-his-dossierhuis-2024 \\
                  --notice "2 maanden" --decision-buffer ""
            """,
            aliases: ["wijzigen"]
        )

        @OptionGroup var agreement: AgreementFields

        func run() throws {
            try performNamedEdit(.change, on: agreement.register, at: agreement.path, changes: try agreement.changes(adding: false), newID: nil,
                                 options: AgreementFields.options, edit: agreement.edit)
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Remove an agreement.",
            discussion: """
            Examples:
              govreg agreement remove register.xml kis-ketenpunt-2025 --dry-run
            """,
            aliases: ["verwijderen"]
        )

        @Argument(help: "The register.")
        var register: String

        @Argument(help: "The agreement's id.")
        var id: String

        @OptionGroup var edit: EditOptions

        func run() throws {
            try performNamedEdit(.remove, on: register, at: fieldPath("agreements/agreement[\(id)]"), changes: [], newID: nil, options: [:], edit: edit)
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rename",
            abstract: "Give an agreement a new id.",
            discussion: """
            Examples:
              govreg agreement rename register.xml kis-ketenpunt-2025 \\
                  --to kis-zorggroep-2025
            """,
            aliases: ["hernoemen"]
        )

        @Argument(help: "The register.")
        var register: String

        @Argument(help: "The agreement's id.")
        var id: String

        @Option(help: ArgumentHelp("Its new id.", valueName: "id"))
        var to: String

        @OptionGroup var edit: EditOptions

        func run() throws {
            try performNamedEdit(.rename, on: register, at: fieldPath("agreements/agreement[\(id)]"), changes: [], newID: to, options: [:], edit: edit)
        }
    }
}

/// The service hours as changes: each "ma-vr 08:00-17:00" a window, or 24x7 (always); a window
/// replaces `always` and `always` the windows, as the schema's choice says.
func serviceHourFields(_ hours: [String], prefix: String = "serviceLevels/serviceHours") throws(GovregError) -> [FieldChange] {
    guard !hours.isEmpty else { return [] }
    let always = ["24x7", "24/7", "always", "altijd", "dag en nacht"]
    if hours.count == 1, always.contains(hours[0].lowercased().trimmingCharacters(in: .whitespaces)) {
        return [.create(fieldPath(prefix + "/always"))]
    }
    var changes: [FieldChange] = []
    for (index, text) in hours.enumerated() {
        let parts = text.split(separator: " ")
        let clock = parts.last?.split(separator: "-") ?? []
        guard parts.count >= 2, clock.count == 2 else {
            throw .invalidOption(name: "--hours", value: text, expected: LocalizedText(en: "write days and hours as \"mon-fri 08:00-17:00\", or 24x7", nl: "schrijf dagen en uren als \"ma-vr 08:00-17:00\", of 24x7"))
        }
        let window = prefix + "/window[\(index + 1)]"
        changes += [.set(fieldPath(window + "/@days"), parts.dropLast().joined(separator: " ")),
                    .set(fieldPath(window + "/@from"), String(clock[0])), .set(fieldPath(window + "/@until"), String(clock[1]))]
    }
    return changes + [.keepFirst(hours.count, "window", in: fieldPath(prefix))]
}

/// "P1: 1 uur, 4 uur" (or "P1 1h 4h") as the priority's name, response and restore time.
func priorityFields(_ text: String) throws(GovregError) -> [FieldChange] {
    let name: String
    let times: [String]
    if let colon = text.firstIndex(of: ":") {
        name = text[..<colon].trimmingCharacters(in: .whitespaces)
        times = text[text.index(after: colon)...].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    } else {
        let words = text.split(separator: " ").map(String.init)
        name = words.first ?? ""
        times = Array(words.dropFirst())
    }
    guard !name.isEmpty, times.count == 2 else {
        throw .invalidOption(name: "--priority", value: text, expected: LocalizedText(en: "write it as \"P1: 1 hour, 4 hours\": the name, the response time and the restore time",
                                                                                      nl: "schrijf het als \"P1: 1 uur, 4 uur\": de naam, de reactietijd en de hersteltijd"))
    }
    let priority = "serviceLevels/priority[\(name)]"
    return [.set(fieldPath(priority + "/responseTime"), times[0]), .set(fieldPath(priority + "/restoreTime"), times[1])]
}
