import GovernanceXML
import SafeFiles

/// The schema files a vendor needs to check an agreement file with any XSD tool, exactly as built
/// into govreg: agreement.xsd, register.xsd (which includes it) and xml.xsd (which both import,
/// so that no tool needs the network). Written side by side, they load from any folder.
public enum PublishedSchemas {
    /// The file names, in the order they are written.
    public static var names: [String] {
        GovregSchemas.publishedTexts.keys.sorted()
    }

    /// One file written, or left as it was.
    public struct Written: Sendable, Equatable {
        public enum Outcome: Sendable, Equatable {
            /// It was not there, and now is.
            case written
            /// It was there with other content, and is replaced.
            case replaced
            /// It was there with the same content already: not touched.
            case unchanged
        }

        /// The file: the folder as it was named, and the file's name.
        public let path: String
        public let outcome: Outcome
    }

    /// Writes the schema files into `folder` (created where it is missing). A file there with
    /// other content is refused, and nothing written, unless `replacing`.
    public static func write(to folder: String, replacing: Bool) throws(GovregError) -> [Written] {
        let files = names.map { (name: $0, bytes: Array((GovregSchemas.publishedTexts[$0] ?? "").utf8)) }
        do {
            let outcomes = try FolderFiles.write(files, into: folder, replacing: replacing)
            return zip(names, outcomes).map { name, outcome in
                let shown: Written.Outcome = switch outcome {
                case .written: .written
                case .replaced: .replaced
                case .unchanged: .unchanged
                }
                return Written(path: folder.hasSuffix("/") ? folder + name : folder + "/" + name, outcome: shown)
            }
        } catch {
            throw .file(error)
        }
    }
}
