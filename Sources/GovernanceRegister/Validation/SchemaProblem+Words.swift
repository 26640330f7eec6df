import Foundation
import GovernanceXML

extension SchemaProblem {
    /// The problem in words for a contract manager, with the fix: "<start>: '22-11-2026' is not a
    /// date; write it as 2026-11-22". What each type allows comes from the schemas' own
    /// documentation of it.
    func message(_ w: Wording, model: SchemaModel?) -> String {
        switch self {
        case let .invalidValue(place, value, type):
            return place.words(w) + valueHint(w, place: place, value: value, typeName: type, model: model)
        case let .pattern(place, value):
            let type = model?.valueType(ofElement: place.element, attribute: place.attribute)
            return place.words(w) + valueHint(w, place: place, value: value, typeName: type?.name?.local ?? "", model: model)
        case let .enumeration(place, value, allowed):
            if let type = model?.valueType(ofElement: place.element, attribute: place.attribute), !type.enumerations.isEmpty {
                do {
                    let meant = try ValueInput.choice(value, among: type)
                    return place.words(w) + w("'\(value)' is not allowed; did you mean '\(meant)'?", "'\(value)' mag niet; bedoelt u '\(meant)'?")
                } catch {
                    return place.words(w) + w("'\(value)' is not allowed; ", "'\(value)' mag niet; ") + w(error.expected.english, error.expected.dutch)
                }
            }
            let list = allowed.map { "'\($0)'" }.joined(separator: ", ")
            let guess = NearestName.of(value, among: allowed).map { w("; did you mean '\($0)'?", "; bedoelt u '\($0)'?") } ?? ""
            return place.words(w) + w("'\(value)' is not one of \(list)", "'\(value)' is niet een van \(list)") + guess
        case .empty(let place):
            return place.words(w) + w("is empty; write the text, or leave the element out where it is optional",
                                      "is leeg; vul de tekst in, of laat het element weg waar het niet verplicht is")
        case let .unexpected(element, expected):
            let names = expected.map { "<\($0)>" }.joined(separator: w(" or ", " of "))
            if let meant = NearestName.of(element, among: expected), meant != element {
                return "<\(element)>: " + w("govreg knows no element <\(element)> here; did you mean <\(meant)>?",
                                            "govreg kent hier geen element <\(element)>; bedoelt u <\(meant)>?")
            }
            if expected.isEmpty {
                return "<\(element)>: " + w("this element cannot come here: it is one too many, or in the wrong place",
                                            "dit element kan hier niet staan: het is er een te veel, of staat op de verkeerde plek")
            }
            if model.map({ !$0.declarations(named: element).isEmpty }) ?? true {
                return "<\(element)>: " + w("put \(names) before <\(element)> (add it if it is missing): the schema fixes the order",
                                            "zet \(names) vóór <\(element)> (voeg het toe als het ontbreekt): het schema legt de volgorde vast")
            }
            return "<\(element)>: " + w("govreg knows no element <\(element)>; \(names) is expected here",
                                        "govreg kent geen element <\(element)>; hier wordt \(names) verwacht")
        case let .missingChild(element, expected):
            let names = expected.map { "<\($0)>" }.joined(separator: w(" or ", " of "))
            return "<\(element)>: " + w("\(names) is missing; add it", "\(names) ontbreekt; voeg het toe")
        case let .missingAttribute(element, attribute):
            let values = attribute == "xml:lang" ? ["nl", "en"] : model?.valueType(ofElement: element, attribute: attribute)?.enumerations.map(\.value) ?? []
            let choice = values.isEmpty ? "" : w(" (one of \(values.joined(separator: ", ")))", " (een van \(values.joined(separator: ", ")))")
            return "<\(element)>: " + w("the attribute \(attribute) is missing; add \(attribute)=\"...\"\(choice)",
                                        "het attribuut \(attribute) ontbreekt; voeg \(attribute)=\"...\" toe\(choice)")
        case let .attributeNotAllowed(element, attribute):
            let known = model.map { model in model.declarations(named: element).flatMap { model.attributes(of: $0).map(\.name.local) } } ?? []
            let guess = NearestName.of(attribute, among: known).map { w("; did you mean \($0)?", "; bedoelt u \($0)?") }
            return "<\(element)>: " + w("govreg knows no attribute \(attribute) here", "govreg kent hier geen attribuut \(attribute)")
                + (guess ?? w("; remove it", "; haal het weg"))
        case .textNotAllowed(let element):
            return "<\(element)>: " + w("holds only elements, not text; remove the text, or put it in the element it belongs to",
                                        "bevat alleen elementen, geen tekst; haal de tekst weg of zet hem in het element waar hij hoort")
        case .contentNotAllowed(let element):
            return "<\(element)>: " + w("stays empty; remove the text inside it, and write it as <\(element)/>",
                                        "blijft leeg; haal de tekst erin weg en schrijf het als <\(element)/>")
        case .elementNotAllowed(let element):
            return "<\(element)>: " + w("holds only text, not elements; remove the element inside it (write < as &lt; if it is meant as text)",
                                        "bevat alleen tekst, geen elementen; haal het element erin weg (schrijf < als &lt; als het tekst is)")
        case let .duplicateKey(element, constraint, value):
            let what = SchemaProblem.uniques[constraint] ?? LocalizedText(en: "the value is used twice:", nl: "de waarde komt twee keer voor:")
            return "<\(element)>: " + w("\(what.english) '\(value)'; make it unique", "\(what.dutch) '\(value)'; maak het uniek")
        case let .unknownReference(element, constraint, value):
            let target = SchemaProblem.references[constraint] ?? LocalizedText(en: "anything in the register", nl: "iets in het register")
            return "<\(element)>: " + w("'\(value)' is not the id of \(target.english); add it there or correct the reference",
                                        "'\(value)' is niet het id van \(target.dutch); voeg het daar toe of verbeter de verwijzing")
        case .other(let message):
            // libxml2's words, with the element shown as govreg shows it; quoted in a Dutch report.
            var shown = message
            if message.hasPrefix("Element '"), let end = message.dropFirst(9).firstIndex(of: "'") {
                let name = message[message.index(message.startIndex, offsetBy: 9)..<end]
                let rest = message[message.index(after: end)...]
                shown = "<\(name)>" + (rest.hasPrefix(",") ? String(rest.dropFirst()) : String(rest))
            }
            return w(shown, "libxml2 meldt: \"\(shown)\"")
        }
    }

    /// What kind of value it should be and how to write this one, as far as that can be told.
    private func valueHint(_ w: Wording, place: Place, value: String, typeName: String, model: SchemaModel?) -> String {
        switch typeName {
        case "Date", "date":
            let fix = PlainValue.date(value).map { w("write it as \($0)", "schrijf het als \($0)") } ?? w("write it as YYYY-MM-DD, e.g. 2026-11-22", "schrijf het als JJJJ-MM-DD, bijvoorbeeld 2026-11-22")
            return w("'\(value)' is not a date; ", "'\(value)' is geen datum; ") + fix
        case "Duration", "duration":
            let fix = PlainValue.duration(value).map { w("write \(value) as \($0)", "schrijf \(value) als \($0)") }
                ?? w("write it in ISO 8601: PT4H is 4 hours, PT30M 30 minutes, P2D 2 days, P3M 3 months", "schrijf het in ISO 8601: PT4H is 4 uur, PT30M 30 minuten, P2D 2 dagen, P3M 3 maanden")
            return w("'\(value)' is not a duration; ", "'\(value)' is geen duur; ") + fix
        case "StartTime", "ClockTime":
            if typeName == "StartTime", value == "24:00" {
                return w("a window starts at 00:00 to 23:59; 24:00 can only be its end (until=\"24:00\")",
                         "een venster begint van 00:00 tot en met 23:59; 24:00 kan alleen het einde zijn (until=\"24:00\")")
            }
            let fix = PlainValue.clock(value).map { w("write it as \($0)", "schrijf het als \($0)") } ?? w("write it as HH:MM, e.g. 08:00", "schrijf het als UU:MM, bijvoorbeeld 08:00")
            return w("'\(value)' is not a time of day; ", "'\(value)' is geen tijdstip; ") + fix
        case "Identifier":
            let fixed = PlainValue.identifier(value)
            return w("'\(value)' is not an id: ids have letters, digits, '.', '-' and '_' only, no spaces", "'\(value)' is geen id: een id heeft alleen letters, cijfers, '.', '-' en '_', geen spaties")
                + (fixed.isEmpty || fixed == value ? "" : w("; write e.g. '\(fixed)'", "; schrijf bijvoorbeeld '\(fixed)'"))
        case "PhoneNumber":
            // The number without the words in front of it ("bel 020-1234567"), where that is one;
            // letters after the digits may be part of the number ("0800-HELP") and stay.
            let kept = String(value.drop { !$0.isNumber && $0 != "+" && $0 != "(" })
            let patterns = model?.valueType(ofElement: place.element, attribute: place.attribute)?.patterns ?? []
            let fits = !kept.isEmpty && !patterns.isEmpty && patterns.allSatisfy { kept.range(of: "^(?:\($0))$", options: .regularExpression) != nil }
            let about = documentation(of: place, w, model).map { " " + $0 } ?? ""
            return w("'\(value)' is not a phone number.\(about)", "'\(value)' is geen telefoonnummer.\(about)")
                + (fits ? w(" Write e.g. \(kept).", " Schrijf bijvoorbeeld \(kept).") : "")
        case "boolean":
            return w("'\(value)' is not true or false; write true or false", "'\(value)' is niet true of false; schrijf true of false")
        default:
            let about = documentation(of: place, w, model).map { ": " + $0 } ?? ""
            // How govreg would read what was written, where it can ("ma-vr" as days).
            let type = model?.valueType(ofElement: place.element, attribute: place.attribute)
            let fixed = (try? ValueInput.schemaForm(of: value, type: type)).flatMap { $0 == value ? nil : $0 }
            return w("'\(value)' is not a valid value\(about)", "'\(value)' is geen geldige waarde\(about)")
                + (fixed.map { w(" Write '\($0)'.", " Schrijf '\($0)'.") } ?? "")
        }
    }

    /// The schemas' own documentation of the type of a value, in the output language.
    private func documentation(of place: Place, _ w: Wording, _ model: SchemaModel?) -> String? {
        guard let documentation = model?.valueType(ofElement: place.element, attribute: place.attribute)?.documentation else { return nil }
        return documentation[w.language.rawValue] ?? documentation["en"]
    }

    /// What an identity constraint of the schemas refers to, in both languages.
    static let references: [String: LocalizedText] = [
        "systemVendorRef": LocalizedText(en: "a party in <parties>", nl: "een partij in <parties>"),
        "agreementVendorRef": LocalizedText(en: "a party in <parties>", nl: "een partij in <parties>"),
        "agreementOwnerRef": LocalizedText(en: "a party in <parties>", nl: "een partij in <parties>"),
        "escalationCounterpartRef": LocalizedText(en: "a party in <parties>", nl: "een partij in <parties>"),
        "assignmentPartyRef": LocalizedText(en: "a party in <parties>", nl: "een partij in <parties>"),
        "agreementSystemRef": LocalizedText(en: "a system in <systems>", nl: "een systeem in <systems>"),
        "incidentSystemRef": LocalizedText(en: "a system in <systems>", nl: "een systeem in <systems>"),
        "escalationPriorityRef": LocalizedText(en: "a priority of this agreement's <serviceLevels>", nl: "een prioriteit in <serviceLevels> van deze overeenkomst"),        "dependencySystemRef": LocalizedText(en: "a system in <systems>", nl: "een systeem in <systems>"),
        "scenarioSystemRef": LocalizedText(en: "a system in <systems>", nl: "een systeem in <systems>"),
        "scenarioTaskPartyRef": LocalizedText(en: "a party in <parties>", nl: "een partij in <parties>"),
        "planOwnerRef": LocalizedText(en: "a party in <parties>", nl: "een partij in <parties>"),
        "planMemberRef": LocalizedText(en: "a party in <parties>", nl: "een partij in <parties>"),
        "planApprovalRef": LocalizedText(en: "a party in <parties>", nl: "een partij in <parties>"),
        "callerRef": LocalizedText(en: "a party in <parties>", nl: "een partij in <parties>"),
        "calleeRef": LocalizedText(en: "a party in <parties>", nl: "een partij in <parties>"),
        "informedPartyRef": LocalizedText(en: "a party in <parties>", nl: "een partij in <parties>"),
        "informerRef": LocalizedText(en: "a party in <parties>", nl: "een partij in <parties>"),
        "attendeeRef": LocalizedText(en: "a party in <parties>", nl: "een partij in <parties>"),
        "incidentAgreementRef": LocalizedText(en: "an agreement in <agreements>", nl: "een overeenkomst in <agreements>"),
        "participantRef": LocalizedText(en: "a party in <parties>", nl: "een partij in <parties>"),
        "actionOwnerRef": LocalizedText(en: "a party in <parties>", nl: "een partij in <parties>"),
    ]

    /// What a key or unique constraint of the schemas holds apart, in both languages.
    static let uniques: [String: LocalizedText] = [
        "partyKey": LocalizedText(en: "more than one party has the id", nl: "meer dan één partij heeft het id"),
        "systemKey": LocalizedText(en: "more than one system has the id", nl: "meer dan één systeem heeft het id"),
        "agreementKey": LocalizedText(en: "more than one agreement has the id", nl: "meer dan één overeenkomst heeft het id"),
        "scenarioKey": LocalizedText(en: "more than one emergency scenario has the id", nl: "meer dan één noodsituatie heeft het id"),
        "matrixKey": LocalizedText(en: "more than one RACI matrix has the id", nl: "meer dan één RACI-matrix heeft het id"),
        "incidentKey": LocalizedText(en: "more than one incident has the id", nl: "meer dan één incident heeft het id"),
        "activityKey": LocalizedText(en: "more than one activity in this matrix has the id", nl: "meer dan één activiteit in deze matrix heeft het id"),
        "priorityKey": LocalizedText(en: "more than one priority in this agreement is named", nl: "meer dan één prioriteit in deze overeenkomst heet"),
        "assignmentPartyUnique": LocalizedText(en: "this activity gives more than one role to the party", nl: "deze activiteit geeft meer dan één rol aan de partij"),
        "coveredSystemUnique": LocalizedText(en: "this agreement lists more than once the system", nl: "deze overeenkomst noemt meer dan eens het systeem"),
        "holidayDateUnique": LocalizedText(en: "more than one public holiday falls on", nl: "meer dan één feestdag valt op"),
        "workingDayDateUnique": LocalizedText(en: "more than one working day falls on", nl: "meer dan één werkdag valt op"),
    ]
}

extension SchemaProblem.Place {
    /// "<start>: " or "<window> attribute 'from': ".
    func words(_ w: Wording) -> String {
        "<\(element)>" + (attribute.map { w(" attribute '\($0)'", " attribuut '\($0)'") } ?? "") + ": "
    }
}
