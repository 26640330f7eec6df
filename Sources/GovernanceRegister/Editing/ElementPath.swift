import Foundation

/// A place in a register, written as people point at it: the elements from the root down, each
/// picked by its id (or other key the schemas give it), by its name, or by its number among its
/// namesakes, and optionally one attribute at the end:
///
///     parties/party[dossierhuis]/contact[2]/phone[1]
///     agreements/agreement[dvo-his]/serviceLevels/priority[P1]/restoreTime
///     systems/system[his]/@criticality
///     parties/party[dossierhuis]/contact[Servicedesk Dossierhuis]
///     systems/system[his]/drills/drill[@date=2026-04-09]
///
/// Which attribute is an element's key comes from the schemas' `xs:key` and `xs:unique`, so the
/// path follows them: `holiday[2026-12-25]`, `assignment[ict]`.
public struct ElementPath: Sendable, Hashable, CustomStringConvertible {
    public struct Step: Sendable, Hashable {
        public enum Selector: Sendable, Hashable {
            /// The element's key (id, date, name), or the text of its `name` child.
            case key(String)
            /// The n-th element of this name, from 1.
            case position(Int)
            /// The element whose attribute has this value (`drill[@date=2026-04-09]`).
            case attribute(String, String)
        }

        public let name: String
        public let selector: Selector?

        public init(_ name: String, _ selector: Selector? = nil) {
            self.name = name
            self.selector = selector
        }

        var written: String {
            switch selector {
            case .key(let key): "\(name)[\(key)]"
            case .position(let number): "\(name)[\(number)]"
            case let .attribute(attribute, value): "\(name)[@\(attribute)=\(value)]"
            case nil: name
            }
        }
    }

    public let steps: [Step]
    /// The attribute the path ends in, if any.
    public let attribute: String?

    public init(steps: [Step], attribute: String? = nil) {
        self.steps = steps
        self.attribute = attribute
    }

    public var description: String {
        (steps.map(\.written) + (attribute.map { ["@" + $0] } ?? [])).joined(separator: "/")
    }

    /// The path to the element the attribute belongs to (itself when it names an element).
    public var element: ElementPath { ElementPath(steps: steps) }

    /// This path followed by `other`.
    public func appending(_ other: ElementPath) -> ElementPath {
        ElementPath(steps: steps + other.steps, attribute: other.attribute)
    }

    public func appending(_ step: Step) -> ElementPath {
        ElementPath(steps: steps + [step])
    }

    /// The path without its last step.
    public var parent: ElementPath { ElementPath(steps: Array(steps.dropLast())) }

    /// Why a written path cannot be read.
    public struct Unreadable: Error, Sendable, Equatable {
        public let text: String
    }

    /// Reads a path as written; a leading "/" or "register/" is allowed. Brackets may hold any text
    /// but "]" (a contact's name with a "/" in it, say).
    public init(_ text: String) throws(Unreadable) {
        var steps: [Step] = []
        var attribute: String?
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        if rest.hasPrefix("/") { rest = rest.dropFirst() }
        if rest == "register" || rest.hasPrefix("register/") { rest = rest.dropFirst("register".count).drop { $0 == "/" } }
        while !rest.isEmpty {
            guard attribute == nil else { throw Unreadable(text: text) }
            if rest.hasPrefix("@") {
                let name = rest.dropFirst().prefix { $0 != "/" }
                guard ElementPath.isName(name) else { throw Unreadable(text: text) }
                attribute = String(name)
                rest = rest.dropFirst(name.count + 1)
            } else {
                let name = rest.prefix { $0 != "/" && $0 != "[" && $0 != "@" }
                guard ElementPath.isName(name) else { throw Unreadable(text: text) }
                rest = rest.dropFirst(name.count)
                var selector: Step.Selector?
                if rest.hasPrefix("[") {
                    guard let close = rest.firstIndex(of: "]") else { throw Unreadable(text: text) }
                    let inside = rest[rest.index(after: rest.startIndex)..<close].trimmingCharacters(in: .whitespaces)
                    guard !inside.isEmpty else { throw Unreadable(text: text) }
                    if inside.hasPrefix("@"), let equals = inside.firstIndex(of: "=") {
                        let attribute = inside[inside.index(after: inside.startIndex)..<equals]
                        guard ElementPath.isName(attribute) else { throw Unreadable(text: text) }
                        selector = .attribute(String(attribute), inside[inside.index(after: equals)...].trimmingCharacters(in: .whitespaces))
                    } else if let number = Int(inside), inside.allSatisfy(\.isNumber) {
                        guard number >= 1 else { throw Unreadable(text: text) }
                        selector = .position(number)
                    } else {
                        selector = .key(inside)
                    }
                    rest = rest[rest.index(after: close)...]
                }
                steps.append(Step(String(name), selector))
            }
            if rest.hasPrefix("/") {
                rest = rest.dropFirst()
                guard !rest.isEmpty else { throw Unreadable(text: text) }
            } else if !rest.isEmpty, !rest.hasPrefix("@") {
                throw Unreadable(text: text)
            }
        }
        guard !steps.isEmpty || attribute != nil else { throw Unreadable(text: text) }
        self.init(steps: steps, attribute: attribute)
    }

    /// The order of keys as people sort them: numbers within them by value (P2 before P10).
    static func keyOrder(_ first: String, _ second: String) -> Bool {
        first.compare(second, options: [.numeric, .caseInsensitive]) == .orderedAscending
    }

    private static func isName(_ text: Substring) -> Bool {
        guard let first = text.first, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || "_-.:".contains($0) }
    }
}
