import GovernanceXML
import SafeFiles

/// A vendor's agreement file, checked and ready to import.
public struct AgreementFile {
    /// The agreement as the vendor wrote it.
    public let agreement: Agreement
    let element: XMLElementView

    /// Where the file is, as the user named it.
    let path: String

    /// Reads and checks a vendor agreement file: it must pass the schema and have no rule errors.
    public static func load(_ path: String, options: ValidationOptions) throws(GovregError) -> AgreementFile {
        // Read once: the same bytes are checked and then give the DOM the import copies from.
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(path, limit: options.maxSize)
        } catch {
            throw .file(error)
        }
        return try read(bytes, named: path, options: options)
    }

    /// Checks a vendor agreement file that is already in memory (one uploaded to govreg serve),
    /// with the same defences as a file read from disk.
    public static func read(_ bytes: [UInt8], named path: String, options: ValidationOptions) throws(GovregError) -> AgreementFile {
        let (check, tree) = GovernanceValidator(options: options).checkKeepingTree(bytes: bytes, path: path)
        if let failure = check.readFailure { throw failure }
        guard check.errorCount == 0 else { throw .invalidFile(path: path, diagnostics: check.diagnostics.filter { $0.severity == .error }) }
        guard case .agreement(let agreement) = check.document else { throw .wrongKind(path: path, expected: .agreement) }
        guard let root = tree?.root else { throw .notAGovregDocument(path: path) }
        return AgreementFile(agreement: agreement, element: root, path: path)
    }

    /// Checks that the register knows the vendor as a vendor, with a message that says how to fix it.
    func checkVendor(in register: Register) throws(GovregError) {
        guard let party = register.partiesByID[agreement.vendorID] else {
            throw .vendorMissing(id: agreement.vendorID)
        }
        guard party.kind == .vendor else {
            throw .vendorNotAVendor(id: agreement.vendorID, kind: party.kind)
        }
    }
}
