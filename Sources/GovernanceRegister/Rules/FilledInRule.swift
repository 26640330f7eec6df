/// GR017: no value is still a placeholder ("(invullen)", "(fill in)", +31 00 000 0000), as
/// `govreg init` and the agreement template write them.
struct FilledInRule: Rule {
    enum Branch: String, CaseIterable {
        /// An element's text is marked "(invullen)" or "(fill in)".
        case text
        /// An attribute's value is.
        case attribute
        /// A phone number of zeros.
        case phone
    }

    static let description = RuleDescription(
        id: "GR017",
        title: LocalizedText(en: "Nothing left to fill in", nl: "Niets meer in te vullen"),
        severity: .warning,
        rationale: LocalizedText(
            en: "A placeholder looks like an answer but is none: on the day of an outage, +31 00 000 0000 reaches nobody.",
            nl: "Een voorbeeldwaarde lijkt een antwoord maar is het niet: op de dag van een storing bereikt +31 00 000 0000 niemand."
        ),
        branches: Branch.self,
        examples: [
            RuleExample(.parties, """
                <party id="it" kind="internal"><name>IT department</name>
                  <contact><name>Service desk</name>↓<phone>+31 00 000 0000</phone></contact></party>
                <party id="acme" kind="vendor">↓<name>EHR vendor (fill in)</name></party>
            """),
            RuleExample([.parties: """
                <party id="it" kind="internal"><name>IT department</name>
                  <contact><name>Service desk</name><phone>+31 20 555 0100</phone></contact>
                  <contact>↓<name>(Invullen)</name><phone>+31 20 555 0101</phone></contact></party>
                <party id="acme" kind="vendor"><name>Acme Health IT</name></party>
            """, .reviews: """
                <reviews interval="P3M">↓<review date="2026-04-15" by="(fill in)" outcome="approved"/></reviews>
            """]),
            RuleExample(.parties, """
                <party id="it" kind="internal"><name>IT department</name>
                  <description>Fill in the incident form (on paper) and call +31 20 555 0100.</description>
                  <contact><name>Service desk</name><phone>+31 20 555 0100</phone><phone>+31 00 000 0001</phone></contact></party>
                <party id="acme" kind="vendor"><name>Acme Health IT</name></party>
            """),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        document.unfilled.map { value in
            let branch: Branch = value.kind == .phone ? .phone : value.attribute == nil ? .text : .attribute
            return RuleFinding(branch, at: value.location, .stillToFillIn(LocalizedText { FilledInRule.place(of: value, w: $0) }))
        }
    }

    /// The value's place in words: "name of party 'acme'", "phone number of contact 2 of party
    /// 'it'", "reviewer of review 2026-04-15 of agreement 'ehr-sla'".
    static func place(of value: UnfilledValue, w: Wording) -> String {
        var words: [String] = []
        if let attribute = value.attribute {
            words.append(FilledInRule.attributeNouns[attribute].map { w($0.en, $0.nl) } ?? attribute)
        }
        for step in value.path.reversed() where !FilledInRule.containers.contains(step.element) {
            words.append(named(step, w: w))
        }
        return words.joined(separator: w(" of ", " van "))
    }

    /// An element in words, with what tells it apart: "party 'it'", "priority P1", "escalation
    /// level 2", "contact 2" (a number only where it has namesakes, or for escalation levels).
    private static func named(_ step: UnfilledValue.Step, w: Wording) -> String {
        let noun = FilledInRule.elementNouns[step.element].map { w($0.en, $0.nl) } ?? "<\(step.element)>"
        switch step.key {
        case .id(let id): return "\(noun) '\(id)'"
        case .name(let name), .date(let name): return "\(noun) \(name)"
        case nil: return step.namesakes > 1 || step.element == "level" ? "\(noun) \(step.position)" : noun
        }
    }

    /// Elements that only group others: left out of the words.
    private static let containers: Set<String> = [
        "register", "parties", "systems", "agreements", "raci", "incidents", "holidays", "escalation",
        "serviceLevels", "term", "reviews", "drills", "suppliers",
    ]

    private static let elementNouns: [String: (en: String, nl: String)] = [
        "organisation": ("the organisation", "de organisatie"), "holiday": ("public holiday", "feestdag"),
        "party": ("party", "partij"), "contact": ("contact", "contactpersoon"), "system": ("system", "systeem"),
        "agreement": ("agreement", "overeenkomst"), "matrix": ("RACI matrix", "RACI-matrix"), "activity": ("activity", "activiteit"),
        "incident": ("incident", "incident"), "evaluation": ("evaluation", "evaluatie"), "drill": ("drill", "oefening"),
        "review": ("review", "herziening"), "level": ("escalation level", "escalatieniveau"), "priority": ("priority", "prioriteit"),
        "supplier": ("supplier", "toeleverancier"), "serviceHours": ("the service hours", "de servicetijden"),
        "document": ("signed document", "getekend document"),
        "name": ("name", "naam"), "description": ("description", "omschrijving"), "role": ("role", "rol"),
        "phone": ("phone number", "telefoonnummer"), "email": ("e-mail address", "e-mailadres"),
        "fallback": ("fallback procedure", "terugvalprocedure"), "title": ("title", "titel"), "note": ("note", "notitie"),
        "location": ("place", "plaats"), "provides": ("what it provides", "wat die levert"),
    ]

    private static let attributeNouns: [String: (en: String, nl: String)] = [
        "by": ("reviewer", "beoordelaar"), "href": ("where it is kept", "vindplaats"),
    ]
}

private extension LocalizedText {
    static func stillToFillIn(_ place: LocalizedText) -> LocalizedText {
        LocalizedText(en: "still to fill in: \(place.english)", nl: "nog in te vullen: \(place.dutch)")
    }
}
