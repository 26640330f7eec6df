/// Every phone number in the register on one sheet, for the downtime box: each party with its
/// contacts, and each agreement's escalation contacts under its vendor, every number with what it
/// is for. A number appears once, where it is first found.
struct PhoneList: Sendable {
    struct Entry: Sendable {
        let name: String
        let phones: [Contact.Phone]
    }

    struct Group: Sendable {
        let party: String
        let kind: Party.Kind
        let entries: [Entry]
    }

    let groups: [Group]

    init(_ register: Register) {
        var seen = Set<String>()
        func entry(_ contact: Contact) -> Entry? {
            let phones = contact.phones.filter { seen.insert($0.number).inserted }
            return phones.isEmpty ? nil : Entry(name: contact.name + (contact.role.map { ", \($0)" } ?? "") + (contact.reachable24x7 ? " (24x7)" : ""), phones: phones)
        }
        let agreements = Dictionary(grouping: register.agreements, by: \.vendorID)
        groups = register.parties.compactMap { party in
            var entries = party.contacts.compactMap(entry)
            for agreement in agreements[party.id] ?? [] {
                entries += agreement.escalation.compactMap { level in
                    entry(level.contact).map { Entry(name: level.name + ": " + $0.name, phones: $0.phones) }
                }
            }
            return entries.isEmpty ? nil : Group(party: party.name, kind: party.kind, entries: entries)
        }
    }

    func page(today: CalendarDate, wording w: Wording) -> HTML {
        HTML("section", [.class("page card phone-list"), .id("telefoonlijst")], [
            HTML("h1", text: w("Phone list", "Telefoonlijst")),
            HTML("div", [.class("columns")], groups.map { group in
                HTML("div", [.class("party")], [
                    HTML("h2", text: group.party + " (" + w.choice(group.kind.rawValue, ofElement: "party", attribute: "kind") + ")"),
                    HTML("ul", [], group.entries.map { entry in
                        HTML("li", [], [.text(entry.name + " ")] + EscalationCardReporter.phones(entry.phones, w, separator: ", "))
                    }),
                ])
            }),
            EscalationCardReporter.checkLine(today, w),
        ])
    }
}
