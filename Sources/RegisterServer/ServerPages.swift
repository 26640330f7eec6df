import Foundation
import GovernanceRegister
import Hummingbird
import HTTPTypes
import NIOCore

/// The pages and saves of `govreg serve`, each made from the register as it is on disk now.
final class ServerPages: Sendable {
    let settings: RegisterServer.Settings
    /// The key every form carries, so that a form posted from another site is refused.
    let formKey: String
    /// Style sheets moved out of the pages (the Content-Security-Policy allows no inline style),
    /// and the register's recent versions, to say what changed when a form is stale.
    private let memory = Memory()

    private final class Memory: @unchecked Sendable {
        private let lock = NSLock()
        private var styles: [String: String] = [:]
        private var versions: [(String, [UInt8])] = []

        func style(_ text: String) -> String {
            let name = FileVersion.of(Array(text.utf8))
            lock.withLock { styles[name] = text }
            return name
        }

        func style(named name: String) -> String? { lock.withLock { styles[name] } }

        func remember(_ bytes: [UInt8]) -> String {
            let version = FileVersion.of(bytes)
            lock.withLock {
                if !versions.contains(where: { $0.0 == version }) { versions.append((version, bytes)) }
                if versions.count > 32 { versions.removeFirst() }
            }
            return version
        }

        func bytes(of version: String) -> [UInt8]? { lock.withLock { versions.first { $0.0 == version }?.1 } }

        private var uploads: [(id: String, name: String, bytes: [UInt8])] = []

        /// Keeps an uploaded file until it is imported or left (the last 8 only).
        func keep(upload bytes: [UInt8], named name: String) -> String {
            let id = RegisterServer.newSecret()
            lock.withLock {
                uploads.append((id, name, bytes))
                if uploads.count > 8 { uploads.removeFirst() }
            }
            return id
        }

        func upload(_ id: String) -> (name: String, bytes: [UInt8])? {
            lock.withLock { uploads.first { $0.id == id }.map { ($0.name, $0.bytes) } }
        }
    }

    /// The most a form may hold.
    static let formLimit = 1 << 20

    init(settings: RegisterServer.Settings, formKey: String) {
        self.settings = settings
        self.formKey = formKey
    }

    private var options: ValidationOptions {
        ValidationOptions(asOf: settings.asOf, language: settings.language)
    }

    /// The register read and checked now.
    private func load() -> (FileCheck, [UInt8]?) {
        let bytes = try? RegisterFile(path: settings.register, options: options).currentBytes()
        let check = bytes.map { GovernanceValidator(options: options).check(bytes: $0, path: settings.register) }
            ?? GovernanceValidator(options: options).check(path: settings.register)
        return (check, bytes)
    }

    private func wording(_ check: FileCheck) -> Wording {
        Wording(settings.language ?? check.language)
    }

    static func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: text + "\n")))
    }

    /// An HTML page, its style sheet moved to a file of its own.
    private func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        var text = page
        if let open = text.range(of: "<style>"), let close = text.range(of: "</style>", range: open.upperBound..<text.endIndex) {
            let name = memory.style(String(text[open.upperBound..<close.lowerBound]))
            text.replaceSubrange(open.lowerBound..<close.upperBound, with: "<link rel=\"stylesheet\" href=\"/style/\(name).css\">")
        }
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    func style(_ name: String) -> Response {
        guard let text = memory.style(named: String(name.dropLast(".css".count))) else { return ServerPages.plain(.notFound, "no such style sheet") }
        return Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// A page of the report site, made from the register now, with a link to the forms.
    func site(page: String, request: Request) -> Response {
        let (check, _) = load()
        let w = wording(check)
        guard case .register(let register) = check.document else {
            return html(EditPages(organisation: settings.register, wording: w).message(w("The register cannot be read", "Het register is niet te lezen"),
                                                                                        check.diagnostics.map(\.formatted).joined(separator: "\n")), status: .internalServerError)
        }
        let today = settings.asOf ?? GovernanceDocument.register(register).today()
        let site = ReportSite(register: register, diagnostics: check.diagnostics, today: today, wording: w)
        guard let text = site.pages[page].map({ String(decoding: $0, as: UTF8.self) }) else { return ServerPages.plain(.notFound, w("No such page.", "Deze pagina bestaat niet.")) }
        let link = " · <a href=\"/edit\">" + w("Change the register", "Register wijzigen") + "</a> · <a href=\"/raci-edit\">" + w("RACI cells", "RACI-cellen")
            + "</a> · <a href=\"/upload\">" + w("Agreement file", "Overeenkomstbestand") + "</a> · <a href=\"/download/raci.csv\">RACI (CSV)</a> · <a href=\"/download/cards.html\">"
            + w("Cards to print", "Kaarten om te printen") + "</a> · <a href=\"/download/reviews.ics\">"
            + w("Calendar", "Agenda") + "</a></nav>"
        return html(text.replacingOccurrences(of: "</nav>", with: link))
    }

    func download(_ file: String) -> Response {
        let (check, _) = load()
        let w = wording(check)
        guard case .register(let register) = check.document else { return ServerPages.plain(.internalServerError, w("The register cannot be read.", "Het register is niet te lezen.")) }
        let today = settings.asOf ?? GovernanceDocument.register(register).today()
        let (text, type): (String?, String) = switch file {
        case "raci.csv": ((try? RaciOverview(register: register)).map { RaciFormat.csv.reporter(separator: .default(for: w.language)).render($0, wording: w) }, "text/csv; charset=utf-8")
        case "reviews.ics": (ReviewsFormat.ics.reporter(all: true, version: "govreg", madeAt: Date()).render(DueList(register: register, today: today), wording: w), "text/calendar; charset=utf-8")
        case "reviews.json": (ReviewsFormat.json.reporter(all: true, version: "govreg", madeAt: Date()).render(DueList(register: register, today: today), wording: w), "application/json")
        case "raci.json": ((try? RaciOverview(register: register)).map { RaciFormat.json.reporter(separator: .default(for: w.language)).render($0, wording: w) }, "application/json")
        // The escalation cards as one self-contained page, to print and put beside the phone.
        case "cards.html": ((try? EscalationCards(register: register, today: today)).map { CardFormat.html.reporter.render($0, wording: w) }, "text/html; charset=utf-8")
        default: (nil, "")
        }
        guard let text else { return ServerPages.plain(.notFound, w("No such download.", "Deze download bestaat niet.")) }
        return Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(file)\""], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// The form for the part the address names.
    func editForm(request: Request) -> Response {
        let path = request.uri.queryParameters["path"].map(String.init) ?? ""
        return formPage(path: path, problems: [], done: [])
    }

    private func formPage(path text: String, problems: [String], done: [String], given: [String: String] = [:], notes: [String: String] = [:], status: HTTPResponse.Status = .ok) -> Response {
        let (check, bytes) = load()
        let w = wording(check)
        let pages = editPages(check, w)
        guard let bytes else { return html(pages.message(w("The register cannot be read", "Het register is niet te lezen"), ""), status: .internalServerError) }
        do {
            let path = text.isEmpty ? ElementPath(steps: []) : try ElementPath(text)
            let form = try PartForm.read(bytes, at: path, language: w.language)
            return html(pages.form(form, stamp: EditPages.Stamp(version: memory.remember(bytes), formKey: formKey), problems: problems, done: done, given: given, notes: notes), status: status)
        } catch let error as GovregError {
            return html(pages.message(w("Not found", "Niet gevonden"), error.message(in: w.language), back: "/edit"), status: .notFound)
        } catch {
            return html(pages.message(w("Not found", "Niet gevonden"), EditRefusal.unreadablePath(text).words(in: w.language), back: "/edit"), status: .notFound)
        }
    }

    /// The RACI matrices with a choice of role in every cell.
    func raciForm(problems: [String] = [], done: [String] = [], status: HTTPResponse.Status = .ok) -> Response {
        let (check, bytes) = load()
        let w = wording(check)
        guard case .register(let register) = check.document, let bytes else {
            return html(EditPages(organisation: settings.register, wording: w).message(w("The register cannot be read", "Het register is niet te lezen"), ""), status: .internalServerError)
        }
        let pages = EditPages(organisation: register.organisation.name, wording: w)
        return html(pages.raci(register, stamp: EditPages.Stamp(version: memory.remember(bytes), formKey: formKey), problems: problems, done: done), status: status)
    }

    /// Saves the cells of the RACI form that changed, all in one edit.
    func saveRaci(form: [(String, String)]) -> Response {
        let value = { (name: String) in form.first { $0.0 == name }?.1 ?? "" }
        let (check, _) = load()
        let w = wording(check)
        guard SecurityMiddlewareKeys.same(value("formkey"), formKey) else {
            return ServerPages.foreignForm(w)
        }
        do {
            let outcome = try RegisterFile(path: settings.register, options: options).edit(version: value("version")) { editor throws(GovregError) in
                var schema = try editor.schemaEditor()
                let register = schema.register
                // Roles first, then the cells emptied, so no activity is ever without its A on the way.
                var emptied: [ElementPath] = []
                for (name, role) in form where name.hasPrefix("cell:") {
                    let parts = name.dropFirst(5).split(separator: "|").map(String.init)
                    guard parts.count == 3, let activity = register.matrices.first(where: { $0.id == parts[0] })?.activities.first(where: { $0.id == parts[1] }) else { continue }
                    let current = activity.assignments.first { $0.partyID == parts[2] }?.role.rawValue ?? ""
                    guard role != current else { continue }
                    let cell = ElementPath(steps: [ElementPath.Step("raci"), ElementPath.Step("matrix", .key(parts[0])), ElementPath.Step("activity", .key(parts[1])),
                                                   ElementPath.Step("assignment", .key(parts[2]))])
                    if role.isEmpty { emptied.append(cell) } else { try schema.setCreating(ElementPath(steps: cell.steps, attribute: "role"), to: role) }
                }
                for cell in emptied { try schema.remove(cell) }
                // A new activity of a matrix, with its roles.
                for (name, text) in form where name.hasPrefix("new:") {
                    let matrix = String(name.dropFirst(4)), activity = text.trimmingCharacters(in: .whitespaces)
                    guard !activity.isEmpty else { continue }
                    let roles = form.filter { $0.0.hasPrefix("newcell:\(matrix)|") && !$0.1.isEmpty }.map { cell in
                        (ElementPath(steps: [ElementPath.Step("assignment", .key(String(cell.0.split(separator: "|").last ?? "")))], attribute: "role"), cell.1)
                    }
                    try schema.add(ElementPath(steps: [ElementPath.Step("raci"), ElementPath.Step("matrix", .key(matrix)), ElementPath.Step("activity", .key(PlainValue.slug(activity)))]),
                                   fields: [(ElementPath(steps: [ElementPath.Step("name")]), activity)] + roles)
                }
                return nil
            }
            let lines = outcome.changed ? outcome.changes?.changes(in: w.language).map(\.line) ?? [] : [w("Nothing to change.", "Niets te wijzigen.")]
            return raciForm(done: lines)
        } catch .invalidResult(let diagnostics) {
            return raciForm(problems: diagnostics.map { $0.message }, status: .unprocessableContent)
        } catch .staleVersion(let old) {
            return raciForm(problems: [GovregError.staleVersion(expected: old).message(in: w.language)], status: .conflict)
        } catch {
            return raciForm(problems: [error.message(in: w.language)], status: .unprocessableContent)
        }
    }

    /// The most an uploaded agreement file may be.
    static let uploadLimit = 4 << 20

    func uploadForm() -> Response {
        let (check, bytes) = load()
        let w = wording(check)
        let pages = editPages(check, w)
        return html(pages.upload(stamp: EditPages.Stamp(version: bytes.map { memory.remember($0) } ?? "", formKey: formKey)))
    }

    /// A vendor's file, checked as `validate` checks one, and what importing it would change.
    func checkUpload(_ request: Request, context: some RequestContext) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: ServerPages.uploadLimit)
        let parts = MultipartForm.parts(Array(buffer: body), contentType: request.headers[.contentType] ?? "")
        let (check, bytes) = load()
        let w = wording(check)
        let pages = editPages(check, w)
        guard let key = parts.first(where: { $0.name == "formkey" }), SecurityMiddlewareKeys.same(String(decoding: key.bytes, as: UTF8.self), formKey) else {
            return ServerPages.foreignForm(w)
        }
        let stamp = EditPages.Stamp(version: bytes.map { memory.remember($0) } ?? "", formKey: formKey)
        guard let file = parts.first(where: { $0.name == "agreement" }), !file.bytes.isEmpty else {
            return html(pages.upload(stamp: stamp, problems: [w("Choose a file first.", "Kies eerst een bestand.")]), status: .badRequest)
        }
        let name = (file.fileName.flatMap { $0.isEmpty ? nil : $0 } ?? "agreement.xml").split(separator: "/").last.map(String.init) ?? "agreement.xml"
        do {
            let agreement = try AgreementFile.read(file.bytes, named: name, options: options)
            let preview = try RegisterFile(path: settings.register, options: options).edit(dryRun: true) { editor throws(GovregError) in
                let exists = editor.register.agreements.contains { $0.id == agreement.agreement.id }
                try editor.importAgreement(agreement, replace: exists)
                return nil
            }
            let id = memory.keep(upload: file.bytes, named: name)
            return html(pages.upload(stamp: stamp, file: name, changes: preview.changes?.changes(in: w.language).map(\.line) ?? [], upload: id))
        } catch .invalidFile(_, let diagnostics) {
            let lines = diagnostics.map { w("line ", "regel ") + "\($0.location.line): [\($0.id)] " + $0.message }
            return html(pages.upload(stamp: stamp, file: name, problems: lines.isEmpty ? [w("The file cannot be read.", "Het bestand is niet te lezen.")] : lines), status: .unprocessableContent)
        } catch {
            return html(pages.upload(stamp: stamp, file: name, problems: [error.message(in: w.language)]), status: .unprocessableContent)
        }
    }

    /// Imports a file checked before, if the register is still the version it was checked against.
    func importUpload(form: [(String, String)]) -> Response {
        let value = { (name: String) in form.first { $0.0 == name }?.1 ?? "" }
        let (check, _) = load()
        let w = wording(check)
        let pages = editPages(check, w)
        guard SecurityMiddlewareKeys.same(value("formkey"), formKey) else {
            return ServerPages.foreignForm(w)
        }
        guard let upload = memory.upload(value("upload")) else {
            return html(pages.upload(stamp: EditPages.Stamp(version: "", formKey: formKey), problems: [w("That upload is gone; upload the file again.", "Die upload is er niet meer; upload het bestand opnieuw.")]), status: .gone)
        }
        do {
            let agreement = try AgreementFile.read(upload.bytes, named: upload.name, options: options)
            let outcome = try RegisterFile(path: settings.register, options: options).edit(version: value("version")) { editor throws(GovregError) in
                let exists = editor.register.agreements.contains { $0.id == agreement.agreement.id }
                try editor.importAgreement(agreement, replace: exists)
                return nil
            }
            let lines = outcome.changes?.changes(in: w.language).map(\.line) ?? []
            let bytes = try? RegisterFile(path: settings.register, options: options).currentBytes()
            return html(pages.upload(stamp: EditPages.Stamp(version: bytes.map { memory.remember($0) } ?? "", formKey: formKey), done: lines.isEmpty ? [w("Nothing to change.", "Niets te wijzigen.")] : lines))
        } catch .staleVersion(let old) {
            return html(pages.upload(stamp: EditPages.Stamp(version: "", formKey: formKey), problems: [GovregError.staleVersion(expected: old).message(in: w.language)]), status: .conflict)
        } catch {
            return html(pages.upload(stamp: EditPages.Stamp(version: "", formKey: formKey), problems: [error.message(in: w.language)]), status: .unprocessableContent)
        }
    }

    /// The page builder for the register as `check` read it.
    private func editPages(_ check: FileCheck, _ w: Wording) -> EditPages {
        EditPages(organisation: check.document.map(organisation) ?? settings.register, wording: w)
    }

    /// The answer to a form without this server's form key: made on another site, or forged.
    static func foreignForm(_ w: Wording) -> Response {
        plain(.forbidden, w("This form did not come from this server; nothing was saved.", "Dit formulier komt niet van deze server; er is niets opgeslagen."))
    }

    private func organisation(_ document: GovernanceDocument) -> String {
        if case .register(let register) = document { return register.organisation.name }
        return settings.register
    }

    enum Action { case edit, add, remove }

    /// The fields of a posted form, decoded.
    static func form(_ request: Request, context: some RequestContext) async throws -> [(String, String)] {
        var request = request
        let body = try await request.collectBody(upTo: formLimit)
        return URLForm.fields(String(buffer: body))
    }

    /// Saves a posted form through the editing layer, if it was made from the register as it is now.
    func save(form: [(String, String)], action: Action) -> Response {
        let value = { (name: String) in form.first { $0.0 == name }?.1 ?? "" }
        let (check, _) = load()
        let w = wording(check)
        let pathText = value("path")
        guard SecurityMiddlewareKeys.same(value("formkey"), formKey) else {
            return ServerPages.foreignForm(w)
        }
        var path: ElementPath
        var part = value("part")
        do {
            path = pathText.isEmpty ? ElementPath(steps: []) : try ElementPath(pathText)
            // An entry of a list not there yet ("agreements/agreement"): the list comes with it.
            if action == .add, let slash = part.lastIndex(of: "/") {
                path = path.appending(try ElementPath(String(part[..<slash])))
                part = String(part[part.index(after: slash)...])
            }
        } catch {
            return formPage(path: "", problems: [EditRefusal.unreadablePath(pathText).words(in: w.language)], done: [], status: .badRequest)
        }
        let entries = ServerPages.entries(form)
        let version = value("version")
        let problems: [String]
        let status: HTTPResponse.Status
        var missing: [String] = []
        var added: ElementPath?
        // The field being saved when a value was refused, to show the problem beside it.
        var failing: String?
        do {
            let outcome = try RegisterFile(path: settings.register, options: options).edit(version: version) { editor throws(GovregError) in
                var schema = try editor.schemaEditor()
                switch action {
                case .edit:
                    // Emptied fields first: a value set may fill in another (a new organisation
                    // name records the old one's key as its id), which the form showed empty.
                    for (field, written) in entries.filter({ $0.1.isEmpty }) + entries.filter({ !$0.1.isEmpty }) {
                        failing = field
                        let target = try ServerPages.fieldPath(field, in: path)
                        if written.isEmpty {
                            if schema.contains(target) { try schema.remove(target) }
                        } else {
                            try schema.set(target, to: written)
                        }
                    }
                    failing = nil
                case .add:
                    let key = value("key").trimmingCharacters(in: .whitespaces)
                    let fields = try entries.filter { !$0.1.isEmpty }.map { entry throws(GovregError) in (try ServerPages.fieldPath(entry.0, in: ElementPath(steps: [])), entry.1) }
                    added = try schema.add(path.appending(ElementPath.Step(part, key.isEmpty ? nil : .key(key))), fields: fields)
                case .remove:
                    try schema.remove(path)
                }
                return schema.changes.map { $0.text(in: w.language) }.joined(separator: "\n")
            }
            var lines = outcome.changes?.changes(in: w.language).map(\.line) ?? []
            if lines.isEmpty { lines = (outcome.note ?? "").split(separator: "\n").map(String.init) }
            if !outcome.changed { lines = [w("Nothing to change.", "Niets te wijzigen.")] }
            // After a save, the part saved: the new one after adding, the one around it after removing.
            let shown = action == .remove ? path.parent : added ?? path
            return formPage(path: shown.description, problems: [], done: lines)
        } catch .invalidResult(let diagnostics) {
            problems = diagnostics.map { (action == .add ? "" : w("line ", "regel ") + "\($0.location.line): ") + $0.message }
            status = .unprocessableContent
        } catch .edit(.incomplete(_, let needed)) where action == .add {
            // The first time, the new part's form; after that, what it still needs beside each field.
            let given = entries.contains { !$0.1.isEmpty }
            problems = given ? [w("Fill in what is marked as still needed.", "Vul in wat als nog nodig is gemarkeerd.")] : []
            missing = given ? needed : []
            status = given ? .unprocessableContent : .ok
        } catch .staleVersion(let old) {
            var stale = [GovregError.staleVersion(expected: old).message(in: w.language)]
            if let before = memory.bytes(of: old), let current = try? RegisterFile(path: settings.register, options: options).currentBytes(),
               let was = GovernanceValidator(options: options).check(bytes: before, path: settings.register).document,
               let now = GovernanceValidator(options: options).check(bytes: current, path: settings.register).document {
                stale += ChangeList(from: was, to: now).changes(in: w.language).map { w("changed since: ", "sindsdien gewijzigd: ") + $0.line }
            }
            problems = stale
            status = .conflict
        } catch {
            problems = [error.message(in: w.language)]
            status = .unprocessableContent
        }
        guard action == .add else {
            // What was entered stays in the form (unless the file changed meanwhile: then the form
            // shows the file as it is now); a refused value is explained beside its field.
            let given = status == .conflict ? [:] : Dictionary(entries, uniquingKeysWith: { $1 })
            let notes = failing.map { [$0: problems.first ?? ""] } ?? [:]
            return formPage(path: pathText, problems: problems, done: [], given: given, notes: notes, status: status)
        }
        return newPartPage(parent: path, part: part, key: value("key"), given: entries, missing: missing, version: version, problems: problems, status: status)
    }

    /// The form for a new part, with what was filled in before and what it still needs.
    private func newPartPage(parent: ElementPath, part: String, key: String, given: [(String, String)], missing: [String], version: String, problems: [String],
                             status: HTTPResponse.Status) -> Response {
        let (check, bytes) = load()
        let w = wording(check)
        let pages = editPages(check, w)
        do throws(GovregError) {
            guard let bytes else { throw GovregError.notAGovregDocument(path: settings.register) }
            let form = try PartForm.new(part, in: parent, of: bytes, language: w.language)
            return html(pages.newPart(form, key: key, given: Dictionary(given, uniquingKeysWith: { $1 }), missing: Set(missing),
                                      stamp: EditPages.Stamp(version: version, formKey: formKey), problems: problems), status: status)
        } catch {
            return formPage(path: parent.description, problems: problems + [error.message(in: w.language)], done: [], status: status)
        }
    }

    /// The values of a posted form by field ("f:term/start"), a duration's number with its unit.
    static func entries(_ form: [(String, String)]) -> [(String, String)] {
        form.filter { $0.0.hasPrefix("f:") }.map { name, text in
            let field = String(name.dropFirst(2))
            let unit = form.first { $0.0 == "u:" + field }?.1 ?? ""
            let entered = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return (field, unit.isEmpty || entered.isEmpty ? entered : entered + " " + unit)
        }
    }

    /// A field of a form as a path from the part: "@kind", "name", or "" for its own text.
    static func fieldPath(_ field: String, in base: ElementPath) throws(GovregError) -> ElementPath {
        if field.isEmpty { return base }
        do {
            return base.appending(try ElementPath(field))
        } catch {
            throw .edit(.unreadablePath(field))
        }
    }
}

/// Constant-time comparison for the form key, shared with the middleware.
enum SecurityMiddlewareKeys {
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// `application/x-www-form-urlencoded`, as browsers post forms.
enum URLForm {
    static func fields(_ body: String) -> [(String, String)] {
        body.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    static func decode(_ text: Substring) -> String {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
    }
}
