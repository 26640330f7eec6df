import ArgumentParser

extension Govreg {
    struct Agreement: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "agreement",
            abstract: "Add, change, remove or rename an agreement with a vendor, or write a template for one.",
            discussion: """
            Examples:
              govreg agreement template Samples/registers/hospital.xml \\
                  --vendor labwijzer --output labwijzer.xml
              govreg agreement change register.xml dvo-his-dossierhuis-2024 \\
                  --status suspended
            """,
            subcommands: [Add.self, Change.self, Remove.self, Rename.self, Template.self]
        )
    }
}
