/// The XML namespace of govreg files; the trailing number is the format version.
public enum GovernanceNamespace {
    public static let uri = "urn:govreg:register:1"
}
