import ArgumentParser
import GovernanceRegister

extension Govreg.Agreement {
    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "template",
            abstract: "Write an agreement file for a vendor to fill in, with the register's ids.",
            discussion: """
            The file holds the vendor party, the systems the agreement covers (the vendor's \
            systems in the register, or those --system names) and the internal owner of the \
            vendor's agreements, with comments in the register's language saying what to fill \
            in. What only the vendor knows is marked "(invullen)" or "(fill in)", and phone \
            numbers are +31 00 000 0000: govreg validate warns about each until it is filled in \
            (GR017). The file is valid against agreement.xsd as written, so the vendor can check \
            it with xmllint and the files govreg schemas writes.

            Examples:
              govreg agreement template Samples/registers/hospital.xml \\
                  --vendor labwijzer --output labwijzer.xml
              govreg agreement template Samples/registers/gp-practice.xml \\
                  --vendor dossierhuis --system his --system patientenapp
            """
        )

        @Argument(help: "The register.")
        var register: String

        @Option(help: ArgumentHelp("The vendor party the agreement is with.", valueName: "id"))
        var vendor: String

        @Option(help: ArgumentHelp("A system the agreement covers; repeat for more (default: every system of the vendor).", valueName: "id"))
        var system: [String] = []

        @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var output: String?

        @OptionGroup var document: DocumentOptions

        func run() throws {
            let (register, check) = try document.loadRegister(self.register)
            let template = try AgreementTemplate(register: register, vendor: vendor, systems: system, today: document.today(for: .register(register)), language: document.lang)
            try deliver(template.text, to: output, after: check)
        }
    }
}
