import GovernanceXML
/// Maps a document onto the model. Validation runs it while libxml2 is still checking the schema,
/// so it must not trap on any well-formed document: a missing element or a value it cannot read
/// becomes a harmless default, the model is used only once the schema has passed, and `stop` ends
/// the reading at the schema's first error.
struct ModelReader {
    /// Raised by the schema check once the file has failed: the model is not needed, so reading stops.
    var stop: StopSignal?

    /// The children named `name`, each read with `read`; none once the schema check has failed.
    private func each<T>(_ element: XMLElementView?, _ name: StaticString, _ read: (XMLElementView) -> T?) -> [T] {
        guard let element, stop?.isRaised != true else { return [] }
        return element.mapChildren(named: name) { stop?.isRaised == true ? nil : read($0) }
    }

    /// Where an element is: its line, and what is needed to find its column if a diagnostic asks.
    private func at(_ element: XMLElementView) -> SourceLocation {
        SourceLocation(line: element.line, element: element.localName, ordinal: element.sameLineOrdinal)
    }

    private func text(_ element: XMLElementView, _ child: StaticString) -> String? {
        element.child(named: child)?.text
    }

    private func duration(_ text: String?) -> ISODuration? {
        text.flatMap { ISODuration($0) }
    }

    private func date(_ text: String?) -> CalendarDate? {
        text.flatMap { CalendarDate($0) }
    }

    private static let epoch = CalendarDate(year: 1970, month: 1, day: 1)!

    // MARK: Register

    /// The register in a tree; with `entries`, the register whose long lists were read entry by
    /// entry as the file was parsed (`RegisterEntries`), from what is left of the tree.
    func register(_ root: XMLElementView, entries: RegisterEntries? = nil) -> Register {
        let organisationElement = root.child(named: "organisation")
        let organisation = Organisation(
            name: organisationElement.flatMap { text($0, "name") } ?? "",
            id: organisationElement?.attribute("id"),
            kind: organisationElement?.attribute("kind").flatMap(Organisation.Kind.init) ?? .other,
            timeZone: organisationElement?.attribute("timeZone") ?? "Europe/Amsterdam",
            place: organisationElement.flatMap { text($0, "location") }
        )
        return Register(
            languageTag: root.xmlLang ?? "",
            organisation: organisation,
            holidays: PublicHolidays(
                standard: root.child(named: "holidays")?.attribute("calendar").flatMap(PublicHolidays.Standard.init),
                listed: each(root.child(named: "holidays"), "holiday") { element in date(element.attribute("date")).map { Holiday(date: $0, name: element.text) } },
                workingDays: each(root.child(named: "holidays"), "workingDay") { element in date(element.attribute("date")).map { Holiday(date: $0, name: element.text) } }
            ),
            parties: entries?.parties ?? each(root.child(named: "parties"), "party", party),
            systems: entries?.systems ?? each(root.child(named: "systems"), "system", system),
            agreements: entries?.agreements ?? each(root.child(named: "agreements"), "agreement", agreement),
            matrices: entries?.matrices ?? each(root.child(named: "raci"), "matrix", matrix),
            plan: root.child(named: "continuityPlan").map(plan),
            incidents: entries?.incidents ?? each(root.child(named: "incidents"), "incident", incident),
            location: at(root),
            unfilled: entries?.unfilled(with: unfilled(root)) ?? unfilled(root)
        )
    }

    func party(_ element: XMLElementView) -> Party {
        Party(
            id: element.attribute("id") ?? "",
            kind: element.attribute("kind").flatMap(Party.Kind.init) ?? .internal,
            name: text(element, "name") ?? "",
            description: text(element, "description"),
            contacts: each(element, "contact", contact),
            location: at(element)
        )
    }

    func contact(_ element: XMLElementView) -> Contact {
        Contact(
            name: text(element, "name") ?? "",
            role: text(element, "role"),
            phones: each(element, "phone") { Contact.Phone(number: $0.text, use: $0.attribute("use")) },
            emails: each(element, "email", \.text),
            reachable24x7: flag(element, "reachable24x7"),
            location: at(element)
        )
    }

    func system(_ element: XMLElementView) -> ITSystem {
        let drills = element.child(named: "drills")
        return ITSystem(
            id: element.attribute("id") ?? "",
            name: text(element, "name") ?? "",
            description: text(element, "description"),
            criticality: element.attribute("criticality").flatMap(ITSystem.Criticality.init) ?? .low,
            vendorID: element.attribute("vendor"),
            maxDowntime: duration(text(element, "maxDowntime")),
            recoveryPoint: duration(text(element, "recoveryPoint")),
            fallback: text(element, "fallback"),
            dependencies: each(element, "dependsOn") { Dependency(systemID: $0.attribute("system") ?? "", note: text($0, "note"), location: at($0)) },
            backups: element.child(named: "backups").map(backups),
            drillInterval: duration(drills?.attribute("interval")) ?? ISODuration(years: 1),
            drills: each(drills, "drill") { drill in
                Drill(
                    date: date(drill.attribute("date")) ?? ModelReader.epoch,
                    outcome: drill.attribute("outcome").flatMap(Drill.Outcome.init) ?? .failed,
                    note: text(drill, "note"),
                    location: at(drill)
                )
            },
            location: at(element)
        )
    }

    private func flag(_ element: XMLElementView, _ name: StaticString) -> Bool {
        ["true", "1"].contains(element.attribute(name) ?? "false")
    }

    func backups(_ element: XMLElementView) -> Backups {
        Backups(
            testInterval: duration(element.attribute("testInterval")) ?? ISODuration(years: 1),
            copies: each(element, "backup") { backup in
                Backup(
                    every: duration(backup.attribute("every")) ?? ISODuration(days: 1),
                    offline: flag(backup, "offline"), offSite: flag(backup, "offSite"),
                    place: text(backup, "location") ?? "",
                    restoreTests: each(backup, "restoreTest") { test in
                        RestoreTest(date: date(test.attribute("date")) ?? ModelReader.epoch, took: duration(test.attribute("took")) ?? ISODuration(),
                                    note: text(test, "note"), location: at(test))
                    },
                    location: at(backup)
                )
            },
            location: at(element)
        )
    }

    // MARK: Continuity plan

    func plan(_ element: XMLElementView) -> ContinuityPlan {
        let communication = element.child(named: "communication")
        return ContinuityPlan(
            title: text(element, "title") ?? "",
            version: element.attribute("version") ?? "",
            ownerID: element.attribute("owner") ?? "",
            reviewInterval: duration(element.attribute("reviewInterval")) ?? ISODuration(years: 1),
            trainingInterval: duration(element.attribute("trainingInterval")) ?? ISODuration(years: 1),
            objectives: each(element, "objective", \.text),
            team: each(element, "member") { ContinuityPlan.TeamMember(partyID: $0.attribute("party") ?? "", leads: flag($0, "leads")) },
            scenarios: each(element, "scenario", scenario),
            communication: communication.map { communication in
                ContinuityPlan.Communication(
                    calls: each(communication, "call") { ContinuityPlan.Communication.Call(fromID: $0.attribute("from") ?? "", toID: $0.attribute("to") ?? "", note: text($0, "note"), location: at($0)) },
                    notifications: each(communication, "inform") {
                        ContinuityPlan.Communication.Notification(partyID: $0.attribute("party") ?? "", byID: $0.attribute("by") ?? "", note: text($0, "note"))
                    },
                    channels: each(communication, "channel") {
                        ContinuityPlan.Communication.Channel(kind: $0.attribute("kind") ?? "other", withoutNetwork: flag($0, "withoutNetwork"), text: $0.text)
                    },
                    location: at(communication)
                )
            },
            documents: each(element, "document") { ContinuityPlan.PlanDocument(title: $0.text, reference: $0.attribute("href")) },
            approvals: each(element, "approval") { approval in
                ContinuityPlan.Approval(version: approval.attribute("version") ?? "", byID: approval.attribute("by") ?? "",
                                        date: date(approval.attribute("date")) ?? ModelReader.epoch, location: at(approval))
            },
            reviews: each(element, "review", review),
            trainings: each(element, "training") { training in
                ContinuityPlan.Training(date: date(training.attribute("date")) ?? ModelReader.epoch, topic: text(training, "topic") ?? "",
                                        attendeeIDs: each(training, "attendee") { $0.attribute("party") }, location: at(training))
            },
            location: at(element)
        )
    }

    func scenario(_ element: XMLElementView) -> ContinuityPlan.Scenario {
        ContinuityPlan.Scenario(
            id: element.attribute("id") ?? "",
            kind: element.attribute("kind").flatMap(ContinuityPlan.Scenario.Kind.init) ?? .other,
            likelihood: element.attribute("likelihood").flatMap(ContinuityPlan.Scenario.Likelihood.init) ?? .low,
            priority: element.attribute("priority").flatMap { Int($0) } ?? 1,
            name: text(element, "name") ?? "",
            systemIDs: each(element, "affects") { $0.attribute("system") },
            impact: text(element, "impact") ?? "",
            care: text(element, "care") ?? "",
            communication: text(element, "communication") ?? "",
            privacy: text(element, "privacy") ?? "",
            tasks: each(element, "task") { ContinuityPlan.Scenario.Task(partyID: $0.attribute("party") ?? "", text: $0.text) },
            location: at(element)
        )
    }

    func review(_ review: XMLElementView) -> Review {
        Review(
            date: date(review.attribute("date")) ?? ModelReader.epoch,
            reviewer: review.attribute("by") ?? "",
            outcome: review.attribute("outcome").flatMap(Review.Outcome.init) ?? .changesRequired,
            note: text(review, "note"),
            location: at(review)
        )
    }

    // MARK: Agreement

    /// A vendor agreement file: its agreement, with the values in it still to fill in.
    func agreementFile(_ root: XMLElementView) -> Agreement {
        var agreement = agreement(root)
        agreement.unfilled = unfilled(root)
        return agreement
    }

    func agreement(_ element: XMLElementView) -> Agreement {
        let owner = element.child(named: "owner")
        let reviews = element.child(named: "reviews")
        let document = element.child(named: "document")
        return Agreement(Agreement.Parts(
            id: element.attribute("id") ?? "",
            vendorID: element.attribute("vendor") ?? "",
            status: element.attribute("status").flatMap(Agreement.Status.init) ?? .active,
            customerNumber: element.attribute("customerNumber")?.xmlTrimmed,
            title: text(element, "title") ?? "",
            description: text(element, "description"),
            systemIDs: each(element.child(named: "systems"), "system") { $0.attribute("ref") },
            ownerID: owner?.attribute("party"),
            term: term(element.child(named: "term")),
            document: document.map { SignedDocument(title: $0.text, reference: $0.attribute("href"), signed: date($0.attribute("signed"))) },
            suppliers: each(element.child(named: "suppliers"), "supplier") {
                Supplier(name: text($0, "name") ?? "", provides: text($0, "provides") ?? "")
            },
            serviceLevels: serviceLevels(element.child(named: "serviceLevels")),
            escalation: each(element.child(named: "escalation"), "level", escalationLevel),
            reviewInterval: duration(reviews?.attribute("interval")) ?? ISODuration(months: 3),
            reviews: each(reviews, "review", review),
            languageTag: element.xmlLang,
            location: at(element),
            ownerLocation: owner.map(at),
            reviewsLocation: reviews.map(at)
        ))
    }

    func term(_ element: XMLElementView?) -> Term {
        let renewal = element?.child(named: "renewal")
        let end = element?.child(named: "end")
        let notice = element?.child(named: "noticePeriod")
        return Term(
            start: date(element.flatMap { text($0, "start") }) ?? ModelReader.epoch,
            initialTerm: duration(element.flatMap { text($0, "initialTerm") }),
            end: date(end?.text),
            renewal: renewal.map {
                Term.Renewal(
                    kind: $0.attribute("kind").flatMap(Term.RenewalKind.init) ?? .none,
                    term: duration($0.attribute("term")),
                    location: at($0)
                )
            },
            noticePeriod: duration(notice?.text),
            decisionBuffer: duration(element.flatMap { text($0, "decisionBuffer") }),
            location: element.map(at) ?? .start,
            endLocation: end.map(at),
            noticeLocation: notice.map(at)
        )
    }

    func serviceLevels(_ element: XMLElementView?) -> ServiceLevels {
        let hours = element?.child(named: "serviceHours")
        let windows = each(hours, "window") { window in
            ServiceWindow(
                days: (window.attribute("days") ?? "").split(separator: " ").compactMap {
                    ServiceWindow.dayNames.firstIndex(of: String($0)).map { $0 + 1 }
                },
                from: ServiceWindow.minutes(window.attribute("from") ?? "") ?? 0,
                until: ServiceWindow.minutes(window.attribute("until") ?? "") ?? 0
            )
        }
        return ServiceLevels(
            hours: ServiceHours(
                isAlways: hours?.child(named: "always") != nil,
                windows: windows,
                openOnPublicHolidays: hours?.attribute("onPublicHolidays") == "open",
                note: hours.flatMap { text($0, "note") }
            ),
            priorities: each(element, "priority") { priority in
                PriorityLevel(
                    name: priority.attribute("name") ?? "",
                    description: text(priority, "description"),
                    responseTime: duration(text(priority, "responseTime")) ?? ISODuration(),
                    restoreTime: duration(text(priority, "restoreTime")) ?? ISODuration(),
                    resolutionTime: duration(text(priority, "resolutionTime")),
                    updateInterval: duration(text(priority, "updateInterval")),
                    location: at(priority)
                )
            },
            hoursLocation: hours.map(at) ?? element.map(at) ?? .start
        )
    }

    func escalationLevel(_ element: XMLElementView) -> EscalationLevel {
        let counterpart = element.child(named: "counterpart")
        return EscalationLevel(
            name: text(element, "name") ?? "",
            after: duration(element.attribute("after")) ?? ISODuration(),
            atOnceFor: element.attribute("atOnceFor"),
            contact: element.child(named: "contact").map(contact)
                ?? Contact(name: "", role: nil, phones: [], emails: [], reachable24x7: false, location: at(element)),
            counterpartID: counterpart?.attribute("party"),
            location: at(element),
            counterpartLocation: counterpart.map(at)
        )
    }

    // MARK: Placeholders

    /// Every value under `root` that is still a placeholder, with the elements it is in.
    func unfilled(_ root: XMLElementView) -> [UnfilledValue] {
        unfilled(in: root, entry: nil)
    }

    /// The unfilled values in an entry of a register's long list, read as it was parsed: its
    /// place among its namesakes is `place`, and how many there are is not known yet (0).
    func unfilled(inEntry entry: XMLElementView, place: Int) -> [UnfilledValue] {
        unfilled(in: entry, entry: (entry, place))
    }

    private func unfilled(in top: XMLElementView, entry: (element: XMLElementView, place: Int)?) -> [UnfilledValue] {
        var found: [UnfilledValue] = []
        top.forEachValue(containingAnyOf: Placeholder.markers, stop: stop) { element, attribute, value in
            guard let kind = Placeholder.kind(of: value) else { return }
            found.append(UnfilledValue(path: path(to: element, entry: entry), attribute: attribute, value: value, kind: kind, location: at(element)))
        }
        return found
    }

    /// The elements from the top down to `element`: from the root's child in a register, from
    /// the root itself in an agreement file (whose root is the agreement).
    private func path(to element: XMLElementView, entry: (element: XMLElementView, place: Int)?) -> [UnfilledValue.Step] {
        var steps: [UnfilledValue.Step] = []
        var current: XMLElementView? = element
        while let step = current {
            let parent = step.parent
            // A register's root is not named; an agreement file's root is its agreement.
            if parent == nil, step.localName != "agreement" { break }
            let key: UnfilledValue.Step.Key? = step.attribute("id").map { .id($0) }
                ?? (step.localName == "priority" ? step.attribute("name").map { .name($0) } : nil)
                ?? step.attribute("date").map { .date($0) }
            let (position, namesakes) = entry.map { $0.element == step } == true ? (entry!.place, 0) : step.positionAmongNamesakes
            steps.append(UnfilledValue.Step(element: step.localName, key: key, position: position, namesakes: namesakes))
            current = parent
        }
        return steps.reversed()
    }

    // MARK: RACI and incidents

    func matrix(_ element: XMLElementView) -> RaciMatrix {
        RaciMatrix(
            id: element.attribute("id") ?? "",
            title: text(element, "title") ?? "",
            activities: each(element, "activity") { activity in
                RaciActivity(
                    id: activity.attribute("id") ?? "",
                    name: text(activity, "name") ?? "",
                    description: text(activity, "description"),
                    assignments: each(activity, "assignment") { cell in
                        cell.attribute("role").flatMap(RaciRole.init(written:)).map {
                            RaciAssignment(partyID: cell.attribute("party") ?? "", role: $0, location: at(cell))
                        }
                    },
                    location: at(activity)
                )
            },
            location: at(element)
        )
    }

    func incident(_ element: XMLElementView) -> Incident {
        let evaluation = element.child(named: "evaluation")
        return Incident(
            id: element.attribute("id") ?? "",
            systemID: element.attribute("system") ?? "",
            kind: element.attribute("kind").flatMap(Incident.Kind.init) ?? .outage,
            priority: element.attribute("priority"),
            title: text(element, "title") ?? "",
            agreementIDs: each(element, "sla") { $0.attribute("agreement") },
            start: element.attribute("start").flatMap(LocalDateTime.init) ?? LocalDateTime(date: ModelReader.epoch, secondsOfDay: 0),
            reported: element.attribute("reported").flatMap(LocalDateTime.init),
            answered: element.attribute("answered").flatMap(LocalDateTime.init),
            end: element.attribute("end").flatMap(LocalDateTime.init),
            evaluation: evaluation.map { evaluation in
                Incident.Evaluation(
                    date: date(evaluation.attribute("date")) ?? ModelReader.epoch,
                    participantIDs: each(evaluation, "participant") { $0.attribute("party") },
                    note: text(evaluation, "note"),
                    findings: each(evaluation, "finding", \.text),
                    actions: each(evaluation, "action") { action in
                        Incident.Action(text: action.text, ownerID: action.attribute("owner") ?? "",
                                        due: date(action.attribute("due")) ?? ModelReader.epoch, done: date(action.attribute("done")), location: at(action))
                    },
                    location: at(evaluation)
                )
            },
            location: at(element)
        )
    }
}
