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

    func register(_ root: XMLElementView) -> Register {
        let organisationElement = root.child(named: "organisation")
        let organisation = Organisation(
            name: organisationElement.flatMap { text($0, "name") } ?? "",
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
            parties: each(root.child(named: "parties"), "party", party),
            systems: each(root.child(named: "systems"), "system", system),
            agreements: each(root.child(named: "agreements"), "agreement", agreement),
            matrices: each(root.child(named: "raci"), "matrix", matrix),
            incidents: each(root.child(named: "incidents"), "incident", incident),
            location: at(root),
            unfilled: unfilled(root)
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
            reachable24x7: ["true", "1"].contains(element.attribute("reachable24x7") ?? "false"),
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
            fallback: text(element, "fallback"),
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
        return Agreement(
            id: element.attribute("id") ?? "",
            vendorID: element.attribute("vendor") ?? "",
            status: element.attribute("status").flatMap(Agreement.Status.init) ?? .active,
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
            reviews: each(reviews, "review") { review in
                Review(
                    date: date(review.attribute("date")) ?? ModelReader.epoch,
                    reviewer: review.attribute("by") ?? "",
                    outcome: review.attribute("outcome").flatMap(Review.Outcome.init) ?? .changesRequired,
                    note: text(review, "note"),
                    location: at(review)
                )
            },
            languageTag: element.xmlLang,
            location: at(element),
            ownerLocation: owner.map(at),
            reviewsLocation: reviews.map(at)
        )
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
        var found: [UnfilledValue] = []
        root.forEachValue(containingAnyOf: Placeholder.markers, stop: stop) { element, attribute, value in
            guard let kind = Placeholder.kind(of: value) else { return }
            found.append(UnfilledValue(path: path(to: element, below: root), attribute: attribute, value: value, kind: kind, location: at(element)))
        }
        return found
    }

    /// The elements from `root` down to `element`: from the root's child in a register, from
    /// the root itself in an agreement file (whose root is the agreement).
    private func path(to element: XMLElementView, below root: XMLElementView) -> [UnfilledValue.Step] {
        var steps: [UnfilledValue.Step] = []
        var current: XMLElementView? = element
        while let step = current, step != root || root.localName == "agreement" {
            let key: UnfilledValue.Step.Key? = step.attribute("id").map { .id($0) }
                ?? (step.localName == "priority" ? step.attribute("name").map { .name($0) } : nil)
                ?? step.attribute("date").map { .date($0) }
            let (position, namesakes) = step.positionAmongNamesakes
            steps.append(UnfilledValue.Step(element: step.localName, key: key, position: position, namesakes: namesakes))
            current = step == root ? nil : step.parent
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
            start: element.attribute("start").flatMap(LocalDateTime.init) ?? LocalDateTime(date: ModelReader.epoch, secondsOfDay: 0),
            end: element.attribute("end").flatMap(LocalDateTime.init),
            evaluation: evaluation.map {
                Incident.Evaluation(date: date($0.attribute("date")) ?? ModelReader.epoch, note: text($0, "note"), location: at($0))
            },
            location: at(element)
        )
    }
}
