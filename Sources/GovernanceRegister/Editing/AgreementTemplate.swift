import GovernanceXML

/// An agreement file for a vendor to fill in, pre-filled with the register's ids: the vendor
/// party, the systems the agreement covers and the internal owner. Comments in the register's
/// language say what goes where; what only the vendor knows is a placeholder (`Placeholder`),
/// which rule GR017 reports until it is replaced. The file is valid against agreement.xsd as it
/// is. It is built as a document tree, so a name with `<`, `&` or quotes stays text.
public struct AgreementTemplate: Sendable {
    public let agreementID: String
    public let vendor: Party
    public let systems: [ITSystem]
    /// The internal party that owns the vendor's agreements in the register, if it has any.
    public let ownerID: String?
    /// The proposed start: the first day of the month after today.
    public let start: CalendarDate
    public let organisation: String
    public let language: Language

    /// The template for `vendorID`'s agreement on `systemIDs`, or on every system of the register
    /// whose vendor it is when none are named. Unknown ids are refused with the ones there are.
    public init(register: Register, vendor vendorID: String, systems systemIDs: [String] = [], today: CalendarDate, language: Language? = nil) throws(GovregError) {
        let vendors = register.parties.filter { $0.kind == .vendor }
        guard let vendor = vendors.first(where: { $0.id == vendorID }) else {
            throw .notFound(.vendor, id: vendorID, within: .register, known: vendors.map(\.id))
        }
        var systems: [ITSystem] = []
        for id in systemIDs where !systems.contains(where: { $0.id == id }) {
            guard let system = register.systemsByID[id] else {
                throw .notFound(.system, id: id, within: .register, known: register.systems.map(\.id))
            }
            systems.append(system)
        }
        if systemIDs.isEmpty {
            systems = register.systems.filter { $0.vendorID == vendorID }
            guard !systems.isEmpty else { throw .noSystems(vendor: vendorID, known: register.systems.map(\.id)) }
        }
        let parties = register.partiesByID
        let owners = register.agreements.filter { $0.vendorID == vendorID }.compactMap(\.ownerID).filter { parties[$0]?.kind == .internal }
        let counts = Dictionary(owners.map { ($0, 1) }, uniquingKeysWith: +)
        let next = today.adding(months: 1)
        let start = CalendarDate(year: next.year, month: next.month, day: 1) ?? next
        // An id of at most 64 characters that the register does not have yet: sla-VENDOR-YEAR.
        let base = "sla-\(vendorID.prefix(52))-\(start.year)"
        let taken = Set(register.agreements.map(\.id))
        var id = base
        var number = 2
        while taken.contains(id) {
            id = "\(base)-\(number)"
            number += 1
        }
        self.agreementID = id
        self.vendor = vendor
        self.systems = systems
        self.ownerID = owners.first { counts[$0] == counts.values.max() }
        self.start = start
        self.organisation = register.organisation.name
        self.language = language ?? register.language
    }

    /// A priority the template proposes: its name, its description and its times.
    private typealias Priority = (name: String, en: String, nl: String, response: String, restore: String, update: String?)

    private static let priorities: [Priority] = [
        ("P1", "The system is down for everyone, or data is being lost.", "Het systeem is voor iedereen onbruikbaar, of er gaan gegevens verloren.", "PT30M", "PT4H", "PT1H"),
        ("P2", "Part of the system, or a link with another system, does not work.", "Een deel van het systeem, of een koppeling met een ander systeem, werkt niet.", "PT1H", "PT8H", "PT2H"),
        ("P3", "A fault with a workaround.", "Een storing waar een omweg voor is.", "PT4H", "P2D", nil),
        ("P4", "A question or a request.", "Een vraag of een verzoek.", "P1D", "P10D", nil),
    ]

    /// An escalation level the template proposes: when it starts, its name, the phone's use.
    private static let levels: [(after: String, en: String, nl: String, use: String)] = [
        ("PT0M", "Service desk", "Servicedesk", "emergency"),
        ("PT1H", "Service manager", "Servicemanager", "mobile"),
        ("PT2H", "Management", "Directie", "mobile"),
    ]

    /// The agreement file, ready to write.
    public var text: String {
        guard let document = ParsedDocument.new(rootNamed: "agreement", namespace: GovregSchemas.namespace), let root = document.root else { return "" }
        let w = Wording(language)
        let mark = Placeholder.mark(in: language)
        root.setXMLLang(language.rawValue)
        root.setAttribute("id", agreementID)
        root.setAttribute("vendor", vendor.id)
        root.insertComment(words.header)

        root.appendElement("title", text: w("Service agreement", "Dienstverleningsovereenkomst") + " \(vendor.name) \(mark)")
            .insertComment([w("The title of the agreement, as on the signed contract.", "De titel van de overeenkomst, zoals op het getekende contract.")])
        root.appendElement("description", text: mark)
            .insertComment([w("What you provide under this agreement, in a sentence or two.", "Wat u onder deze overeenkomst levert, in een of twee zinnen.")])
        let covered = root.appendElement("systems")
        covered.insertComment(words.systems)
        for system in systems {
            covered.appendElement("system", attributes: [("ref", system.id)])
        }
        if let ownerID {
            root.appendElement("owner", attributes: [("party", ownerID)])
                .insertComment([w("Who owns this agreement at \(organisation): a party of its register; leave it as it is.",
                                  "Wie deze overeenkomst beheert bij \(organisation): een partij uit het register; laat dit staan.")])
        }
        let term = root.appendElement("term")
        term.appendElement("start", text: start.description)
        term.appendElement("initialTerm", text: "P12M")
        term.appendElement("renewal", attributes: [("kind", "automatic"), ("term", "P12M")])
        term.appendElement("noticePeriod", text: "P3M")
        if ownerID == nil {
            term.insertComment([w("\(organisation) adds who owns this agreement on its side itself.",
                                  "\(organisation) vult zelf in wie deze overeenkomst aan haar kant beheert.")])
        }
        term.insertComment(words.term)

        let levels = root.appendElement("serviceLevels")
        levels.insertComment(words.serviceLevels)
        levels.appendElement("serviceHours").appendElement("always")
        for priority in AgreementTemplate.priorities {
            let element = levels.appendElement("priority", attributes: [("name", priority.name)])
            element.appendElement("description", text: "\(mark) " + w(priority.en, priority.nl))
            element.appendElement("responseTime", text: priority.response)
            element.appendElement("restoreTime", text: priority.restore)
            if let update = priority.update { element.appendElement("updateInterval", text: update) }
        }

        let escalation = root.appendElement("escalation")
        escalation.insertComment(words.escalation)
        for level in AgreementTemplate.levels {
            let element = escalation.appendElement("level", attributes: [("after", level.after)])
            element.appendElement("name", text: w(level.en, level.nl))
            let contact = element.appendElement("contact")
            contact.appendElement("name", text: mark)
            contact.appendElement("phone", attributes: [("use", level.use)], text: Placeholder.phone)
        }
        return String(decoding: document.serialized(), as: UTF8.self)
    }

    /// The comments, in the template's language.
    private var words: TemplateWords {
        TemplateWords(w: Wording(language), template: self)
    }
}
