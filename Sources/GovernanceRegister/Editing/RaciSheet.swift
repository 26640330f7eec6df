import Foundation

/// A RACI matrix as a spreadsheet saved as CSV: activities as rows, parties as columns, R, A, C,
/// I or a combination such as "A/R" in the cells. The first row names the parties (by id or by
/// name); the first column names the activities (by id or by name). Excel writes such a file with
/// semicolons in the Netherlands and commas elsewhere; both are read, with quoted cells, a byte
/// order mark and Windows line ends.
public struct RaciSheet: Sendable {
    public struct Row: Sendable {
        /// The line in the file, from 1.
        public let line: Int
        /// The activity's id or name (its id where the sheet has a column of ids).
        public let activity: String
        /// Its name, where the sheet has both an id and a name column.
        public let name: String?
        /// The matrix the row belongs to, where the sheet names one (govreg's own export).
        public let matrix: String?
        /// The cell text under each party column, by column (from 1, the activity column being 1).
        public let cells: [(column: Int, text: String)]
    }

    public let path: String
    /// The party columns: their column (from 1) and heading.
    public let columns: [(column: Int, heading: String)]
    public let rows: [Row]

    /// Reads the sheet; a file that is not a sheet (no header, a quote left open) is refused.
    public init(path: String, text: String) throws(GovregError) {
        self.path = path
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        let firstLine = body.prefix { $0 != "\n" && $0 != "\r\n" }
        let separator: Character = firstLine.filter { $0 == ";" }.count >= firstLine.filter { $0 == "," }.count ? ";" : ","
        let records = try RaciSheet.records(body, separator: separator, path: path)
        guard let header = records.first, header.cells.count >= 2 else {
            throw .invalidFile(path: path, diagnostics: [RaciSheet.problem(path, line: 1, column: 1, LocalizedText(
                en: "the first row must name the parties: Activity;Practice manager;IT;...",
                nl: "de eerste rij moet de partijen noemen: Activiteit;Praktijkmanager;ICT;..."))])
        }
        // The leading columns that describe the row rather than name a party, as govreg's own
        // export writes them (Matrix; Activiteit-id; Activiteit); else the first column alone.
        let headings = header.cells.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let labels = headings.prefix { RaciSheet.labelHeadings.contains($0) }.count
        let idColumn = headings.prefix(labels).firstIndex { ["activiteit-id", "activity id", "activity-id", "id"].contains($0) }
        let nameColumn = headings.prefix(labels).firstIndex { ["activiteit", "activity", "activiteiten", "activities"].contains($0) } ?? (idColumn == nil ? 0 : nil)
        let matrixColumn = headings.prefix(labels).firstIndex { $0 == "matrix" }
        let first = max(labels, 1)
        columns = header.cells.enumerated().dropFirst(first).compactMap { index, heading in
            heading.trimmingCharacters(in: .whitespaces).isEmpty ? nil : (index + 1, heading.trimmingCharacters(in: .whitespaces))
        }
        rows = records.dropFirst().compactMap { record in
            func cell(_ index: Int?) -> String? {
                index.flatMap { $0 < record.cells.count ? record.cells[$0].trimmingCharacters(in: .whitespaces) : nil }.flatMap { $0.isEmpty ? nil : $0 }
            }
            guard let activity = cell(idColumn) ?? cell(nameColumn) else { return nil }
            let cells = record.cells.enumerated().dropFirst(first).map { (column: $0.offset + 1, text: $0.element.trimmingCharacters(in: .whitespaces)) }
            return Row(line: record.line, activity: activity, name: idColumn == nil ? nil : cell(nameColumn), matrix: cell(matrixColumn), cells: cells)
        }
    }

    /// Headings of the columns that describe a row: the matrix, the activity's id and name.
    static let labelHeadings: Set<String> = ["matrix", "activiteit-id", "activity id", "activity-id", "id", "activiteit", "activity", "activiteiten", "activities"]

    /// A sheet's text: UTF-8, or else Windows-1252, the encoding Dutch Excel writes "CSV
    /// (puntkomma's)" in.
    public static func text(of bytes: [UInt8]) -> String {
        String(validating: bytes, as: UTF8.self) ?? String(data: Data(bytes), encoding: .windowsCP1252) ?? String(decoding: bytes, as: UTF8.self)
    }

    /// The activity a name is a slip of: a letter or two off, or the same words but for short
    /// ones ("Storing melden bij leverancier" for "Storing melden bij de leverancier").
    static func nearest(_ name: String, among names: [String]) -> String? {
        func words(_ text: String) -> [String] {
            text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { $0.count > 3 }
        }
        return NearestName.of(name, among: names) ?? names.first { !words($0).isEmpty && words($0) == words(name) }
    }

    /// The role a cell gives: nil for an empty cell (or "-", "."), or the reason it is no role.
    public static func role(_ text: String) -> Result<RaciRole?, Unreadable> {
        if text.isEmpty || text == "-" || text == "." || text == "–" { return .success(nil) }
        guard let role = RaciRole(written: text.uppercased()) else { return .failure(Unreadable()) }
        return .success(role)
    }

    public struct Unreadable: Error {}

    static func problem(_ path: String, line: Int, column: Int, _ text: LocalizedText, language: Language = .dutch) -> Diagnostic {
        Diagnostic(file: path, location: SourceLocation(line: line, column: column), severity: .error, id: "CSV", message: text.text(in: language))
    }

    private struct Record {
        let line: Int
        let cells: [String]
    }

    /// The records of CSV text (RFC 4180 with either separator).
    private static func records(_ text: Substring, separator: Character, path: String) throws(GovregError) -> [Record] {
        var records: [Record] = []
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var line = 1
        var recordLine = 1
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            if quoted {
                if character == "\"" {
                    if index < text.endIndex, text[index] == "\"" {
                        cell.append("\"")
                        index = text.index(after: index)
                    } else {
                        quoted = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    cell.append(character)
                }
                continue
            }
            switch character {
            case "\"" where cell.isEmpty: quoted = true
            case separator:
                cells.append(cell)
                cell = ""
            case "\n", "\r\n", "\r":
                cells.append(cell)
                if cells.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) { records.append(Record(line: recordLine, cells: cells)) }
                cells = []
                cell = ""
                line += 1
                recordLine = line
            default: cell.append(character)
            }
        }
        guard !quoted else {
            throw .invalidFile(path: path, diagnostics: [problem(path, line: recordLine, column: cells.count + 1, LocalizedText(
                en: "a quoted cell is not closed; add the closing \"", nl: "een cel tussen aanhalingstekens is niet afgesloten; zet de afsluitende \" erbij"))])
        }
        cells.append(cell)
        if cells.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) { records.append(Record(line: recordLine, cells: cells)) }
        return records
    }
}

extension RaciSheet {
    /// Puts the sheet into the matrix `matrix` of the register `editor` edits: creates the matrix
    /// (titled `title`) or updates it, matching parties and activities by id or by name; an
    /// activity not in the matrix is added, a cell left empty takes the party's role away, and
    /// activities the sheet does not name are left as they are. Every party that cannot be
    /// matched and every cell that is not a role, or a row without exactly one A, is refused with
    /// its row and column, and nothing is changed.
    public func apply(to editor: inout SchemaEditor, register: Register, matrix: String, title: String?, language: Language) throws(GovregError) {
        var problems: [Diagnostic] = []
        func problem(_ line: Int, _ column: Int, _ en: String, _ nl: String) {
            problems.append(RaciSheet.problem(path, line: line, column: column, LocalizedText(en: en, nl: nl), language: language))
        }
        var parties: [Int: String] = [:]
        for (column, heading) in columns {
            if let party = register.parties.first(where: { $0.id.lowercased() == heading.lowercased() || $0.name.lowercased() == heading.lowercased() }) {
                parties[column] = party.id
            } else {
                let guess = NearestName.of(heading, among: register.parties.map(\.id) + register.parties.map(\.name)).map { "; did you mean '\($0)'?" } ?? "; add it with govreg party add first"
                let gok = NearestName.of(heading, among: register.parties.map(\.id) + register.parties.map(\.name)).map { "; bedoelt u '\($0)'?" } ?? "; voeg de partij eerst toe met govreg party add"
                problem(1, column, "the register has no party '\(heading)' (by id or name)" + guess, "het register heeft geen partij '\(heading)' (id of naam)" + gok)
            }
        }
        let existing = register.matrices.first { $0.id == matrix }
        var newIDs: Set<String> = Set(existing?.activities.map(\.id) ?? [])
        var plan: [(id: String, name: String?, roles: [(party: String, role: RaciRole?)])] = []
        let matrixTitle = existing?.title ?? title ?? matrix
        for row in rows where row.matrix.map({ [matrix.lowercased(), matrixTitle.lowercased()].contains($0.lowercased()) }) ?? true {
            var roles: [(party: String, role: RaciRole?)] = []
            var accountable = 0
            for (column, text) in row.cells {
                guard let party = parties[column] else {
                    if !text.isEmpty, !columns.contains(where: { $0.column == column }) { problem(row.line, column, "this cell has no party above it", "boven deze cel staat geen partij") }
                    continue
                }
                switch RaciSheet.role(text) {
                case .success(let role):
                    if role?.includes(.accountable) == true { accountable += 1 }
                    roles.append((party, role))
                case .failure:
                    problem(row.line, column, "'\(text)' is not a RACI role; write R, A, C, I or A/R, or leave the cell empty",
                            "'\(text)' is geen RACI-rol; schrijf R, A, C, I of A/R, of laat de cel leeg")
                }
            }
            if accountable != 1 {
                problem(row.line, 1, "activity '\(row.activity)' has \(accountable) accountable parties (A); give it exactly one",
                        "activiteit '\(row.activity)' heeft \(accountable) eindverantwoordelijken (A); geef precies één")
            }
            let lowered = row.activity.lowercased()
            if let activity = existing?.activities.first(where: { $0.id.lowercased() == lowered || $0.name.lowercased() == lowered }) {
                plan.append((activity.id, nil, roles))
            } else if let meant = existing.flatMap({ matrix in RaciSheet.nearest(row.name ?? row.activity, among: matrix.activities.map(\.name)) }) {
                // Almost an activity the matrix has: a slip, not a new activity.
                problem(row.line, 1, "the matrix has no activity '\(row.activity)'; did you mean '\(meant)'? Write its name or id as the matrix has it",
                        "de matrix heeft geen activiteit '\(row.activity)'; bedoelt u '\(meant)'? Schrijf de naam of het id zoals de matrix het heeft")
            } else {
                var id = PlainValue.slug(row.name ?? row.activity)
                if id.isEmpty { id = "activiteit" }
                var candidate = id
                var number = 2
                while newIDs.contains(candidate) {
                    candidate = "\(id)-\(number)"
                    number += 1
                }
                newIDs.insert(candidate)
                plan.append((candidate, row.name ?? row.activity, roles))
            }
        }
        guard problems.isEmpty else { throw .invalidFile(path: path, diagnostics: problems) }
        let matrixPath = ElementPath(steps: [ElementPath.Step("raci"), ElementPath.Step("matrix", .key(matrix))])
        func fields(_ activity: (id: String, name: String?, roles: [(party: String, role: RaciRole?)]), prefix: [ElementPath.Step]) -> [(ElementPath, String)] {
            let base = prefix + [ElementPath.Step("activity", .key(activity.id))]
            return (activity.name.map { [(ElementPath(steps: base + [ElementPath.Step("name")]), $0)] } ?? [])
                + activity.roles.compactMap { party, role in
                    role.map { (ElementPath(steps: base + [ElementPath.Step("assignment", .key(party))], attribute: "role"), $0.rawValue) }
                }
        }
        guard existing != nil else {
            try editor.add(matrixPath, fields: [(ElementPath(steps: [ElementPath.Step("title")]), title ?? matrix)] + plan.flatMap { fields($0, prefix: []) })
            return
        }
        if let title { try editor.set(matrixPath.appending(ElementPath.Step("title")), to: title) }
        for activity in plan {
            let activityPath = matrixPath.appending(ElementPath.Step("activity", .key(activity.id)))
            guard activity.name == nil else {
                try editor.add(activityPath, fields: fields(activity, prefix: []).map { field in
                    (ElementPath(steps: Array(field.0.steps.dropFirst()), attribute: field.0.attribute), field.1)
                })
                continue
            }
            // Roles first, then the cells left empty, so an activity is never without its A.
            for (party, role) in activity.roles {
                let cell = activityPath.appending(ElementPath.Step("assignment", .key(party)))
                if let role {
                    if editor.contains(cell) {
                        try editor.set(ElementPath(steps: cell.steps, attribute: "role"), to: role.rawValue)
                    } else {
                        try editor.add(cell, fields: [(ElementPath(steps: [], attribute: "role"), role.rawValue)])
                    }
                }
            }
            for (party, role) in activity.roles where role == nil {
                let cell = activityPath.appending(ElementPath.Step("assignment", .key(party)))
                if editor.contains(cell) { try editor.remove(cell) }
            }
        }
    }
}
