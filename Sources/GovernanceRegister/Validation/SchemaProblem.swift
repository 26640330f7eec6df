import Foundation

/// What libxml2 found against the schema, read out of its message into typed values, so that the
/// words for people can say what to do ("write the date as YYYY-MM-DD") instead of libxml2's
/// ("'22-11-2026' is not a valid value of the atomic type 'Date'").
enum SchemaProblem: Equatable {
    /// A value that is not of its type at all.
    case invalidValue(Place, value: String, type: String)
    /// A value that does not match its type's pattern.
    case pattern(Place, value: String)
    /// A value that is not one of the allowed ones.
    case enumeration(Place, value: String, allowed: [String])
    /// Text that must not be empty is.
    case empty(Place)
    /// An element where another is expected: out of order, misspelt, or not in the schema.
    case unexpected(element: String, expected: [String])
    /// An element lacks a child element it must have.
    case missingChild(element: String, expected: [String])
    case missingAttribute(element: String, attribute: String)
    case attributeNotAllowed(element: String, attribute: String)
    /// Text inside an element that holds only elements.
    case textNotAllowed(element: String)
    /// Text inside an element that holds nothing, such as `<always>`.
    case contentNotAllowed(element: String)
    /// An element inside one that holds only a value (text).
    case elementNotAllowed(element: String)
    /// Two elements have the same key.
    case duplicateKey(element: String, constraint: String, value: String)
    /// A reference to a key that nothing has.
    case unknownReference(element: String, constraint: String, value: String)
    /// Anything else, in libxml2's words.
    case other(String)

    /// An element, or an attribute of one, where a value was found.
    struct Place: Equatable {
        let element: String
        let attribute: String?
    }

    private static let namespacePrefix = "{" + GovernanceNamespace.uri + "}"

    /// The problem libxml2 describes in `raw`.
    init(libxml2 raw: String) {
        let message = raw.replacingOccurrences(of: SchemaProblem.namespacePrefix, with: "")
            .replacingOccurrences(of: "{http://www.w3.org/XML/1998/namespace}", with: "xml:")
        guard let element = SchemaProblem.quoted(after: "Element '", in: message) else {
            self = .other(message)
            return
        }
        let attribute = SchemaProblem.quoted(after: "', attribute '", in: message)
        let place = Place(element: element, attribute: attribute)
        func names(after marker: String) -> [String] {
            guard let start = message.range(of: marker), let end = message[start.upperBound...].range(of: ")") else { return [] }
            return message[start.upperBound..<end.lowerBound].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        if let constraint = SchemaProblem.quoted(after: "of keyref '", in: message), let value = SchemaProblem.quoted(after: "key-sequence ['", in: message, closing: "']") {
            self = .unknownReference(element: element, constraint: constraint, value: value)
        } else if let constraint = SchemaProblem.quoted(after: "identity-constraint '", in: message), let value = SchemaProblem.quoted(after: "key-sequence ['", in: message, closing: "']") {
            self = .duplicateKey(element: element, constraint: constraint, value: value)
        } else if message.contains("[facet 'enumeration']"), let value = SchemaProblem.quoted(after: "The value '", in: message) {
            let set = message.range(of: "set {").map { String(message[$0.upperBound...].prefix { $0 != "}" }) } ?? ""
            self = .enumeration(place, value: value, allowed: set.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " '")) })
        } else if message.contains("[facet 'minLength']") || (message.contains("[facet 'pattern']") && message.contains("The value ''")) {
            self = .empty(place)
        } else if message.contains("[facet 'pattern']"), let value = SchemaProblem.quoted(after: "The value '", in: message) {
            self = .pattern(place, value: value)
        } else if message.contains("is not a valid value of the"), let value = SchemaProblem.quoted(after: attribute == nil ? "': '" : "': '", in: message) {
            let type = SchemaProblem.quoted(after: "type '", in: message) ?? ""
            self = .invalidValue(place, value: value, type: String(type.split(separator: ":").last ?? Substring(type)))
        } else if message.contains("This element is not expected") {
            self = .unexpected(element: element, expected: names(after: "Expected is one of (") + names(after: "Expected is ("))
        } else if message.contains("Missing child element(s)") {
            self = .missingChild(element: element, expected: names(after: "Expected is one of (") + names(after: "Expected is ("))
        } else if message.contains("is required but missing"), let name = SchemaProblem.quoted(after: "The attribute '", in: message) {
            self = .missingAttribute(element: element, attribute: name)
        } else if message.contains("is not allowed."), let attribute {
            self = .attributeNotAllowed(element: element, attribute: attribute)
        } else if message.contains("Character content other than whitespace is not allowed") {
            self = .textNotAllowed(element: element)
        } else if message.contains("Character content is not allowed, because the content type is empty") {
            self = .contentNotAllowed(element: element)
        } else if message.contains("Element content is not allowed, because the type definition is simple") {
            self = .elementNotAllowed(element: element)
        } else {
            self = .other(message)
        }
    }

    private static func quoted(after marker: String, in text: String, closing: String = "'") -> String? {
        guard let start = text.range(of: marker) else { return nil }
        let rest = text[start.upperBound...]
        guard let end = rest.range(of: closing) else { return nil }
        return String(rest[..<end.lowerBound])
    }
}
