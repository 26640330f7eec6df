/// The escalation cards for the day of the outage: per critical system (or the one asked for),
/// the fallback procedure and whom to call in which order, after how long, with phone numbers;
/// and from the continuity plan who does what, the call tree, whom to inform and the channels
/// that work without the network.
public struct EscalationCards: Sendable {
    public let organisation: String
    public let asOf: CalendarDate
    let systems: [ITSystem]
    let agreements: [String: [Agreement]]
    let parties: [String: Party]
    let plan: ContinuityPlan?

    /// Cards for every critical system, or for the one named `systemID` (whatever its criticality).
    public init(register: Register, system systemID: String? = nil, today: CalendarDate) throws(GovregError) {
        var systems = register.systems.filter { $0.criticality == .critical }
        if let systemID {
            systems = register.systems.filter { $0.id == systemID }
            guard !systems.isEmpty else { throw .notFound(.system, id: systemID, within: .register, known: register.systems.map(\.id)) }
        }
        self.systems = systems
        organisation = register.organisation.name
        asOf = today
        agreements = register.agreementsBySystem.mapValues { $0.filter { $0.status == .active } }
        parties = register.partiesByID
        plan = register.plan
    }
}

/// The formats `govreg card` writes.
public enum CardFormat: String, Sendable, CaseIterable {
    case html

    public var reporter: any Reporter<EscalationCards> { EscalationCardReporter() }
}

/// The cards as one HTML page, each system on its own A4 sheet in large type, made to be read on
/// paper when every screen is dark.
struct EscalationCardReporter: Reporter {
    let format = OutputFormat.html

    func render(_ cards: EscalationCards, wording w: Wording) -> String {
        let body = cards.systems.map { system in
            EscalationCardReporter.page(system, agreements: cards.agreements[system.id] ?? [], parties: cards.parties, plan: cards.plan, today: cards.asOf, wording: w)
        }
        let title = w("Escalation cards", "Escalatiekaarten") + " — " + cards.organisation
        return HTMLPage(title: title, language: w.language, body: body, extraStyle: EscalationCardReporter.style).html
    }

    static func page(_ system: ITSystem, agreements: [Agreement], parties: [String: Party], plan: ContinuityPlan?, today: CalendarDate, wording w: Wording) -> HTML {
        var parts = [HTML("h1", text: w("Outage of ", "Uitval van ") + system.name)]
        if let maximum = system.maxDowntime {
            parts.append(HTML("p", [.class("limit")], text: w("Care can do without it for at most ", "De zorg kan er hooguit ") + w.duration(maximum) + w(".", " zonder.")))
        }
        parts.append(HTML("h2", text: w("1. Fall back", "1. Terugvallen")))
        parts.append(HTML("p", [.class("fallback")], text: system.fallback ?? w("No fallback procedure recorded: ask the crisis team.", "Geen terugvalprocedure vastgelegd: vraag het crisisteam.")))
        parts.append(HTML("h2", text: w("2. Call, in this order", "2. Bellen, in deze volgorde")))
        if agreements.isEmpty {
            parts.append(HTML("p", text: w("No agreement covers this system.", "Geen overeenkomst dekt dit systeem.")))
        }
        for agreement in agreements {
            let vendor = parties[agreement.vendorID]?.name ?? agreement.vendorID
            let header = [w("When", "Wanneer"), w("Call", "Bel"), w("Phone", "Telefoon"), w("Our side", "Onze kant")].map { HTML("th", [.columnHeader], text: $0) }
            let rows = agreement.escalation.map { level -> HTML in
                var when = w.delay(level.after)
                if let priority = level.atOnceFor { when += w(" (at once for ", " (direct bij ") + priority + ")" }
                let who = level.name + ": " + level.contact.name + (level.contact.reachable24x7 ? " (24x7)" : "")
                var phones: [HTML] = []
                for (index, phone) in level.contact.phones.enumerated() {
                    if index > 0 { phones.append(HTML("br")) }
                    phones.append(EscalationCardReporter.call(phone.number))
                }
                let ours = level.counterpartID.flatMap { parties[$0] }
                var side: [HTML] = [.text(ours?.name ?? "")]
                if let number = ours?.contacts.first?.phones.first?.number {
                    side += [.text(" "), EscalationCardReporter.call(number)]
                }
                return HTML("tr", [], [HTML("th", [.rowHeader], text: when), HTML("td", text: who), HTML("td", [], phones), HTML("td", [], side)])
            }
            parts.append(HTML("table", [.class("calls")], [
                HTML("caption", text: vendor + " — " + agreement.title), HTML("thead", [], [HTML("tr", [], header)]), HTML("tbody", [], rows),
            ]))
        }
        if let plan {
            parts += EscalationCardReporter.planParts(plan, system: system, parties: parties, wording: w)
        }
        parts.append(HTML("p", [.class("meta")], text: w("As of ", "Stand per ") + w.date(today) + w(". Check these numbers at every review.", ". Controleer deze nummers bij elke herziening.")))
        return HTML("section", [.class("page card"), .id(system.id)], parts)
    }

    /// From the plan: who does what in the emergencies that take the system down, the call tree,
    /// whom to inform, and the channels that work without the network.
    static func planParts(_ plan: ContinuityPlan, system: ITSystem, parties: [String: Party], wording w: Wording) -> [HTML] {
        func name(_ id: String) -> String { parties[id]?.name ?? id }
        func phones(_ id: String) -> [HTML] {
            let numbers = (parties[id]?.contacts ?? []).flatMap(\.phones).map(\.number)
            return numbers.prefix(2).enumerated().flatMap { index, number in (index > 0 ? [HTML.text(", ")] : []) + [call(number)] }
        }
        var parts: [HTML] = []
        let scenarios = plan.scenarios.filter { $0.systemIDs.contains(system.id) && !$0.tasks.isEmpty }.sorted { $0.priority < $1.priority }
        if !scenarios.isEmpty {
            parts.append(HTML("h2", text: w("3. Who does what", "3. Wie doet wat")))
            for scenario in scenarios {
                parts.append(HTML("h3", text: scenario.name))
                parts.append(HTML("ul", [.class("tasks")], scenario.tasks.map { HTML("li", [], [HTML("b", text: name($0.partyID) + ": "), .text($0.text)]) }))
            }
        }
        guard let communication = plan.communication else { return parts }
        let number = scenarios.isEmpty ? 3 : 4
        parts.append(HTML("h2", text: w("\(number). Call tree", "\(number). Belboom")))
        parts.append(HTML("ol", [.class("call-tree")], communication.calls.map { call in
            HTML("li", [], [.text(name(call.fromID) + w(" calls ", " belt ")), HTML("b", text: name(call.toID)), .text(" ")] + phones(call.toID)
                 + (call.note.map { [.text(" — " + $0)] } ?? []))
        }))
        if !communication.notifications.isEmpty {
            let header = [w("Inform", "Inlichten"), w("Phone", "Telefoon"), w("By", "Door"), w("When, what", "Wanneer, wat")].map { HTML("th", [.columnHeader], text: $0) }
            parts.append(HTML("table", [.class("calls")], [
                HTML("caption", text: w("Outside parties", "Externe partijen")), HTML("thead", [], [HTML("tr", [], header)]),
                HTML("tbody", [], communication.notifications.map { notice in
                    HTML("tr", [], [HTML("th", [.rowHeader], text: name(notice.partyID)), HTML("td", [], phones(notice.partyID)),
                                    HTML("td", text: name(notice.byID)), HTML("td", text: notice.note ?? "")])
                }),
            ]))
        }
        let offline = communication.channels.filter(\.withoutNetwork)
        if !offline.isEmpty {
            parts.append(HTML("p", [.class("channels")], [HTML("b", text: w("Works without the network: ", "Werkt zonder netwerk: ")), .text(offline.map(\.text).joined(separator: "; "))]))
        }
        return parts
    }

    /// A phone number that a phone dials when it is tapped.
    static func call(_ number: String) -> HTML {
        HTML("a", [.class("phone"), .href("tel:" + number.unicodeScalars.filter { $0 == "+" || ("0"..."9").contains($0) }.map(String.init).joined())], text: number)
    }

    static let style: StaticString = """
    .card a.phone { color: inherit; text-decoration: none; }
    .card h1 { font-size: 2rem; border-bottom: 3px solid #1a1a1a; padding-bottom: .3rem; }
    .card h2 { font-size: 1.4rem; }
    .card .limit { font-size: 1.3rem; font-weight: 700; }
    .card .fallback { font-size: 1.2rem; }
    .card h3 { font-size: 1.15rem; margin: .8rem 0 .2rem; }
    .card ul.tasks, .card ol.call-tree, .card .channels { font-size: 1.1rem; }
    .card table.calls { font-size: 1.15rem; width: 100%; }
    .card .phone { font-weight: 700; white-space: nowrap; font-size: 1.25rem; }
    @media (max-width: 40rem) {
      .card table.calls, .card table.calls tbody, .card table.calls tr, .card table.calls th, .card table.calls td { display: block; width: auto; }
      .card table.calls thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
      .card table.calls tr { border-top: 2px solid #1a1a1a; padding: .4rem 0; }
      .card table.calls th, .card table.calls td { border: 0; padding: .1rem 0; }
      .card table.calls caption { display: block; text-align: left; }
    }
    @media print { .card { font-size: 13pt; } .card h1 { font-size: 22pt; } .card table.calls { font-size: 12.5pt; } .card .phone { font-size: 14pt; } }
    """
}
