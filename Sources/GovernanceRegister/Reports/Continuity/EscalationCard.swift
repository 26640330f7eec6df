/// The printable escalation card for the day of the outage: per critical system, on its own A4
/// page in large type, the fallback procedure and whom to call in which order, after how long,
/// with phone numbers. Made to be read on paper when every screen is dark.
public struct EscalationCard: Sendable {
    public let html: String

    public enum Failure: Error, Equatable {
        case unknownSystem(String, known: [String])
    }

    /// Cards for every critical system, or for the one named `systemID` (whatever its criticality).
    public init(register: Register, system systemID: String? = nil, today: CalendarDate, wording w: Wording) throws(Failure) {
        var systems = register.systems.filter { $0.criticality == .critical }
        if let systemID {
            systems = register.systems.filter { $0.id == systemID }
            guard !systems.isEmpty else { throw .unknownSystem(systemID, known: register.systems.map(\.id)) }
        }
        let covering = register.agreementsBySystem
        let parties = register.partiesByID
        let body = systems.map { system in
            EscalationCard.page(system, agreements: (covering[system.id] ?? []).filter { $0.status == .active }, parties: parties, today: today, wording: w)
        }.joined()
        let title = w("Escalation cards", "Escalatiekaarten") + " — " + register.organisation.name
        html = HTMLPage(title: title, language: w.language, body: body, extraStyle: EscalationCard.style).html
    }

    static func page(_ system: ITSystem, agreements: [Agreement], parties: [String: Party], today: CalendarDate, wording w: Wording) -> String {
        var html = "<section class=\"page card\" id=\"\(HTMLText.escape(system.id))\">\n"
        html += "<h1>\(HTMLText.escape(w("Outage of ", "Uitval van ") + system.name))</h1>\n"
        if let maximum = system.maxDowntime {
            html += "<p class=\"limit\">\(HTMLText.escape(w("Care can do without it for at most ", "De zorg kan er hooguit ") + w.duration(maximum) + w(".", " zonder.")))</p>\n"
        }
        html += "<h2>\(w("1. Fall back", "1. Terugvallen"))</h2>\n<p class=\"fallback\">\(HTMLText.escape(system.fallback ?? w("No fallback procedure recorded: ask the crisis team.", "Geen terugvalprocedure vastgelegd: vraag het crisisteam.")))</p>\n"
        html += "<h2>\(w("2. Call, in this order", "2. Bellen, in deze volgorde"))</h2>\n"
        if agreements.isEmpty {
            html += "<p>\(w("No agreement covers this system.", "Geen overeenkomst dekt dit systeem."))</p>\n"
        }
        for agreement in agreements {
            let vendor = parties[agreement.vendorID]?.name ?? agreement.vendorID
            html += "<table class=\"calls\">\n<caption>\(HTMLText.escape(vendor)) — \(HTMLText.escape(agreement.title))</caption>\n"
            html += "<thead><tr><th scope=\"col\">\(w("When", "Wanneer"))</th><th scope=\"col\">\(w("Call", "Bel"))</th><th scope=\"col\">\(w("Phone", "Telefoon"))</th><th scope=\"col\">\(w("Our side", "Onze kant"))</th></tr></thead>\n<tbody>\n"
            for level in agreement.escalation {
                var when = w.delay(level.after)
                if let priority = level.atOnceFor { when += w(" (at once for ", " (direct bij ") + priority + ")" }
                let who = level.name + ": " + level.contact.name + (level.contact.reachable24x7 ? " (24x7)" : "")
                let phones = level.contact.phones.map { "<span class=\"phone\">\(HTMLText.escape($0.number))</span>" }.joined(separator: "<br />")
                let ours = level.counterpartID.flatMap { parties[$0] }
                let ourPhone = ours?.contacts.first?.phones.first.map { " <span class=\"phone\">\(HTMLText.escape($0.number))</span>" } ?? ""
                html += "<tr><th scope=\"row\">\(HTMLText.escape(when))</th><td>\(HTMLText.escape(who))</td><td>\(phones)</td>"
                html += "<td>\(HTMLText.escape(ours?.name ?? ""))\(ourPhone)</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        html += "<p class=\"meta\">\(HTMLText.escape(w("As of ", "Stand per ") + w.date(today) + w(". Check these numbers at every review.", ". Controleer deze nummers bij elke herziening.")))</p>\n"
        return html + "</section>\n"
    }

    static let style = """
    .card h1 { font-size: 2rem; border-bottom: 3px solid #1a1a1a; padding-bottom: .3rem; }
    .card h2 { font-size: 1.4rem; }
    .card .limit { font-size: 1.3rem; font-weight: 700; }
    .card .fallback { font-size: 1.2rem; }
    .card table.calls { font-size: 1.15rem; width: 100%; }
    .card .phone { font-weight: 700; white-space: nowrap; font-size: 1.25rem; }
    @media print { .card { font-size: 13pt; } .card h1 { font-size: 22pt; } .card table.calls { font-size: 12.5pt; } .card .phone { font-size: 14pt; } }
    """
}
