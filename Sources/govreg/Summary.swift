import ArgumentParser
import Foundation
import GovernanceRegister

extension Govreg {
    struct Summary: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "summary",
            abstract: "Summarise agreements: term and deadlines, SLA, escalation path, incidents, reviews, RACI.",
            discussion: """
            Works on a register (every agreement, or one with --agreement) and on a vendor \
            agreement file. Deadlines and review states are worked out for today, or --as-of. \
            In a register each agreement also gets its incidents measured as the SLA counts \
            them (response and restore in service time, from the report) beside the care's own \
            measure (how long the care was really without the system, against its maximum \
            downtime), and a scorecard per quarter for the review meeting.

            Examples:
              govreg summary Samples/registers/hospital.xml \\
                  --agreement sla-lis-labwijzer-2023
              govreg summary Samples/agreements/lab-systeem.xml --format html \\
                  --output lab.html
              govreg summary Samples/registers/hospital.xml --format docx \\
                  --output overeenkomsten.docx
            """
        )

        @Argument(help: "A register or a vendor agreement file.")
        var file: String

        @Option(help: ArgumentHelp("Summarise only this agreement.", valueName: "id"))
        var agreement: String?

        @Option(help: "Output: markdown, html, json or docx (a Word document; with --output or into a pipe).")
        var format: SummaryFormat = .markdown

        @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var output: String?

        @OptionGroup var document: DocumentOptions

        func run() throws {
            if !format.isText, output == nil, isatty(STDOUT_FILENO) == 1 { throw GovregError.notForTerminal(format: format.rawValue) }
            let check = try document.load(file)
            guard let loaded = check.document else { throw ExitStatus.problemsFound }
            let today = document.today(for: loaded)
            let summaries = try AgreementSummaries(loaded, agreement: agreement, today: today)
            try deliver(format.render(summaries, wording: document.wording(for: loaded)), to: output, after: check)
        }
    }
}
