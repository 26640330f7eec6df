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
    /// Every number of the register, for the phone list after the cards.
    let phoneList: PhoneList

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
        phoneList = PhoneList(register)
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
        String(decoding: EscalationCardReporter.bytes(cards, wording: w), as: UTF8.self)
    }

    /// The page as UTF-8, each system's card made on every core.
    static func bytes(_ cards: EscalationCards, wording w: Wording) -> [UInt8] {
        let body = cards.systems.mapOnEveryCore { system in
            EscalationCardReporter.page(system, agreements: cards.agreements[system.id] ?? [], parties: cards.parties, plan: cards.plan, today: cards.asOf, wording: w)
        } + [cards.phoneList.page(today: cards.asOf, wording: w)]
        let title = w("Escalation cards", "Escalatiekaarten") + " — " + cards.organisation
        return HTMLPage(title: title, language: w.language, body: body, extraStyle: EscalationCardReporter.style).bytes
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
        var ours: [String] = []
        for agreement in agreements {
            let vendor = parties[agreement.vendorID]?.name ?? agreement.vendorID
            let header = [w("When", "Wanneer"), w("Call", "Bel"), w("Phone", "Telefoon"), w("Our side", "Onze kant")].map { HTML("th", [.columnHeader], text: $0) }
            let rows = agreement.escalation.map { level -> HTML in
                var when = w.delay(level.after)
                if let priority = level.atOnceFor { when += w(" (at once for ", " (direct bij ") + priority + ")" }
                // The level's name is left out where the contact's name says it already ("Servicedesk").
                let named = level.name.isEmpty || Array(level.contact.name.lowercased().utf8)[...].firstPosition(of: level.name.lowercased()) != nil
                let name = named ? level.contact.name : level.name + ": " + level.contact.name
                let who = name + (level.contact.reachable24x7 ? " (24x7)" : "")
                if let id = level.counterpartID, !ours.contains(id) { ours.append(id) }
                return HTML("tr", [], [HTML("th", [.rowHeader], text: when), HTML("td", text: who), HTML("td", [], phones(level.contact.phones, w)),
                                       HTML("td", text: level.counterpartID.map { parties[$0]?.name ?? $0 } ?? "")])
            }
            parts.append(HTML("table", [.class("calls")], [
                HTML("caption", text: vendor + " — " + agreement.title), HTML("thead", [], [HTML("tr", [], header)]), HTML("tbody", [], rows),
            ]))
            parts.append(HTML("p", [.class("hours")], EscalationCardReporter.hours(agreement, w)))
        }
        // The rest in two columns on paper, so that one sheet holds the whole card.
        var more: [HTML] = []
        // Our own people the vendor's levels name, where the plan's call tree does not already give their numbers.
        let called = Set(plan?.communication?.calls.map(\.toID) ?? [])
        let ourParties = ours.filter { !called.contains($0) }.compactMap { parties[$0] }.filter { !$0.contacts.isEmpty }
        if !ourParties.isEmpty {
            more.append(HTML("h2", text: w("3. Our own side", "3. Onze eigen kant")))
            more.append(HTML("ul", [.class("ours")], ourParties.map { party in
                HTML("li", [], [HTML("b", text: party.name + ": ")] + EscalationCardReporter.contact(party.contacts[0], w))
            }))
        }
        if let plan {
            more += EscalationCardReporter.planParts(plan, system: system, parties: parties, first: ourParties.isEmpty ? 3 : 4, wording: w)
        }
        let meta = checkLine(today, w)
        parts.append(more.isEmpty ? meta : HTML("div", [.class("more")], more + [meta]))
        return HTML("section", [.class("page card"), .id(system.id)], parts)
    }

    /// From the plan: who does what in the emergencies that take the system down, the call tree,
    /// whom to inform, and the channels that work without the network.
    static func planParts(_ plan: ContinuityPlan, system: ITSystem, parties: [String: Party], first: Int, wording w: Wording) -> [HTML] {
        func name(_ id: String) -> String { parties[id]?.name ?? id }
        func numbers(_ id: String) -> [HTML] {
            EscalationCardReporter.phones(parties[id]?.contacts.first?.phones ?? [], w, separator: ", ")
        }
        var parts: [HTML] = []
        let scenarios = plan.scenarios.filter { $0.systemIDs.contains(system.id) && !$0.tasks.isEmpty }.sorted { $0.priority < $1.priority }
        // Who does what in the most urgent emergency that takes the system down (the plan has the others).
        if let scenario = scenarios.first {
            parts.append(HTML("h2", text: w("\(first). Who does what", "\(first). Wie doet wat")))
            parts.append(HTML("h3", text: scenario.name))
            parts.append(HTML("ul", [.class("tasks")], scenario.tasks.map { HTML("li", [], [HTML("b", text: name($0.partyID) + ": "), .text($0.text)]) }))
        }
        guard let communication = plan.communication else { return parts }
        let number = scenarios.isEmpty ? first : first + 1
        parts.append(HTML("h2", text: w("\(number). Call tree", "\(number). Belboom")))
        parts.append(HTML("ol", [.class("call-tree")], communication.calls.map { call in
            HTML("li", [], [.text(name(call.fromID) + w(" calls ", " belt ")), HTML("b", text: name(call.toID)), .text(" ")] + numbers(call.toID)
                 + (call.note.map { [.text(" — " + $0)] } ?? []))
        }))
        if !communication.notifications.isEmpty {
            parts.append(HTML("h2", text: w("\(number + 1). Inform outside", "\(number + 1). Extern inlichten")))
            parts.append(HTML("ul", [.class("inform")], communication.notifications.map { notice in
                HTML("li", [], [HTML("b", text: name(notice.partyID)), .text(" ")] + numbers(notice.partyID)
                     + [.text(w(" — by ", " — door ") + name(notice.byID) + (notice.note.map { ": " + $0 } ?? ""))])
            }))
        }
        let offline = communication.channels.filter(\.withoutNetwork)
        if !offline.isEmpty {
            parts.append(HTML("p", [.class("channels")], [HTML("b", text: w("Works without the network: ", "Werkt zonder netwerk: ")), .text(offline.map(\.text).joined(separator: "; "))]))
        }
        return parts
    }

    /// The vendor's service hours, what to do outside them, and the number to quote.
    static func hours(_ agreement: Agreement, _ w: Wording) -> [HTML] {
        let hours = agreement.serviceLevels.hours
        var parts: [HTML] = [HTML("b", text: w("Service hours: ", "Servicetijden: ")), .text(w.serviceHours(hours) + ". ")]
        if !hours.isAroundTheClock {
            parts += [HTML("b", text: w("Outside them: ", "Daarbuiten: ")),
                      .text((hours.note ?? w("the vendor does not work on it; follow the fallback and call our own side.",
                                             "de leverancier werkt er niet aan; volg de terugvalprocedure en bel onze eigen kant.")) + " ")]
        } else if let note = hours.note {
            parts.append(.text(note + " "))
        }
        if let number = agreement.customerNumber {
            parts += [HTML("b", text: w("Quote: ", "Noem: ")), .text(w("customer number ", "klantnummer ") + number + ".")]
        }
        return parts
    }

    /// A contact by name with every number.
    static func contact(_ contact: Contact, _ w: Wording) -> [HTML] {
        [.text(contact.name + (contact.reachable24x7 ? " (24x7)" : "") + " ")] + phones(contact.phones, w, separator: ", ")
    }

    /// "As of 1 December 2026. Check these numbers at every review." under each sheet.
    static func checkLine(_ today: CalendarDate, _ w: Wording) -> HTML {
        HTML("p", [.class("meta")], text: w("As of ", "Stand per ") + w.date(today) + w(". Check these numbers at every review.", ". Controleer deze nummers bij elke herziening."))
    }

    /// Every number of a contact, each with what it is for, one per line (or after `separator`).
    static func phones(_ phones: [Contact.Phone], _ w: Wording, separator: String? = nil) -> [HTML] {
        phones.enumerated().flatMap { index, phone -> [HTML] in
            let between: [HTML] = index == 0 ? [] : separator.map { [.text($0)] } ?? [HTML("br")]
            let use = phone.use.map { [HTML.text(" (" + w.choice($0, ofElement: "phone", attribute: "use") + ")")] } ?? []
            return between + [HTML("span", [.class("number")], [call(phone.number)] + use)]
        }
    }

    /// A phone number that a phone dials when it is tapped.
    static func call(_ number: String) -> HTML {
        HTML("a", [.class("phone"), .href("tel:" + String(String.UnicodeScalarView(number.unicodeScalars.filter { $0 == "+" || ("0"..."9").contains($0) })))], text: number)
    }

    static let style: StaticString = """
    .card a.phone { color: inherit; text-decoration: none; }
    .card h1 { font-size: 2rem; border-bottom: 3px solid #1a1a1a; padding-bottom: .3rem; }
    .card h2 { font-size: 1.4rem; }
    .card .limit { font-size: 1.3rem; font-weight: 700; }
    .card .fallback { font-size: 1.2rem; }
    .card h3 { font-size: 1.15rem; margin: .8rem 0 .2rem; }
    .card ul.tasks, .card ol.call-tree, .card ul.inform, .card ul.ours, .card .channels { font-size: 1.1rem; }
    .card table.calls { font-size: 1.15rem; width: 100%; }
    .card .phone { font-weight: 700; white-space: nowrap; font-size: 1.25rem; }
    @media (max-width: 40rem) {
      .card table.calls, .card table.calls tbody, .card table.calls tr, .card table.calls th, .card table.calls td { display: block; width: auto; }
      .card table.calls thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
      .card table.calls tr { border-top: 2px solid #1a1a1a; padding: .4rem 0; }
      .card table.calls th, .card table.calls td { border: 0; padding: .1rem 0; }
      .card table.calls caption { display: block; text-align: left; }
    }
    .card .hours { margin: -.6rem 0 1rem; }
    .phone-list .columns { columns: 2 20rem; column-gap: 2rem; }
    .phone-list .party { break-inside: avoid; }
    .phone-list h2 { font-size: 1.05rem; margin: .6rem 0 .1rem; }
    .phone-list ul { margin: 0; padding-left: 1rem; }
    .phone-list .phone { font-size: 1rem; }
    @page { size: A4; margin: 8mm 10mm; }
    @media print {
      .card { font-size: 11pt; line-height: 1.25; }
      .card h1 { font-size: 19pt; margin: 0 0 .2rem; padding-bottom: .1rem; }
      .card h2 { font-size: 13pt; margin: .4rem 0 .15rem; break-after: avoid; }
      .card h3 { font-size: 11.5pt; margin: .3rem 0 0; break-after: avoid; }
      .card .limit { font-size: 12pt; margin: .2rem 0; }
      .card .fallback { font-size: 10.5pt; margin: .1rem 0; }
      .card table.calls { font-size: 10.5pt; margin: .2rem 0 .2rem; }
      .card table.calls th, .card table.calls td { padding: .1rem .35rem; }
      .card .more { columns: 2; column-gap: 6mm; line-height: 1.2; }
      .card .more li { break-inside: avoid; }
      .card ul.tasks, .card ol.call-tree, .card ul.inform, .card ul.ours, .card .channels { font-size: 9.5pt; margin: .1rem 0; padding-left: 1.1rem; }
      .card .more h2 { font-size: 12pt; margin: .3rem 0 .1rem; }
      .card .more .phone { font-size: 10pt; }
      .card .phone { font-size: 11pt; }
      .card .hours { font-size: 10.5pt; margin: 0 0 .4rem; }
      .card .meta { font-size: 9.5pt; }
      .phone-list { font-size: 9.5pt; line-height: 1.2; }
      .phone-list h1 { font-size: 15pt; }
      .phone-list h2 { font-size: 10.5pt; margin: .3rem 0 0; }
      .phone-list .phone { font-size: 10pt; }
    }
    """
}
