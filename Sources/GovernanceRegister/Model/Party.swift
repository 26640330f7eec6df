/// An internal role or department, an external vendor, or an outside party the continuity plan
/// informs: a care partner, an authority, the patients.
public struct Party: Sendable {
    public enum Kind: String, Sendable, Codable {
        case `internal`
        case vendor
        /// A hospital, pharmacy or out-of-hours GP post care goes on with.
        case carePartner = "care-partner"
        /// IGJ, the Dutch Data Protection Authority, Z-CERT.
        case authority
        /// The patients, reached by website or phone menu.
        case patients
    }

    public var id: String
    public var kind: Kind
    public var name: String
    public var description: String?
    public var contacts: [Contact]
    public var location: SourceLocation
}

/// A person or function to reach, with phone numbers and e-mail addresses.
public struct Contact: Sendable {
    public struct Phone: Sendable, Hashable {
        public var number: String
        /// office, mobile, out-of-hours or emergency.
        public var use: String?
    }

    public var name: String
    public var role: String?
    public var phones: [Phone]
    public var emails: [String]
    public var reachable24x7: Bool
    public var location: SourceLocation
}
