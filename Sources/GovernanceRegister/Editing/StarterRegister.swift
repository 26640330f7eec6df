/// A new register for a hospital or a GP practice: the parties and standard activities of vendor
/// governance and a continuity plan, with placeholders (`Placeholder`) where the organisation's
/// own names and numbers go, and comments saying what to fill in. The register is valid; rule
/// GR017 warns about every placeholder until it is replaced.
public struct StarterRegister: Sendable {
    public let kind: Organisation.Kind
    public let organisation: String
    public let language: Language

    public init(kind: Organisation.Kind, organisation: String, language: Language) {
        self.kind = kind
        self.organisation = organisation
        self.language = language
    }

    /// A party; a vendor's name is a placeholder, to be replaced by the real vendor's.
    private typealias Party = (id: String, kind: String, en: String, nl: String)
    private typealias Activity = (id: String, en: String, nl: String, roles: [(String, String)])

    private var parties: [Party] {
        switch kind {
        case .gpPractice:
            [("praktijkhouder", "internal", "Practice owner (GP)", "Praktijkhouder (huisarts)"),
             ("praktijkmanager", "internal", "Practice manager", "Praktijkmanager"),
             ("assistentes", "internal", "Doctor's assistants", "Doktersassistenten"),
             ("ict-partner", "vendor", "IT partner", "ICT-partner"),
             ("his-leverancier", "vendor", "HIS vendor", "Leverancier HIS")]
        default:
            [("raad-van-bestuur", "internal", "Board of directors", "Raad van Bestuur"),
             ("crisisteam", "internal", "Crisis team", "Crisisteam"),
             ("ict", "internal", "IT department", "ICT-afdeling"),
             ("informatiebeveiliging", "internal", "Information security (CISO)", "Informatiebeveiliging (CISO)"),
             ("contractmanagement", "internal", "Contract management", "Contractmanagement"),
             ("zorgmanagement", "internal", "Care management", "Zorgmanagement"),
             ("epd-leverancier", "vendor", "EHR vendor", "Leverancier EPD")]
        }
    }

    /// The party ids by role in the standard activities: who decides, who does, the vendor.
    private var people: (owner: String, manager: String, operations: String, security: String, crisis: String, vendor: String) {
        kind == .gpPractice
            ? ("praktijkhouder", "praktijkmanager", "assistentes", "praktijkmanager", "praktijkhouder", "his-leverancier")
            : ("raad-van-bestuur", "contractmanagement", "ict", "informatiebeveiliging", "crisisteam", "epd-leverancier")
    }

    private var governance: [Activity] {
        let p = people
        return [
            ("herziening-overeenkomsten", "Periodic review of agreements", "Periodieke herziening overeenkomsten", [(p.manager, "A"), (p.operations, "R"), (p.vendor, "C")]),
            ("besluit-verlenging", "Decide on renewal or termination", "Besluit over verlenging of opzegging", [(p.owner, "A"), (p.manager, "R"), (p.operations, "C")]),
            ("escalatiegegevens-actueel", "Keep escalation phone numbers on paper up to date", "Escalatiegegevens en telefoonnummers op papier actueel houden", [(p.manager, "A"), (p.operations, "R"), (p.vendor, "I")]),
            ("toegangsbeheer", "Access management", "Toegangsbeheer", [(p.security, "A"), (p.operations, "R"), (p.vendor, "C"), ("ict-partner", "R")]),
            ("wijzigingsbeheer", "Change management", "Wijzigingsbeheer", [(p.manager, "A"), (p.vendor, "R"), (p.operations, "C")]),
        ].map { ($0.0, $0.1, $0.2, RaciPeople.distinct($0.3, known: Set(parties.map(\.id)))) }
    }

    private var continuity: [Activity] {
        let p = people
        return [
            ("incident-melden", "Report an incident to the vendor", "Incident melden bij de leverancier", [(p.manager, "A"), (p.operations, "R"), (p.vendor, "I")]),
            ("escaleren", "Escalate along the escalation path", "Escaleren volgens het escalatiepad", [(p.crisis, "A"), (p.manager, "R"), (p.vendor, "C")]),
            ("communicatie-uitval", "Communication during an outage", "Communicatie tijdens uitval", [(p.crisis, "A"), (p.manager, "R"), (p.operations, "I")]),
            ("terugvalprocedure", "Start the fallback procedure", "Terugvalprocedure starten", [(p.manager, "A"), (p.operations, "R")]),
            ("backup-hersteltest", "Backup and restore test", "Back-up en hersteltest", [(p.manager, "A"), (p.vendor, "R"), (p.operations, "I")]),
            ("oefening-continuiteitsplan", "Continuity-plan drill", "Oefening continuïteitsplan", [(p.owner, "A"), (p.manager, "R"), (p.operations, "R")]),
            ("evaluatie-incident", "Evaluation after an incident", "Evaluatie na incident", [(p.manager, "A"), (p.operations, "R"), (p.vendor, "C")]),
        ].map { ($0.0, $0.1, $0.2, RaciPeople.distinct($0.3, known: Set(parties.map(\.id)))) }
    }

    /// The folder beside the register where `govreg init` puts the schemas, for XML editors to
    /// find through the register's `xml-model` instruction (govreg itself never reads it).
    public static let schemaFolder = "schemas"

    /// The register as text, ready to write.
    public var text: String {
        let w = Wording(language)
        func escape(_ value: String) -> String {
            HTMLText.escape(value)
        }
        let mark = Placeholder.mark(in: language)
        let system = kind == .gpPractice
            ? ("his", "HIS", w("GP information system: patient records, appointments, prescriptions.", "Huisartseninformatiesysteem: dossiers, agenda, recepten."), "PT2H")
            : ("epd", w("EHR", "EPD"), w("Electronic health record.", "Elektronisch patiëntendossier."), "PT4H")
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <?xml-model href="\(StarterRegister.schemaFolder)/register.xsd" type="application/xml" schematypens="http://www.w3.org/2001/XMLSchema"?>
        <!-- \(w("Governance register made by govreg init. Fill in what is marked \(mark) and the phone numbers \(Placeholder.phone); govreg validate FILE lists what is left (GR017).",
                "Governanceregister gemaakt met govreg init. Vul in wat met \(mark) is gemarkeerd en de telefoonnummers \(Placeholder.phone); govreg validate BESTAND noemt wat er nog openstaat (GR017).")) -->
        <register xmlns="urn:govreg:register:1" xml:lang="\(language.rawValue)">
          <organisation kind="\(kind.rawValue)" timeZone="Europe/Amsterdam">
            <name>\(escape(organisation))</name>
          </organisation>
          <parties>
            <!-- \(w("Give every party a contact with a real phone number.", "Geef elke partij een contactpersoon met een echt telefoonnummer.")) -->

        """
        for party in parties {
            xml += """
                <party id="\(party.id)" kind="\(party.kind)">
                  <name>\(escape(w(party.en, party.nl) + (party.kind == "vendor" ? " " + mark : "")))</name>
                  <contact><name>\(escape(w("Contact", "Contactpersoon") + " " + mark))</name><phone>\(Placeholder.phone)</phone></contact>
                </party>

            """
        }
        xml += """
          </parties>
          <systems>
            <!-- \(w("List every system the care depends on, with its maximum tolerable downtime.", "Noem elk systeem waar de zorg van afhangt, met de maximaal toelaatbare uitvaltijd.")) -->
            <system id="\(system.0)" criticality="critical" vendor="\(people.vendor)">
              <name>\(escape(system.1))</name>
              <description>\(escape(system.2))</description>
              <maxDowntime>\(system.3)</maxDowntime>
              <fallback>\(escape(mark + " " + w("What staff do while the system is down: work on paper, print lists, whom to call.", "Wat medewerkers doen als het systeem uitvalt: werken op papier, lijsten printen, wie te bellen.")))</fallback>
            </system>
          </systems>
          <!-- \(w("Add agreements with govreg import REGISTER AGREEMENT_FILE.", "Voeg overeenkomsten toe met govreg import REGISTER OVEREENKOMST.")) -->
          <raci>

        """
        for (id, en, nl, activities) in [("leveranciersregie", "Vendor governance", "Leveranciersregie", governance),
                                         ("continuiteit", "Continuity during IT outages", "Continuïteit bij ICT-uitval", continuity)] {
            xml += "    <matrix id=\"\(id)\">\n      <title>\(escape(w(en, nl)))</title>\n"
            for activity in activities {
                xml += "      <activity id=\"\(activity.id)\">\n        <name>\(escape(w(activity.en, activity.nl)))</name>\n"
                for (party, role) in activity.roles {
                    xml += "        <assignment party=\"\(party)\" role=\"\(role)\"/>\n"
                }
                xml += "      </activity>\n"
            }
            xml += "    </matrix>\n"
        }
        xml += "  </raci>\n</register>\n"
        return xml
    }
}

/// Keeps one role per party in a starter activity (a GP practice has fewer people than roles),
/// for parties the starter register has.
enum RaciPeople {
    static func distinct(_ roles: [(String, String)], known: Set<String>) -> [(String, String)] {
        var seen: Set<String> = []
        return roles.filter { known.contains($0.0) && seen.insert($0.0).inserted }
    }
}
