/// The pages of `govreg serve` that change the register: a form for a part of it, made from its
/// `PartForm`, and the form for adding a part. Plain HTML forms that work without scripts, with
/// every text escaped by the HTML builder.
public struct EditPages: Sendable {
    /// What every form carries: the register's version it was made from, and the key that shows
    /// the form came from this server (against cross-site requests).
    public struct Stamp: Sendable {
        public let version: String
        public let formKey: String

        public init(version: String, formKey: String) {
            self.version = version
            self.formKey = formKey
        }
    }

    let organisation: String
    let w: Wording

    public init(organisation: String, wording: Wording) {
        self.organisation = organisation
        w = wording
    }

    private var navigation: [(String, String)] {
        [("/", w("Overview", "Overzicht")), ("/edit", w("Change the register", "Register wijzigen")), ("/raci-edit", w("RACI cells", "RACI-cellen")), ("/upload", w("Agreement file", "Overeenkomstbestand")), ("/raci.html", "RACI"),
         ("/agreements.html", w("Agreements", "Overeenkomsten")), ("/reviews.html", w("Reviews", "Herzieningen")),
         ("/continuity.html", w("Continuity", "Continuïteit")), ("/cards.html", w("Escalation cards", "Escalatiekaarten"))]
    }

    /// The address of the form for `path`.
    public static func address(of path: ElementPath) -> String {
        path.steps.isEmpty && path.attribute == nil ? "/edit" : "/edit?path=" + percentEncoded(path.description)
    }

    static func percentEncoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let character = Character(Unicode.Scalar(byte))
            if character.isASCII, character.isLetter || character.isNumber || "-._~".contains(character) {
                result.append(character)
            } else {
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded()
            }
        }
        return result
    }

    private func hidden(_ name: StaticString, _ value: String) -> HTML {
        HTML("input", [HTML.Attribute("type", "hidden"), HTML.Attribute("name", "\(name)"), HTML.Attribute("value", value)])
    }

    private func stampFields(_ stamp: Stamp, path: ElementPath) -> [HTML] {
        [hidden("path", path.description), hidden("version", stamp.version), hidden("formkey", stamp.formKey)]
    }

    private func messages(_ problems: [String], _ done: [String]) -> [HTML] {
        var body: [HTML] = []
        if !problems.isEmpty {
            body.append(HTML("div", [.class("problems"), HTML.Attribute("role", "alert")], [
                HTML("h2", text: w("Not saved", "Niet opgeslagen")), HTML("ul", [], problems.map { HTML("li", text: $0) }),
            ]))
        }
        if !done.isEmpty {
            body.append(HTML("div", [.class("done"), HTML.Attribute("role", "status")], [
                HTML("h2", text: w("Saved", "Opgeslagen")), HTML("ul", [], done.map { HTML("li", text: $0) }),
                HTML("p", [.class("meta")], text: w("The previous version is kept as a backup beside the register.", "De vorige versie is bewaard als reservekopie naast het register.")),
            ]))
        }
        return body
    }

    /// The form for one part: its values, the parts inside it, and what can be added or removed.
    /// After a refused save, `given` holds what was entered (shown instead of the file's values)
    /// and `notes` what is wrong with a field, shown beside it.
    public func form(_ form: PartForm, stamp: Stamp, problems: [String] = [], done: [String] = [], given: [String: String] = [:], notes: [String: String] = [:]) -> String {
        var body: [HTML] = [HTML("h1", text: form.path.steps.isEmpty ? w("Change the register", "Register wijzigen") : form.title)]
        if !form.path.steps.isEmpty {
            body.append(HTML("p", [.class("meta")], [.text(w("Part: ", "Onderdeel: ")), HTML("code", text: form.path.description), .text(" · "),
                                                     HTML("a", [.href(EditPages.address(of: form.path.parent))], text: w("up", "omhoog"))]))
        }
        if !form.help.isEmpty, !form.path.steps.isEmpty { body.append(HTML("p", text: form.help)) }
        body += messages(problems, done)
        if !form.fields.isEmpty {
            var rows: [HTML] = []
            for (index, field) in form.fields.enumerated() {
                rows.append(fieldRow(field.with(value: given[field.name] ?? field.value), id: "field-\(index)", note: notes[field.name]))
            }
            rows += stampFields(stamp, path: form.path)
            rows.append(HTML("button", [HTML.Attribute("type", "submit")], text: w("Save", "Opslaan")))
            body.append(HTML("form", [HTML.Attribute("method", "post"), HTML.Attribute("action", "/edit")], rows))
        }
        if !form.parts.isEmpty {
            body.append(HTML("h2", text: w("Parts", "Onderdelen")))
            body.append(HTML("ul", [], form.parts.map { HTML("li", [], [HTML("a", [.href(EditPages.address(of: $0.path))], text: $0.label)]) }))
        }
        if !form.addable.isEmpty {
            body.append(HTML("h2", text: w("Add", "Toevoegen")))
            var choices: [HTML] = []
            for option in form.addable {
                choices.append(HTML("option", [HTML.Attribute("value", option.value)], text: option.label))
            }
            body.append(HTML("form", [HTML.Attribute("method", "post"), HTML.Attribute("action", "/add")], stampFields(stamp, path: form.path) + [
                HTML("label", [HTML.Attribute("for", "part")], text: w("Part to add", "Toe te voegen onderdeel")),
                HTML("select", [HTML.Attribute("name", "part"), .id("part")], choices),
                HTML("label", [HTML.Attribute("for", "key")], text: w("Its id, date or name (if it has one)", "Het id, de datum of de naam (als het die heeft)")),
                HTML("input", [HTML.Attribute("type", "text"), HTML.Attribute("name", "key"), .id("key")]),
                HTML("button", [HTML.Attribute("type", "submit")], text: w("Add", "Toevoegen")),
            ]))
        }
        if form.removable {
            body.append(HTML("form", [HTML.Attribute("method", "post"), HTML.Attribute("action", "/remove")], stampFields(stamp, path: form.path) + [
                HTML("button", [HTML.Attribute("type", "submit"), .class("danger")], text: w("Remove this part", "Dit onderdeel verwijderen")),
            ]))
        }
        return page(form.path.steps.isEmpty ? w("Change the register", "Register wijzigen") : form.title, body)
    }

    /// The form for a new part: its fields, the parts it must hold in a box each, what was filled
    /// in before, "still needed" beside each field in `missing`, and what is wrong with a field
    /// in `notes`.
    public func newPart(_ form: PartForm, key: String, given: [String: String], missing: Set<String>, notes: [String: String] = [:], stamp: Stamp, problems: [String]) -> String {
        guard let step = form.path.steps.last else { return message(form.title, "") }
        var rows: [HTML] = stampFields(stamp, path: form.path.parent) + [hidden("part", step.name), hidden("key", key)]
        // The new part's own fields first, then a box for each part inside it, in schema order.
        var boxes: [(legend: String, rows: [HTML])] = []
        for (index, field) in form.fields.enumerated() {
            let note = notes[field.name] ?? (missing.contains(field.name) ? w("Still needed.", "Nog nodig.") : nil)
            let row = fieldRow(field.with(value: given[field.name].flatMap { $0.isEmpty ? nil : $0 }), id: "field-\(index)", note: note)
            if let legend = field.group {
                if let open = boxes.firstIndex(where: { $0.legend == legend }) { boxes[open].rows.append(row) } else { boxes.append((legend, [row])) }
            } else {
                rows.append(row)
            }
        }
        rows += boxes.map { HTML("fieldset", [], [HTML("legend", text: $0.legend)] + $0.rows) }
        rows.append(HTML("button", [HTML.Attribute("type", "submit")], text: w("Add", "Toevoegen")))
        let title = w("Add: ", "Toevoegen: ") + form.title + (key.isEmpty ? "" : " (\(key))")
        var body: [HTML] = [HTML("h1", text: title), HTML("p", [.class("meta")], [.text(w("Part: ", "Onderdeel: ")), HTML("code", text: form.path.parent.description.isEmpty ? "/" : form.path.parent.description),
                                                                                    .text(" · "), HTML("a", [.href(EditPages.address(of: form.path.parent))], text: w("back", "terug"))])]
        if !form.help.isEmpty { body.append(HTML("p", text: form.help)) }
        body.append(HTML("p", [.class("meta")], text: w("Fields marked * are needed; a box of parts may be left empty when none of its fields is marked *.",
                                                         "Velden met * zijn nodig; een kader mag leeg blijven als geen van zijn velden een * heeft.")))
        let unplaced = missing.filter { name in !form.fields.contains { $0.name == name } }.sorted()
        body += messages(problems + unplaced.map { w("still needed: ", "nog nodig: ") + $0 }, [])
        body.append(HTML("form", [HTML.Attribute("method", "post"), HTML.Attribute("action", "/add")], rows))
        return page(title, body)
    }

    /// The RACI matrices as forms: a choice of role in every cell, saved together, so the A can
    /// move from one party to another in one save.
    public func raci(_ register: Register, stamp: Stamp, problems: [String] = [], done: [String] = []) -> String {
        var body: [HTML] = [HTML("h1", text: w("RACI: who does what", "RACI: wie doet wat")),
                            HTML("p", [.class("meta")], text: w("R does the work, A is accountable (exactly one per activity), C is consulted, I is informed; A/R is accountable and does the work.",
                                                                 "R voert uit, A is eindverantwoordelijk (precies één per activiteit), C wordt geraadpleegd, I geïnformeerd; A/R is eindverantwoordelijk en voert zelf uit."))]
        body += messages(problems, done)
        var form: [HTML] = [hidden("path", "raci"), hidden("version", stamp.version), hidden("formkey", stamp.formKey)]
        let roles: [(String, String)] = [("", "—")] + RaciRole.allCases.map { ($0.rawValue, $0.letters) }
        for matrix in register.matrices {
            var header: [HTML] = [HTML("th", [HTML.Attribute("scope", "col")], text: w("Activity", "Activiteit"))]
            for party in register.parties {
                header.append(HTML("th", [HTML.Attribute("scope", "col")], text: party.name))
            }
            var rows: [HTML] = []
            for activity in matrix.activities {
                var cells: [HTML] = [HTML("th", [HTML.Attribute("scope", "row")], text: activity.name)]
                for party in register.parties {
                    let current = activity.assignments.first { $0.partyID == party.id }?.role.rawValue ?? ""
                    var options: [HTML] = []
                    for (value, label) in roles {
                        var attributes = [HTML.Attribute("value", value)]
                        if value == current { attributes.append(HTML.Attribute("selected", "selected")) }
                        options.append(HTML("option", attributes, text: label))
                    }
                    cells.append(HTML("td", [], [HTML("select", [HTML.Attribute("name", "cell:\(matrix.id)|\(activity.id)|\(party.id)"),
                                                                  HTML.Attribute("aria-label", activity.name + ": " + party.name)], options)]))
                }
                rows.append(HTML("tr", [], cells))
            }
            // A row to add an activity: its name, and a role for each party.
            let newName = w("New activity", "Nieuwe activiteit")
            var newRow: [HTML] = [HTML("th", [HTML.Attribute("scope", "row")], [
                HTML("label", [HTML.Attribute("for", "new-\(matrix.id)")], text: newName),
                HTML("input", [HTML.Attribute("type", "text"), HTML.Attribute("name", "new:\(matrix.id)"), .id("new-\(matrix.id)")]),
            ])]
            for party in register.parties {
                newRow.append(HTML("td", [], [HTML("select", [HTML.Attribute("name", "newcell:\(matrix.id)|\(party.id)"), HTML.Attribute("aria-label", newName + ": " + party.name)],
                                                   roles.map { HTML("option", [HTML.Attribute("value", $0.0)], text: $0.1) })]))
            }
            rows.append(HTML("tr", [.class("new")], newRow))
            form.append(HTML.scrolling(matrix.title, HTML("table", [.class("raci")], [
                HTML("caption", text: matrix.title), HTML("thead", [], [HTML("tr", [], header)]), HTML("tbody", [], rows),
            ])))
        }
        form.append(HTML("button", [HTML.Attribute("type", "submit")], text: w("Save", "Opslaan")))
        body.append(HTML("form", [HTML.Attribute("method", "post"), HTML.Attribute("action", "/raci-edit")], form))
        return page("RACI", body)
    }

    /// Taking in a vendor's agreement file: the upload form, then its problems with their lines or
    /// what importing it would change, with the choice to import it or leave it.
    public func upload(stamp: Stamp, file: String? = nil, problems: [String] = [], changes: [String]? = nil, upload: String? = nil, done: [String] = []) -> String {
        var body: [HTML] = [HTML("h1", text: w("A vendor's agreement file", "Een overeenkomstbestand van een leverancier"))]
        if let file { body.append(HTML("p", [.class("meta")], [.text(w("File: ", "Bestand: ")), HTML("code", text: file)])) }
        body += messages(problems, done)
        if let changes, let upload {
            body.append(HTML("h2", text: w("What importing it would change", "Wat importeren zou wijzigen")))
            body.append(changes.isEmpty ? HTML("p", text: w("Nothing: the register has it like this already.", "Niets: het register heeft het al zo."))
                                        : HTML("ul", [], changes.map { HTML("li", text: $0) }))
            body.append(HTML("form", [HTML.Attribute("method", "post"), HTML.Attribute("action", "/upload/import")], [
                hidden("upload", upload), hidden("version", stamp.version), hidden("formkey", stamp.formKey),
                HTML("button", [HTML.Attribute("type", "submit")], text: w("Import", "Importeren")),
                .text(" "), HTML("a", [.href("/upload")], text: w("Leave it", "Niet importeren")),
            ]))
            return page(w("Agreement file", "Overeenkomstbestand"), body)
        }
        body.append(HTML("form", [HTML.Attribute("method", "post"), HTML.Attribute("action", "/upload"), HTML.Attribute("enctype", "multipart/form-data")], [
            hidden("formkey", stamp.formKey),
            HTML("div", [.class("field")], [
                HTML("label", [HTML.Attribute("for", "agreement")], text: w("The agreement file (XML)", "Het overeenkomstbestand (XML)")),
                HTML("input", [HTML.Attribute("type", "file"), HTML.Attribute("name", "agreement"), .id("agreement"), HTML.Attribute("accept", ".xml,application/xml,text/xml")]),
            ]),
            HTML("button", [HTML.Attribute("type", "submit")], text: w("Check", "Controleren")),
        ]))
        return page(w("Agreement file", "Overeenkomstbestand"), body)
    }

    /// A page that says what went wrong, with a way back.
    public func message(_ title: String, _ text: String, back: String = "/") -> String {
        page(title, [HTML("h1", text: title), HTML("p", text: text), HTML("p", [], [HTML("a", [.href(back)], text: w("Back", "Terug"))])])
    }

    /// One field with its label, its help and, when something is wrong with it, a note saying what.
    private func fieldRow(_ field: PartForm.Field, id: String, note: String? = nil) -> HTML {
        var children = [HTML("label", [HTML.Attribute("for", id)], text: field.label + (field.required ? " *" : "")), input(field, id: id)]
        if let note { children.append(HTML("p", [.class("needed")], text: note)) }
        if !field.help.isEmpty { children.append(HTML("p", [.class("meta")], text: field.help)) }
        return HTML("div", [.class(note == nil ? "field" : "field missing")], children)
    }

    private func input(_ field: PartForm.Field, id: String) -> HTML {
        let name = "f:" + field.name
        func select(_ options: [PartForm.Option]) -> HTML {
            // A needed choice not made yet starts empty, so that nothing is chosen without the person choosing it.
            var children: [HTML] = !field.required ? [HTML("option", [HTML.Attribute("value", "")], text: "—")]
                : field.value == nil ? [HTML("option", [HTML.Attribute("value", "")], text: w("— choose —", "— kies —"))] : []
            for option in options {
                var attributes = [HTML.Attribute("value", option.value)]
                if option.value == field.value { attributes.append(HTML.Attribute("selected", "selected")) }
                children.append(HTML("option", attributes, text: option.label))
            }
            return HTML("select", [HTML.Attribute("name", name), .id(id)], children)
        }
        switch field.kind {
        case .choice(let options), .reference(let options):
            return select(options)
        case .boolean:
            return select([PartForm.Option(value: "true", label: w("yes", "ja")), PartForm.Option(value: "false", label: w("no", "nee"))])
        case .longText:
            return HTML("textarea", [HTML.Attribute("name", name), .id(id), HTML.Attribute("rows", "3")], text: field.value ?? "")
        case .date:
            return HTML("input", [HTML.Attribute("type", "date"), HTML.Attribute("name", name), .id(id), HTML.Attribute("value", field.value ?? "")])
        case .duration:
            let (number, unit) = EditPages.numberAndUnit(field.value)
            var units: [HTML] = []
            for (value, label) in [("min", w("minutes", "minuten")), ("uur", w("hours", "uur")), ("dagen", w("days", "dagen")), ("maanden", w("months", "maanden")), ("jaar", w("years", "jaar"))] {
                var attributes = [HTML.Attribute("value", value)]
                if value == unit { attributes.append(HTML.Attribute("selected", "selected")) }
                units.append(HTML("option", attributes, text: label))
            }
            return HTML("span", [.class("duration")], [
                HTML("input", [HTML.Attribute("type", "number"), HTML.Attribute("min", "0"), HTML.Attribute("name", name), .id(id), HTML.Attribute("value", number)]),
                HTML("select", [HTML.Attribute("name", "u:" + field.name), HTML.Attribute("aria-label", w("unit", "eenheid"))], units),
            ])
        case .text:
            return HTML("input", [HTML.Attribute("type", "text"), HTML.Attribute("name", name), .id(id), HTML.Attribute("value", field.value ?? "")])
        }
    }

    /// A duration as a number and the largest unit it is a whole number of.
    static func numberAndUnit(_ text: String?) -> (String, String) {
        // As entered in a form before: "4 uur".
        if let parts = text?.split(separator: " "), parts.count == 2, Int(parts[0]) != nil { return (String(parts[0]), String(parts[1])) }
        guard let text, let duration = ISODuration(text) else { return ("", "uur") }
        if duration.years > 0, duration.months == 0, duration.days == 0, duration.hours == 0, duration.minutes == 0 { return (String(duration.years), "jaar") }
        if duration.years > 0 || duration.months > 0 { return (String(duration.years * 12 + duration.months), "maanden") }
        let minutes = duration.days * 1440 + duration.hours * 60 + duration.minutes
        if minutes > 0, minutes % 1440 == 0 { return (String(minutes / 1440), "dagen") }
        if minutes % 60 == 0 { return (String(minutes / 60), "uur") }
        return (String(minutes), "min")
    }

    private func page(_ title: String, _ body: [HTML]) -> String {
        HTMLPage(title: title + " — " + organisation, language: w.language, body: body, navigation: navigation, extraStyle: EditPages.style).html
    }

    static let style: StaticString = """
    .field { margin: .6rem 0; }
    .field label { display: block; font-weight: 600; }
    .field .meta { margin: .1rem 0 0; }
    input[type=text], textarea, select { width: 100%; max-width: 36rem; font: inherit; padding: .3rem; box-sizing: border-box; }
    .duration input { width: 6rem; } .duration select { width: auto; }
    table.raci select { width: auto; min-width: 3.5rem; }
    table.raci th[scope=row] { position: sticky; left: 0; background: #fff; z-index: 1; }
    table.raci tr.new th input { width: 100%; min-width: 10rem; font: inherit; }
    button { font: inherit; padding: .4rem 1rem; margin: .5rem 0; }
    button.danger { color: #b42318; }
    fieldset { border: 1px solid #c8ccd2; margin: 1rem 0; padding: .2rem 1rem .6rem; max-width: 40rem; }
    legend { font-weight: 600; padding: 0 .3rem; }
    .field.missing input, .field.missing select, .field.missing textarea { border: 2px solid #b42318; }
    .needed { color: #b42318; font-weight: 600; margin: .1rem 0 0; }
    .problems { border: 2px solid #b42318; padding: .5rem 1rem; margin: 1rem 0; }
    .done { border: 2px solid #067647; padding: .5rem 1rem; margin: 1rem 0; }
    """
}

private extension String {
    func leftPadded() -> String { count == 1 ? "0" + self : self }
}
