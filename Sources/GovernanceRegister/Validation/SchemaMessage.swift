import Foundation

/// Turns libxml2's schema messages into messages a contract manager can act on.
enum SchemaMessage {
    private static let namespacePrefix = "{" + GovernanceNamespace.uri + "}"

    /// What an identity constraint of the schemas is about, in both languages.
    private static let references: [String: LocalizedText] = [
        "systemVendorRef": LocalizedText(en: "a party in <parties>", nl: "een partij in <parties>"),
        "agreementVendorRef": LocalizedText(en: "a party in <parties>", nl: "een partij in <parties>"),
        "agreementOwnerRef": LocalizedText(en: "a party in <parties>", nl: "een partij in <parties>"),
        "escalationCounterpartRef": LocalizedText(en: "a party in <parties>", nl: "een partij in <parties>"),
        "assignmentPartyRef": LocalizedText(en: "a party in <parties>", nl: "een partij in <parties>"),
        "agreementSystemRef": LocalizedText(en: "a system in <systems>", nl: "een systeem in <systems>"),
        "incidentSystemRef": LocalizedText(en: "a system in <systems>", nl: "een systeem in <systems>"),
        "escalationPriorityRef": LocalizedText(en: "a priority of this agreement's <serviceLevels>", nl: "een prioriteit in <serviceLevels> van deze overeenkomst"),
    ]

    private static let uniques: [String: LocalizedText] = [
        "partyKey": LocalizedText(en: "more than one party has the id", nl: "meer dan één partij heeft het id"),
        "systemKey": LocalizedText(en: "more than one system has the id", nl: "meer dan één systeem heeft het id"),
        "agreementKey": LocalizedText(en: "more than one agreement has the id", nl: "meer dan één overeenkomst heeft het id"),
        "matrixKey": LocalizedText(en: "more than one RACI matrix has the id", nl: "meer dan één RACI-matrix heeft het id"),
        "incidentKey": LocalizedText(en: "more than one incident has the id", nl: "meer dan één incident heeft het id"),
        "activityKey": LocalizedText(en: "more than one activity in this matrix has the id", nl: "meer dan één activiteit in deze matrix heeft het id"),
        "priorityKey": LocalizedText(en: "more than one priority in this agreement is named", nl: "meer dan één prioriteit in deze overeenkomst heet"),
        "assignmentPartyUnique": LocalizedText(en: "this activity gives more than one role to the party", nl: "deze activiteit geeft meer dan één rol aan de partij"),
        "coveredSystemUnique": LocalizedText(en: "this agreement lists more than once the system", nl: "deze overeenkomst noemt meer dan eens het systeem"),
        "holidayDateUnique": LocalizedText(en: "more than one public holiday falls on", nl: "meer dan één feestdag valt op"),
    ]

    static func friendly(_ raw: String, language: Language) -> String {
        let message = raw.replacingOccurrences(of: namespacePrefix, with: "")
        if let constraint = quoted(after: "of keyref '", in: message), let target = references[constraint],
           let value = quoted(after: "key-sequence ['", in: message, closing: "']") {
            return elementPrefix(message) + LocalizedText(
                en: "'\(value)' is not the id of \(target.english); add it there or correct the reference",
                nl: "'\(value)' is niet het id van \(target.dutch); voeg het daar toe of verbeter de verwijzing"
            ).text(in: language)
        }
        if let constraint = quoted(after: "identity-constraint '", in: message), let what = uniques[constraint],
           let value = quoted(after: "key-sequence ['", in: message, closing: "']") {
            return elementPrefix(message) + LocalizedText(
                en: "\(what.english) '\(value)'; make it unique",
                nl: "\(what.dutch) '\(value)'; maak het uniek"
            ).text(in: language)
        }
        // Other messages: "Element 'x': ..." becomes "<x>: ...", "Element 'x', attribute 'y': ..." "<x> attribute 'y': ...".
        if message.hasPrefix("Element '"), let name = quoted(after: "Element '", in: message) {
            let rest = message.dropFirst("Element '".count + name.count + 1)
            return "<\(name)>" + (rest.hasPrefix(",") ? String(rest.dropFirst()) : String(rest))
        }
        return message
    }

    /// "<name>: " from libxml2's "Element 'name': ...".
    private static func elementPrefix(_ message: String) -> String {
        quoted(after: "Element '", in: message).map { "<\($0)>: " } ?? ""
    }

    private static func quoted(after marker: String, in text: String, closing: String = "'") -> String? {
        guard let start = text.range(of: marker) else { return nil }
        let rest = text[start.upperBound...]
        guard let end = rest.range(of: closing) else { return nil }
        return String(rest[..<end.lowerBound])
    }
}

