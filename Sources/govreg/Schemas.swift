import ArgumentParser
import GovernanceRegister

extension Govreg {
    struct Schemas: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schemas",
            abstract: "Write the XSD files a vendor needs to check an agreement file with any XSD tool.",
            discussion: """
            Writes agreement.xsd, register.xsd and xml.xsd (which both import) into the folder, \
            creating it if needed: the schemas built into this govreg, the ones it validates \
            with. Side by side they load from any folder, without the network. A file already \
            there with other content is kept unless --force; one with the same content is left \
            as it is.

            Examples:
              govreg schemas --output schemas
              govreg schemas --output schemas --force

            Then check an agreement file with xmllint (or any XSD tool):
              xmllint --noout --schema schemas/agreement.xsd agreement.xml
            """
        )

        @Option(help: ArgumentHelp("The folder to write the schema files to (created if needed).", valueName: "folder"))
        var output: String

        @Flag(help: "Replace schema files in the folder that have other content.")
        var force = false

        @Option(help: "Language of messages: nl or en (default: your locale's).")
        var lang: Language?

        func run() throws {
            let w = Wording(lang ?? MessageLanguage.current())
            guard output != "-", !output.isEmpty else {
                throw GovregError.invalidOption(name: "--output", value: output, expected: LocalizedText(en: "the schemas are three files; give the folder to write them to, e.g. schemas", nl: "de schema's zijn drie bestanden; geef de map om ze in te schrijven, bijvoorbeeld schemas"))
            }
            for file in try PublishedSchemas.write(to: output, replacing: force) {
                let what = switch file.outcome {
                case .written: w("written", "geschreven")
                case .replaced: w("replaced", "vervangen")
                case .unchanged: w("unchanged, the same already", "ongewijzigd, was al gelijk")
                }
                say("\(file.path): \(what)")
            }
        }
    }
}
