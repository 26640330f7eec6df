import GovernanceXML
import SafeFiles

/// A vendor's agreement file, checked and ready to import.
public struct AgreementFile {
    /// The agreement as the vendor wrote it.
    public let agreement: Agreement
    let element: XMLElementView

    /// Reads and checks a vendor agreement file: it must pass the schema and have no rule errors.
    public static func load(_ path: String, options: ValidationOptions) throws(EditError) -> AgreementFile {
        // Read once: the same bytes are checked and then give the DOM the import copies from. A file
        // that cannot be read goes through the validator's own reading, for its usual messages.
        let validator = GovernanceValidator(options: options)
        guard let bytes = try? InputFile.read(path, limit: options.maxSize) else {
            let check = validator.check(path: path)
            if let failure = check.readFailure { throw .cannotAccess(failure) }
            throw .invalidResult(check.diagnostics.filter { $0.severity == .error })
        }
        let check = validator.check(bytes: bytes, path: path)
        if let failure = check.readFailure { throw .cannotAccess(failure) }
        guard check.errorCount == 0 else { throw .invalidResult(check.diagnostics.filter { $0.severity == .error }) }
        guard case .agreement(let agreement) = check.document else {
            throw .refused("'\(path)' is not a vendor agreement file (its root element is not <agreement>)")
        }
        guard case .success(let document) = ParsedDocument.parse(bytes), let root = document.root else {
            throw .cannotAccess("cannot read '\(path)'")
        }
        return AgreementFile(agreement: agreement, element: root)
    }

    /// Checks that the register knows the vendor as a vendor, with a message that says how to fix it.
    func checkVendor(in register: Register) throws(EditError) {
        guard let party = register.partiesByID[agreement.vendorID] else {
            throw .refused("the agreement's vendor '\(agreement.vendorID)' is not a party in the register; add <party id=\"\(agreement.vendorID)\" kind=\"vendor\"> first")
        }
        guard party.kind == .vendor else {
            throw .refused("the agreement's vendor '\(agreement.vendorID)' is a party of kind \(party.kind.rawValue) in the register, not a vendor")
        }
    }
}
