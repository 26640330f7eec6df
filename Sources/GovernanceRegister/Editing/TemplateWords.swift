/// The comments of an agreement template, which tell a vendor what to fill in where, in the
/// template's language. (A comment cannot hold two hyphens in a row, so no option is spelled out.)
struct TemplateWords {
    let w: Wording
    let template: AgreementTemplate

    private var mark: String { Placeholder.mark(in: w.language) }

    var header: [String] {
        [
            w("Agreement of vendor \(template.vendor.name) (\(template.vendor.id)) with \(template.organisation),",
              "Overeenkomst van leverancier \(template.vendor.name) (\(template.vendor.id)) met \(template.organisation),"),
            w("made by govreg agreement template.", "gemaakt met govreg agreement template."),
            "",
            w("Fill in what is marked \(mark) and the phone numbers \(Placeholder.phone), and change",
              "Vul in wat met \(mark) is gemarkeerd en de telefoonnummers \(Placeholder.phone), en pas"),
            w("the times and terms below to what you agree. Leave the references to the register as",
              "de tijden en termijnen hieronder aan aan wat u afspreekt. Laat de verwijzingen naar het"),
            w("they are: the id and vendor above, and every ref and party.",
              "register staan zoals ze zijn: id en vendor hierboven, en elke ref en party."),
            "",
            w("Check the file before you send it: with govreg validate FILE, which lists what is still",
              "Controleer het bestand voordat u het verstuurt: met govreg validate BESTAND, dat noemt wat"),
            w("to fill in, or with any XSD tool such as xmllint against agreement.xsd, with xml.xsd",
              "er nog in te vullen is, of met een XSD-programma zoals xmllint tegen agreement.xsd, met"),
            w("beside it (govreg schemas writes both).", "xml.xsd ernaast (govreg schemas schrijft ze allebei)."),
        ]
    }

    var systems: [String] {
        let names = template.systems.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
        return [
            w("The systems of \(template.organisation) this agreement covers: \(names).",
              "De systemen van \(template.organisation) die deze overeenkomst dekt: \(names)."),
        ]
    }

    var term: [String] {
        [
            w("The term: the start date (YYYY-MM-DD); the initial term (P12M is 12 months, P3Y is",
              "De looptijd: de ingangsdatum (JJJJ-MM-DD); de eerste looptijd (P12M is 12 maanden, P3Y"),
            w("3 years), or a fixed end date <end> in its place; the renewal, kind none, automatic or",
              "is 3 jaar), of in plaats daarvan een vaste einddatum <end>; de verlenging, kind none"),
            w("on-request, with its term; and the notice period (P3M is 3 months).",
              "(geen), automatic (stilzwijgend) of on-request (op verzoek), met de verlengingstermijn;"),
        ] + (w.language == .dutch ? ["en de opzegtermijn (P3M is 3 maanden)."] : [])
    }

    var serviceLevels: [String] {
        var lines = [
            w("Service hours: <always/> is 24x7; otherwise one or more windows, such as",
              "Servicetijden: <always/> is 24x7; anders een of meer vensters, zoals"),
            #"<window days="mon tue wed thu fri" from="08:00" until="17:00"/>."#,
            w("Per priority: when an incident has it, the response time, the restore time and how",
              "Per prioriteit: wanneer een storing die heeft, de reactietijd, de hersteltijd en hoe"),
            w("often you send an update during the incident, as durations: PT30M is 30 minutes,",
              "vaak u tijdens de storing een update stuurt, als duur: PT30M is 30 minuten, PT4H is"),
            w("PT4H is 4 hours, P1D is 1 day. Use your own priority names if you have them.",
              "4 uur, P1D is 1 dag. Gebruik uw eigen namen voor de prioriteiten als u die heeft."),
        ]
        for system in template.systems {
            guard let downtime = system.maxDowntime else { continue }
            lines.append(w("\(template.organisation) can do without \(system.name) for \(w.duration(downtime)) at most.",
                           "\(template.organisation) kan hooguit \(w.duration(downtime)) zonder \(system.name)."))
        }
        return lines
    }

    var escalation: [String] {
        [
            w("The escalation path: the levels in order, each reached this long after the report",
              "Het escalatiepad: de niveaus op volgorde, elk zo lang na de melding bereikt (after,"),
            w("(after, PT0M is at once), each with a contact and at least one phone number that still",
              "PT0M is direct), elk met een contactpersoon en minstens één telefoonnummer dat nog werkt"),
            w("works when all other technology fails; use is office, mobile, out-of-hours or emergency.",
              "als alle andere techniek uitvalt; use is office, mobile, out-of-hours of emergency."),
            w(#"Write reachable24x7="true" on a contact that answers day and night."#,
              #"Zet reachable24x7="true" bij een contactpersoon die dag en nacht opneemt."#),
            w("\(template.organisation) adds its own counterpart for each level.",
              "\(template.organisation) vult zelf per niveau haar eigen aanspreekpunt in."),
        ]
    }
}
