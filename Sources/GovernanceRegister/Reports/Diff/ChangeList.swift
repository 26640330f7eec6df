/// What changed between two versions of a register or an agreement file, in words: "agreement
/// sla-lis: P1 restore time: 4 hours -> 8 hours". The changes are worked out in both languages;
/// a reporter shows them in one.
public struct ChangeList: Sendable, Encodable {
    public struct Change: Sendable, Codable, Hashable {
        /// The agreement, system, party or matrix the change is in.
        public let subject: String
        /// What changed, in words.
        public let what: String
        public let before: String?
        public let after: String?

        /// One line: "subject: what: before -> after".
        public var line: String {
            var text = subject.isEmpty ? what : "\(subject): \(what)"
            switch (before, after) {
            case let (before?, after?): text += ": \(before) -> \(after)"
            case let (nil, after?): text += ": — -> \(after)"
            case let (before?, nil): text += ": \(before) -> —"
            default: break
            }
            return text
        }
    }

    /// The two versions, as the user named them.
    public let old: String
    public let new: String
    private let english: [Change]
    private let dutch: [Change]

    public var isEmpty: Bool { english.isEmpty }

    public func changes(in language: Language) -> [Change] {
        language == .dutch ? dutch : english
    }

    public init(from old: GovernanceDocument, to new: GovernanceDocument, old oldName: String = "", new newName: String = "") {
        func changes(_ language: Language) -> [Change] {
            var builder = ChangeBuilder(w: Wording(language))
            switch (old, new) {
            case let (.register(before), .register(after)):
                builder.compare(before, after)
            default:
                builder.compareAgreements(old.agreements, new.agreements)
            }
            return builder.changes
        }
        self.old = oldName
        self.new = newName
        english = changes(.english)
        dutch = changes(.dutch)
    }

    private enum CodingKeys: String, CodingKey {
        case changes
    }

    /// Encodes as {"changes": [...]}, in the language the encoder's user info names.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(changes(in: encoder.userInfo[Language.codingKey] as? Language ?? .english), forKey: .changes)
    }
}

/// Collects changes field by field.
struct ChangeBuilder {
    let w: Wording
    var changes: [ChangeList.Change] = []

    mutating func note(_ subject: String, _ what: String, _ before: String?, _ after: String?) {
        guard before != after else { return }
        changes.append(ChangeList.Change(subject: subject, what: what, before: before, after: after))
    }

    /// A change told in words only, such as a long text that changed.
    mutating func mention(_ subject: String, _ what: String) {
        changes.append(ChangeList.Change(subject: subject, what: what, before: nil, after: nil))
    }

    mutating func added(_ subject: String, _ what: String) {
        changes.append(ChangeList.Change(subject: subject, what: w("added", "toegevoegd") + ": " + what, before: nil, after: nil))
    }

    mutating func removed(_ subject: String, _ what: String) {
        changes.append(ChangeList.Change(subject: subject, what: w("removed", "verwijderd") + ": " + what, before: nil, after: nil))
    }

    /// Pairs items by key: calls `both` for the ones in both lists, `added`/`removed` for the rest.
    mutating func match<T>(_ old: [T], _ new: [T], key: (T) -> String, subject: String, name: (T) -> String, both: (inout ChangeBuilder, T, T) -> Void) {
        let oldKeys = Dictionary(old.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        let newKeys = Set(new.map(key))
        for item in old where !newKeys.contains(key(item)) { removed(subject, name(item)) }
        for item in new {
            if let before = oldKeys[key(item)] { both(&self, before, item) } else { added(subject, name(item)) }
        }
    }

    private func duration(_ value: ISODuration?) -> String? { value.map(w.duration) }
    private func date(_ value: CalendarDate?) -> String? { value.map(w.date) }

    mutating func compare(_ old: Register, _ new: Register) {
        let w = self.w  // a copy, so closures below can use it while self changes
        let organisation = w("organisation", "organisatie")
        note(organisation, w("name", "naam"), old.organisation.name, new.organisation.name)
        note(organisation, w("key in the calendar", "sleutel in de agenda"), old.organisation.id, new.organisation.id)
        note(organisation, w("time zone", "tijdzone"), old.organisation.timeZone, new.organisation.timeZone)
        note(organisation, w("language", "taal"), old.languageTag, new.languageTag)
        let holidays = w("public holidays", "feestdagen")
        note(holidays, w("calendar", "kalender"), old.holidays.standard?.rawValue, new.holidays.standard?.rawValue)
        for holiday in new.holidays.listed where !old.holidays.listed.contains(holiday) { added(holidays, w.date(holiday.date) + " (\(holiday.name))") }
        for holiday in old.holidays.listed where !new.holidays.listed.contains(holiday) { removed(holidays, w.date(holiday.date) + " (\(holiday.name))") }
        let workingDays = w("working days", "werkdagen")
        for day in new.holidays.workingDays where !old.holidays.workingDays.contains(day) { added(workingDays, w.date(day.date) + " (\(day.name))") }
        for day in old.holidays.workingDays where !new.holidays.workingDays.contains(day) { removed(workingDays, w.date(day.date) + " (\(day.name))") }
        match(old.parties, new.parties, key: \.id, subject: w("parties", "partijen"), name: { "\($0.name) (\($0.id))" }) { builder, before, after in
            let subject = w("party ", "partij ") + after.id
            builder.note(subject, w("name", "naam"), before.name, after.name)
            builder.note(subject, w("kind", "soort"), before.kind.rawValue, after.kind.rawValue)
            builder.note(subject, w("description", "omschrijving"), before.description, after.description)
            builder.compareContacts(before.contacts, after.contacts, subject: subject)
        }
        match(old.systems, new.systems, key: \.id, subject: w("systems", "systemen"), name: { "\($0.name) (\($0.id))" }) { builder, before, after in
            let subject = w("system ", "systeem ") + after.id
            builder.note(subject, w("name", "naam"), before.name, after.name)
            builder.note(subject, w("criticality", "kritiekheid"), before.criticality.rawValue, after.criticality.rawValue)
            builder.note(subject, w("vendor", "leverancier"), before.vendorID, after.vendorID)
            builder.note(subject, w("maximum downtime", "maximale uitvaltijd"), builder.duration(before.maxDowntime), builder.duration(after.maxDowntime))
            builder.note(subject, w("recovery point", "maximaal gegevensverlies"), builder.duration(before.recoveryPoint), builder.duration(after.recoveryPoint))
            builder.note(subject, w("depends on", "hangt af van"), before.dependencies.map(\.systemID).joined(separator: ", "), after.dependencies.map(\.systemID).joined(separator: ", "))
            builder.items(subject, before.backups.map(builder.backups) ?? [], after.backups.map(builder.backups) ?? [])
            if before.fallback != after.fallback {
                builder.mention(subject, w("fallback procedure changed", "terugvalprocedure gewijzigd"))
            }
            builder.note(subject, w("drill interval", "oefentermijn"), w.interval(before.drillInterval), w.interval(after.drillInterval))
            let drill = { (drill: Drill) in w("drill on ", "oefening op ") + w.date(drill.date) + " (\(drill.outcome.rawValue))" }
            for old in before.drills where !after.drills.contains(where: { $0.date == old.date && $0.outcome == old.outcome && $0.note == old.note }) {
                builder.removed(subject, drill(old))
            }
            for new in after.drills where !before.drills.contains(where: { $0.date == new.date && $0.outcome == new.outcome && $0.note == new.note }) {
                builder.added(subject, drill(new))
            }
        }
        compareAgreements(old.agreements, new.agreements)
        match(old.matrices, new.matrices, key: \.id, subject: w("RACI", "RACI"), name: { $0.title }) { builder, before, after in
            builder.match(before.activities, after.activities, key: \.id, subject: "RACI " + after.title, name: { $0.name }) { builder, old, new in
                let subject = "RACI \(after.title) / \(new.name)"
                let roles = Dictionary(old.assignments.map { ($0.partyID, $0.role.rawValue) }, uniquingKeysWith: { first, _ in first })
                let newRoles = Dictionary(new.assignments.map { ($0.partyID, $0.role.rawValue) }, uniquingKeysWith: { first, _ in first })
                for party in Set(roles.keys).union(newRoles.keys).sorted() {
                    builder.note(subject, party, roles[party] ?? "-", newRoles[party] ?? "-")
                }
            }
        }
        match(old.incidents, new.incidents, key: \.id, subject: w("incidents", "incidenten"), name: { "\($0.title) (\($0.id))" }) { builder, before, after in
            let subject = w("incident ", "incident ") + after.id
            builder.note(subject, w("title", "titel"), before.title, after.title)
            builder.note(subject, w("system", "systeem"), before.systemID, after.systemID)
            builder.note(subject, w("start", "begin"), before.start.description, after.start.description)
            builder.note(subject, w("end", "einde"), before.end?.description, after.end?.description)
            builder.note(subject, w("evaluated", "geëvalueerd"), builder.date(before.evaluation?.date), builder.date(after.evaluation?.date))
            builder.note(subject, w("evaluation note", "evaluatienotitie"), before.evaluation?.note, after.evaluation?.note)
            builder.note(subject, w("reported", "gemeld"), before.reported?.description, after.reported?.description)
            builder.note(subject, w("first answered", "eerste reactie"), before.answered?.description, after.answered?.description)
            builder.note(subject, w("agreements", "overeenkomsten"), before.agreementIDs.joined(separator: ", "), after.agreementIDs.joined(separator: ", "))
            builder.note(subject, w("participants", "deelnemers"), before.evaluation?.participantIDs.joined(separator: ", "), after.evaluation?.participantIDs.joined(separator: ", "))
            builder.items(subject, (before.evaluation?.findings ?? []).map { w("finding: ", "bevinding: ") + $0 }, (after.evaluation?.findings ?? []).map { w("finding: ", "bevinding: ") + $0 })
            builder.match(before.evaluation?.actions ?? [], after.evaluation?.actions ?? [], key: \.text, subject: subject, name: { w("action ", "actie ") + $0.text }) { builder, old, new in
                let action = subject + ", " + w("action ", "actie ") + new.text
                builder.note(action, w("owner", "eigenaar"), old.ownerID, new.ownerID)
                builder.note(action, w("due", "uiterlijk"), builder.date(old.due), builder.date(new.due))
                builder.note(action, w("done", "klaar"), builder.date(old.done), builder.date(new.done))
            }
        }
        comparePlans(old.plan, new.plan)
    }

    /// Items told in one line each: the ones only in `old` removed, the ones only in `new` added.
    mutating func items(_ subject: String, _ old: [String], _ new: [String]) {
        for item in old where !new.contains(item) { removed(subject, item) }
        for item in new where !old.contains(item) { added(subject, item) }
    }

    func backups(_ backups: Backups) -> [String] {
        [w("restore tests ", "hersteltests ") + w.interval(backups.testInterval)] + backups.copies.map { copy in
            var line = w("backup ", "back-up ") + w.interval(copy.every) + ", " + copy.place
            if copy.offline { line += w(", offline", ", offline") }
            if copy.offSite { line += w(", off site", ", buiten het pand") }
            return line + copy.restoreTests.map { "; " + w("restore test ", "hersteltest ") + w.date($0.date) + " (" + w.duration($0.took) + ")" }.joined()
        }
    }

    mutating func comparePlans(_ old: ContinuityPlan?, _ new: ContinuityPlan?) {
        let subject = w("continuity plan", "continuïteitsplan")
        switch (old, new) {
        case (nil, nil): return
        case let (nil, plan?): added(subject, plan.title)
        case let (plan?, nil): removed(subject, plan.title)
        case let (before?, after?):
            note(subject, w("title", "titel"), before.title, after.title)
            note(subject, w("version", "versie"), before.version, after.version)
            note(subject, w("owner", "eigenaar"), before.ownerID, after.ownerID)
            note(subject, w("review interval", "herzieningstermijn"), w.interval(before.reviewInterval), w.interval(after.reviewInterval))
            note(subject, w("training interval", "trainingstermijn"), w.interval(before.trainingInterval), w.interval(after.trainingInterval))
            items(subject, planLines(before), planLines(after))
            let w = self.w
            match(before.scenarios, after.scenarios, key: \.id, subject: subject, name: { w("emergency ", "noodsituatie ") + $0.name + " (\($0.id))" }) { builder, old, new in
                if builder.scenarioLine(old) != builder.scenarioLine(new) {
                    builder.mention(subject, w("emergency ", "noodsituatie ") + new.name + " (\(new.id)) " + w("changed", "gewijzigd"))
                }
            }
        }
    }

    /// All of an emergency in one line, to tell whether it changed.
    func scenarioLine(_ scenario: ContinuityPlan.Scenario) -> String {
        ([scenario.name, scenario.kind.rawValue, scenario.likelihood.rawValue, String(scenario.priority)] + scenario.systemIDs
            + [scenario.impact, scenario.care, scenario.communication, scenario.privacy] + scenario.tasks.map { $0.partyID + ": " + $0.text }).joined(separator: "\u{1F}")
    }

    /// Every other part of a plan as one line, so what was added or removed shows.
    private func planLines(_ plan: ContinuityPlan) -> [String] {
        var lines = plan.objectives.map { w("objective: ", "doel: ") + $0 }
        lines += plan.team.map { w("team member: ", "teamlid: ") + $0.partyID + ($0.leads ? w(" (leads)", " (projectleider)") : "") }
        if let communication = plan.communication {
            lines += communication.calls.map { w("call: ", "belt: ") + $0.fromID + " -> " + $0.toID + ($0.note.map { " (\($0))" } ?? "") }
            lines += communication.notifications.map { w("informs: ", "licht in: ") + $0.byID + " -> " + $0.partyID + ($0.note.map { " (\($0))" } ?? "") }
            lines += communication.channels.map { w("channel: ", "middel: ") + $0.kind + ($0.withoutNetwork ? w(" (without network)", " (zonder netwerk)") : "") + ", " + $0.text }
        }
        lines += plan.documents.map { w("document: ", "document: ") + $0.title + ($0.reference.map { " (\($0))" } ?? "") }
        lines += plan.approvals.map { w("approval of version ", "goedkeuring van versie ") + $0.version + ": " + $0.byID + ", " + w.date($0.date) }
        lines += plan.reviews.map { w("review ", "herziening ") + w.date($0.date) + ": " + $0.reviewer + " (" + $0.outcome.rawValue + ")" + ($0.note.map { " " + $0 } ?? "") }
        lines += plan.trainings.map { w("training ", "training ") + w.date($0.date) + ": " + $0.topic + " (" + $0.attendeeIDs.joined(separator: ", ") + ")" }
        return lines
    }

    mutating func compareContacts(_ old: [Contact], _ new: [Contact], subject: String) {
        let w = self.w  // a copy, so closures below can use it while self changes
        match(old, new, key: \.name, subject: subject, name: { w("contact ", "contact ") + $0.name }) { builder, before, after in
            let who = subject + ", " + after.name
            builder.note(who, builder.w("phone", "telefoon"), before.phones.map(\.number).joined(separator: ", "), after.phones.map(\.number).joined(separator: ", "))
            builder.note(who, builder.w("e-mail", "e-mail"), before.emails.joined(separator: ", "), after.emails.joined(separator: ", "))
            builder.note(who, builder.w("role", "rol"), before.role, after.role)
        }
    }

    mutating func compareAgreements(_ old: [Agreement], _ new: [Agreement]) {
        let w = self.w  // a copy, so closures below can use it while self changes
        match(old, new, key: \.id, subject: w("agreements", "overeenkomsten"), name: { "\($0.title) (\($0.id))" }) { builder, before, after in
            builder.compare(before, after)
        }
    }

    mutating func compare(_ old: Agreement, _ new: Agreement) {
        let w = self.w  // a copy, so closures below can use it while self changes
        let subject = w("agreement ", "overeenkomst ") + new.id
        note(subject, w("title", "titel"), old.title, new.title)
        note(subject, w("status", "status"), old.status.rawValue, new.status.rawValue)
        note(subject, w("customer number", "klantnummer"), old.customerNumber, new.customerNumber)
        note(subject, w("description", "omschrijving"), old.description, new.description)
        note(subject, w("signed document", "getekend document"), old.document?.title, new.document?.title)
        note(subject, w("document location", "vindplaats document"), old.document?.reference, new.document?.reference)
        note(subject, w("signed on", "getekend op"), date(old.document?.signed), date(new.document?.signed))
        note(subject, w("vendor's suppliers", "toeleveranciers"), old.suppliers.map { "\($0.name) (\($0.provides))" }.joined(separator: "; "),
             new.suppliers.map { "\($0.name) (\($0.provides))" }.joined(separator: "; "))
        note(subject, w("vendor", "leverancier"), old.vendorID, new.vendorID)
        note(subject, w("owner", "eigenaar"), old.ownerID, new.ownerID)
        note(subject, w("systems", "systemen"), old.systemIDs.joined(separator: ", "), new.systemIDs.joined(separator: ", "))
        note(subject, w("start", "ingangsdatum"), date(old.term.start), date(new.term.start))
        note(subject, w("initial term", "eerste looptijd"), duration(old.term.initialTerm), duration(new.term.initialTerm))
        note(subject, w("end date", "einddatum"), date(old.term.end), date(new.term.end))
        note(subject, w("renewal", "verlenging"), old.term.renewal?.kind.rawValue, new.term.renewal?.kind.rawValue)
        note(subject, w("renewal term", "verlengingstermijn"), duration(old.term.renewal?.term), duration(new.term.renewal?.term))
        note(subject, w("notice period", "opzegtermijn"), duration(old.term.noticePeriod), duration(new.term.noticePeriod))
        note(subject, w("decision buffer", "beslistijd"), duration(old.term.decisionBuffer), duration(new.term.decisionBuffer))
        note(subject, w("service hours", "servicetijden"), w.serviceHours(old.serviceLevels.hours), w.serviceHours(new.serviceLevels.hours))
        match(old.serviceLevels.priorities, new.serviceLevels.priorities, key: \.name, subject: subject, name: { w("priority ", "prioriteit ") + $0.name }) { builder, before, after in
            let w = builder.w
            builder.note(subject, after.name + w(" response time", " reactietijd"), w.duration(before.responseTime), w.duration(after.responseTime))
            builder.note(subject, after.name + w(" restore time", " hersteltijd"), w.duration(before.restoreTime), w.duration(after.restoreTime))
            builder.note(subject, after.name + w(" resolution time", " oplostijd"), builder.duration(before.resolutionTime), builder.duration(after.resolutionTime))
            builder.note(subject, after.name + w(" update interval", " updatefrequentie"), before.updateInterval.map(w.interval), after.updateInterval.map(w.interval))
        }
        for index in 0..<max(old.escalation.count, new.escalation.count) {
            let level = w("escalation level ", "escalatieniveau ") + "\(index + 1)"
            guard index < old.escalation.count else { added(subject, level + " (\(new.escalation[index].name))"); continue }
            guard index < new.escalation.count else { removed(subject, level + " (\(old.escalation[index].name))"); continue }
            let before = old.escalation[index], after = new.escalation[index]
            note(subject, level + w(" name", " naam"), before.name, after.name)
            note(subject, level + w(" when", " wanneer"), w.delay(before.after), w.delay(after.after))
            note(subject, level + w(" at once for", " direct bij"), before.atOnceFor, after.atOnceFor)
            note(subject, level + w(" contact", " contact"), before.contact.name, after.contact.name)
            note(subject, level + w(" phone", " telefoon"), before.contact.phones.map(\.number).joined(separator: ", "), after.contact.phones.map(\.number).joined(separator: ", "))
            note(subject, level + w(" e-mail", " e-mail"), before.contact.emails.joined(separator: ", "), after.contact.emails.joined(separator: ", "))
            note(subject, level + w(" counterpart", " tegenhanger"), before.counterpartID, after.counterpartID)
        }
        note(subject, w("review interval", "herzieningstermijn"), w.interval(old.reviewInterval), w.interval(new.reviewInterval))
        let review = { (review: Review) in w("review on ", "herziening op ") + w.date(review.date) + " (\(review.outcome.rawValue), \(review.reviewer))" }
        // A review is the same when all it says is the same; looked up, not searched, as a
        // register may hold hundreds.
        let key = { (review: Review) in "\(review.date)\u{0}\(review.reviewer)\u{0}\(review.outcome.rawValue)\u{0}\(review.note ?? "")" }
        let oldKeys = Set(old.reviews.map(key))
        let newKeys = Set(new.reviews.map(key))
        for old in old.reviews where !newKeys.contains(key(old)) { removed(subject, review(old)) }
        for added in new.reviews where !oldKeys.contains(key(added)) { self.added(subject, review(added)) }
    }
}
