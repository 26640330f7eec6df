import ArgumentParser
import GovernanceRegister

extension Govreg {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Add a vendor's agreement file to the register, or replace the agreement it updates.",
            discussion: """
            The vendor file must be valid and its vendor a vendor party in the register. With \
            --replace, an agreement with the same id is replaced and the changes are listed. The \
            register is written only if it stays valid; the previous version is kept as REGISTER.bak.

            Examples:
              govreg import register.xml Samples/agreements/lab-systeem.xml
              govreg import register.xml new-sla.xml --replace
            """
        )

        @Argument(help: "The register.")
        var register: String

        @Argument(help: "The vendor's agreement file.")
        var agreementFile: String

        @Flag(help: "Replace an agreement with the same id.")
        var replace = false

        @OptionGroup var edit: EditOptions

        var document: DocumentOptions { edit.document }

        func run() throws {
            let options = ValidationOptions(maxSize: document.maxSize.bytes, asOf: document.asOf, language: document.lang)
            let file = try AgreementFile.load(agreementFile, options: options)
            try performEdit(on: register, options: edit) { editor throws(GovregError) in
                let w = Wording(document.lang ?? editor.language)
                let imported = try editor.importAgreement(file, replace: replace)
                guard let old = imported.replaced else {
                    return w("agreement \(file.agreement.id) added", "overeenkomst \(file.agreement.id) toegevoegd")
                }
                let changes = ChangeList(from: .agreement(old), to: .agreement(imported.result))
                return w("agreement \(file.agreement.id) replaced", "overeenkomst \(file.agreement.id) vervangen")
                    + (changes.isEmpty ? "" : ":\n" + changes.changes(in: w.language).map { "  - " + $0.line }.joined(separator: "\n"))
            }
        }
    }
}
