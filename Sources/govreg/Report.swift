import ArgumentParser
import Foundation
import GovernanceRegister

extension Govreg {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Write the report site: overview and warnings, RACI, agreements, reviews.",
            discussion: """
            The site is plain HTML in one folder: no scripts, no external files, readable on a \
            phone, and it prints on A4 with each agreement on a new page. Open index.html.

            Examples:
              govreg report Samples/registers/hospital.xml --output site
              govreg report Samples/registers/gp-practice.xml --output site \\
                  --as-of 2026-12-01 --lang en
            """
        )

        @Argument(help: "The register.")
        var register: String

        @Option(help: ArgumentHelp("The folder to write the site to (created if needed).", valueName: "folder"))
        var output: String

        @OptionGroup var document: DocumentOptions

        func run() throws {
            guard output != "-", !output.isEmpty else {
                throw GovregError.invalidOption(name: "--output", value: output, expected: LocalizedText(en: "a report site is a folder of pages; give the folder, e.g. site", nl: "een rapportsite is een map met pagina's; geef de map, bijvoorbeeld site"))
            }
            let (register, check) = try document.loadRegister(self.register)
            let today = document.today(for: .register(register))
            let site = ReportSite(register: register, diagnostics: check.diagnostics, today: today, wording: document.wording(for: check.document))
            try ReportOutput.writeSite(site.pages, to: output)
            say(URL(fileURLWithPath: output).appending(path: "index.html").path)
            if check.errorCount > 0 { throw ExitStatus.problemsFound }
        }
    }
}
