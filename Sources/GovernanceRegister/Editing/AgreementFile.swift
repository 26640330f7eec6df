/// A vendor's agreement file, checked and ready to import.
public struct AgreementFile {
    /// The agreement as the vendor wrote it.
    public let agreement: Agreement
    let element: XMLElementView

    /// Reads and checks a vendor agreement file: it must pass the schema and have no rule errors.
    public static func load(_ path: String, options: ValidationOptions) throws(EditError) -> AgreementFile {
        let check = GovernanceValidator(options: options).check(path: path)
        if let failure = check.readFailure { throw .cannotAccess(failure) }
        guard check.errorCount == 0 else { throw .invalidResult(check.diagnostics.filter { $0.severity == .error }) }
        guard case .agreement(let agreement) = check.document else {
            throw .refused("'\(path)' is not a vendor agreement file (its root element is not <agreement>)")
        }
        // The file passed; parse it once more for its DOM, which the import copies from.
        guard case .success(let bytes) = FileReader.read(path, limit: options.maxSize),
              case .success(let document) = XMLDocument.parse(bytes), let root = document.root
        else { throw .cannotAccess("cannot read '\(path)' again") }
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
