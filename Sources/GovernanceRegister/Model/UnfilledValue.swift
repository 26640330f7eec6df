/// A value in a register or agreement file that is still a placeholder ("(invullen)",
/// +31 00 000 0000), where it is, and the elements it is in, so that it can be named in words.
public struct UnfilledValue: Sendable {
    /// One element on the way from the top of the file down to the value, with what tells it
    /// apart from its siblings.
    public struct Step: Sendable, Equatable {
        /// The element's local name: party, contact, phone.
        public let element: String
        /// Its `id`, `name` (of a priority) or `date` attribute, if it has one.
        public let key: Key?
        /// Where it stands among its siblings of the same name, 1-based, and how many there are.
        public let position: Int
        public let namesakes: Int

        public enum Key: Sendable, Equatable {
            case id(String)
            case name(String)
            case date(String)
        }
    }

    /// The elements from the root's child down to the value's element (for an agreement file,
    /// from the root itself).
    public let path: [Step]
    /// The attribute that holds the value; nil when the value is the element's text.
    public let attribute: String?
    public let value: String
    public let kind: Placeholder.Kind
    /// The start tag of the value's element.
    public let location: SourceLocation
}
