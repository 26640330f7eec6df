/// How strictly and as of when to check files.
public struct ValidationOptions: Sendable {
    /// The default input size cap: 64 MB.
    public static let defaultMaxSize = 64 * 1024 * 1024

    /// Files larger than this many bytes are refused before parsing.
    public var maxSize: Int
    /// The date that counts as today; `nil` for today in the register's time zone.
    public var asOf: CalendarDate?
    /// Treat warnings as errors.
    public var strict: Bool
    /// The language of messages; `nil` for the file's own `xml:lang`.
    public var language: Language?

    public init(maxSize: Int = ValidationOptions.defaultMaxSize, asOf: CalendarDate? = nil, strict: Bool = false, language: Language? = nil) {
        self.maxSize = min(max(maxSize, 0), Int(Int32.max))
        self.asOf = asOf
        self.strict = strict
        self.language = language
    }
}
