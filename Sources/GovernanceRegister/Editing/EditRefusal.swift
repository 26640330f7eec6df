/// Why an edit by path was not made, in typed values; worded by `message(_:)`.
public enum EditRefusal: Error, Sendable, Equatable {
    /// The path could not be read.
    case unreadablePath(String)
    /// The schemas have no element `name` in the element at `within`.
    case unknownElement(String, within: String, known: [String])
    case unknownAttribute(String, of: String, known: [String])
    /// No element at `path`; `known` lists how the existing ones can be named.
    case noSuchElement(String, known: [String])
    /// Several elements fit; the path must say which.
    case ambiguous(String, count: Int, known: [String])
    /// The element holds other elements, not a value.
    case notAValue(String, parts: [String])
    case badValue(String, value: String, expected: LocalizedText)
    /// Adding one more is more than the schemas allow.
    case tooMany(String, maximum: Int)
    case exists(String)
    /// An added element lacks what the schemas require; `missing` as paths relative to it.
    case incomplete(String, missing: [String])
    /// A required attribute cannot be removed.
    case required(String)
    /// The last one of something the schemas require at least `minimum` of.
    case lastOne(String, minimum: Int)
    /// Other elements refer to it: each with its line.
    case referenced(String, by: [Reference])
    /// Renaming needs a key the schemas give the element.
    case noKey(String)
    case noPosition(String, count: Int)

    public struct Reference: Sendable, Equatable {
        public let line: Int
        public let path: String
    }

    /// 1 when the change would break the register (like an invalid result), 2 when the command
    /// itself cannot be carried out as given.
    var exitStatus: Int32 {
        switch self {
        case .referenced, .lastOne: 1
        default: 2
        }
    }

    /// The refusal in words, in `language`.
    public func words(in language: Language) -> String {
        message(Wording(language))
    }

    func message(_ w: Wording) -> String {
        func list(_ names: [String]) -> String { names.joined(separator: ", ") }
        switch self {
        case .unreadablePath(let text):
            return w("'\(text)' is not a path in the register; write it as parties/party[dossierhuis]/contact[1]/phone[1] or systems/system[his]/@criticality",
                     "'\(text)' is geen pad in het register; schrijf het als parties/party[dossierhuis]/contact[1]/phone[1] of systems/system[his]/@criticality")
        case let .unknownElement(name, within, known):
            let guess = NearestName.of(name, among: known).map { w("; did you mean \($0)?", "; bedoelt u \($0)?") }
            return w("<\(within)> has no part \(name)", "<\(within)> heeft geen onderdeel \(name)")
                + (guess ?? (known.isEmpty ? w("; it holds only a value", "; het bevat alleen een waarde") : w("; its parts are: ", "; de onderdelen zijn: ") + list(known)))
        case let .unknownAttribute(name, element, known):
            let guess = NearestName.of(name, among: known).map { w("; did you mean @\($0)?", "; bedoelt u @\($0)?") }
            return w("<\(element)> has no attribute \(name)", "<\(element)> heeft geen attribuut \(name)")
                + (guess ?? (known.isEmpty ? w("; it has no attributes", "; het heeft geen attributen") : w("; its attributes are: ", "; de attributen zijn: ") + list(known.map { "@" + $0 })))
        case let .noSuchElement(path, known):
            return w("the register has no \(path)", "het register heeft geen \(path)")
                + (known.isEmpty ? w("; add it first", "; voeg het eerst toe") : w("; there are: ", "; er zijn: ") + list(known))
        case let .ambiguous(path, count, known):
            return w("there are \(count) of \(path); say which, for example ", "er zijn er \(count) van \(path); zeg welke, bijvoorbeeld ") + list(known)
        case let .notAValue(path, parts):
            return w("\(path) holds other parts, not a value; name one of them: ", "\(path) bevat andere onderdelen, geen waarde; noem er een van: ") + list(parts)
        case let .badValue(path, value, expected):
            return w("\(path): '\(value)' is not valid; ", "\(path): '\(value)' is niet geldig; ") + expected.text(in: w.language)
        case let .tooMany(path, maximum):
            return w("\(path): at most \(maximum) are allowed, and there are \(maximum) already", "\(path): er mogen er hoogstens \(maximum) zijn, en die zijn er al")
        case .exists(let path):
            return w("the register already has \(path); change it, or choose another id", "het register heeft al \(path); wijzig dat, of kies een ander id")
        case let .incomplete(path, missing):
            return w("to add \(path), also give: ", "om \(path) toe te voegen, geef ook: ") + list(missing)
        case .required(let path):
            return w("\(path) is required and cannot be removed; give it another value instead", "\(path) is verplicht en kan niet weg; geef het een andere waarde")
        case let .lastOne(path, minimum):
            return minimum == 1
                ? w("\(path) is the last one and at least one is required; add another first", "\(path) is de laatste en er is er minstens één nodig; voeg eerst een ander toe")
                : w("\(path) cannot be removed: at least \(minimum) are required", "\(path) kan niet weg: er zijn er minstens \(minimum) nodig")
        case let .referenced(path, references):
            let places = references.map { w("line \($0.line) ", "regel \($0.line) ") + $0.path }
            return w("\(path) is still referred to, so it was not removed; first change or remove: ", "naar \(path) wordt nog verwezen, dus het is niet weggehaald; wijzig of verwijder eerst: ")
                + list(places)
        case .noKey(let path):
            return w("\(path) has no id to rename; set its value instead", "\(path) heeft geen id om te hernoemen; geef het een andere waarde")
        case let .noPosition(path, count):
            return w("\(path): choose a place from 1 to \(count)", "\(path): kies een plek van 1 tot en met \(count)")
        }
    }
}
