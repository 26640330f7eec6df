import GovernanceXML
/// The changes govreg makes to a register, each on the DOM so the rest stays as written.
public struct RegisterEditor {
    let root: XMLElementView

    /// The register as it stands before the edit.
    public var register: Register { ModelReader().register(root) }

    /// Edits by path, following the schemas.
    public func schemaEditor() throws(GovregError) -> SchemaEditor {
        try SchemaEditor(root: root)
    }

    /// The register's language, for messages about the edit.
    public var language: Language { Language(xmlLang: root.xmlLang) }

    /// The elements after which `agreements` must come, and before which it must come (schema order).
    private static let afterAgreements = ["raci", "incidents"]

    private func agreementElement(_ id: String) throws(GovregError) -> XMLElementView {
        let agreements = root.child(named: "agreements")?.children(named: "agreement") ?? []
        guard let agreement = agreements.first(where: { $0.attribute("id") == id }) else {
            throw .notFound(.agreement, id: id, within: .register, known: agreements.compactMap { $0.attribute("id") })
        }
        return agreement
    }

    private func activityElement(matrix: String, activity: String) throws(GovregError) -> XMLElementView {
        let matrices = root.child(named: "raci")?.children(named: "matrix") ?? []
        guard let found = matrices.first(where: { $0.attribute("id") == matrix }) else {
            throw .notFound(.matrix, id: matrix, within: .register, known: matrices.compactMap { $0.attribute("id") })
        }
        guard let row = found.children(named: "activity").first(where: { $0.attribute("id") == activity }) else {
            throw .notFound(.activity, id: activity, within: .matrix(matrix), known: found.children(named: "activity").compactMap { $0.attribute("id") })
        }
        return row
    }

    /// Adds a review to an agreement's history, in date order (after others of the same date);
    /// the same review (date and reviewer) twice is refused.
    public func recordReview(agreement id: String, date: CalendarDate, by reviewer: String, outcome: Review.Outcome, note: String?) throws(GovregError) {
        let agreement = try agreementElement(id)
        let reviews = agreement.child(named: "reviews") ?? agreement.appendElement("reviews")
        let history = reviews.children(named: "review")
        if history.contains(where: { $0.attribute("date").flatMap(CalendarDate.init) == date && $0.attribute("by") == reviewer.xmlTrimmed }) {
            throw .reviewRecordedAlready(agreement: id, date: date, reviewer: reviewer.xmlTrimmed)
        }
        let later = history.first { $0.attribute("date").flatMap(CalendarDate.init).map { $0 > date } ?? false }
        let review = reviews.appendElement("review", attributes: [("date", date.description), ("by", reviewer), ("outcome", outcome.rawValue)], ahead: later)
        if let note, !note.isEmpty {
            review.appendElement("note", text: note)
        }
    }

    /// Gives a party a role in an activity; returns the role it had before, if any.
    @discardableResult
    public func assign(matrix: String, activity: String, party: String, role: RaciRole) throws(GovregError) -> RaciRole? {
        let row = try activityElement(matrix: matrix, activity: activity)
        let parties = root.child(named: "parties")?.children(named: "party").compactMap { $0.attribute("id") } ?? []
        guard parties.contains(party) else {
            throw .notFound(.party, id: party, within: .register, known: [])
        }
        if let cell = row.children(named: "assignment").first(where: { $0.attribute("party") == party }) {
            let previous = cell.attribute("role").flatMap(RaciRole.init(written:))
            cell.setAttribute("role", role.rawValue)
            return previous
        }
        row.appendElement("assignment", attributes: [("party", party), ("role", role.rawValue)])
        return nil
    }

    /// Takes a party's role in an activity away; returns the role it had.
    @discardableResult
    public func unassign(matrix: String, activity: String, party: String) throws(GovregError) -> RaciRole? {
        let row = try activityElement(matrix: matrix, activity: activity)
        guard let cell = row.children(named: "assignment").first(where: { $0.attribute("party") == party }) else {
            throw .noRole(party: party, activity: activity, matrix: matrix)
        }
        let previous = cell.attribute("role").flatMap(RaciRole.init(written:))
        cell.remove()
        return previous
    }

    /// What an import did: the agreement as it was before (when one was replaced) and as it is now.
    public struct Imported: Sendable {
        public let replaced: Agreement?
        public let result: Agreement
    }

    /// Adds a vendor's agreement to the register, or replaces the one with the same id. A
    /// replacement takes the vendor's side of the agreement and keeps the register's own: the
    /// internal owner, our counterpart on each escalation level and the review history, where the
    /// vendor's file leaves them out.
    @discardableResult
    public func importAgreement(_ file: AgreementFile, replace: Bool) throws(GovregError) -> Imported {
        try file.checkVendor(in: register)
        let id = file.agreement.id
        let reader = ModelReader()
        guard let existing = try? agreementElement(id) else {
            let agreements = root.child(named: "agreements") ?? root.appendElement("agreements", before: RegisterEditor.afterAgreements)
            let added = agreements.appendCopy(of: file.element)
            return Imported(replaced: nil, result: added.map(reader.agreement) ?? file.agreement)
        }
        guard replace else {
            throw .alreadyExists(.agreement, id: id)
        }
        let before = reader.agreement(existing)
        guard let new = existing.replaceKeepingCopy(with: file.element) else { throw .notAGovregDocument(path: file.path) }
        let old = new.previous
        if new.element.child(named: "owner") == nil, let owner = old.child(named: "owner") {
            new.element.appendCopy(of: owner, before: ["term"])
        }
        let oldLevels = old.child(named: "escalation")?.children(named: "level") ?? []
        for (index, level) in (new.element.child(named: "escalation")?.children(named: "level") ?? []).enumerated()
        where level.child(named: "counterpart") == nil && index < oldLevels.count {
            if let counterpart = oldLevels[index].child(named: "counterpart") { level.appendCopy(of: counterpart) }
        }
        if let history = old.child(named: "reviews") {
            new.element.child(named: "reviews")?.remove()
            new.element.appendCopy(of: history)
        }
        return Imported(replaced: before, result: reader.agreement(new.element))
    }
}
