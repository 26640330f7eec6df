import ArgumentParser
import GovernanceRegister

extension Govreg {
    struct Summary: ParsableCommand {
        static let configuration = CommandConfiguration(
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
            """
        )

        @Argument(help: "A register or a vendor agreement file.")
        var file: String

        @Option(help: ArgumentHelp("Summarise only this agreement.", valueName: "id"))
        var agreement: String?

        @Option(help: "Output: markdown, html or json.")
        var format: SummaryFormat = .markdown

        @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var output: String?

        @OptionGroup var document: DocumentOptions

        func run() throws {
            let check = try document.load(file)
            guard let loaded = check.document else { throw ExitStatus.problemsFound }
            let today = document.today(for: loaded)
            let summaries = try AgreementSummaries(loaded, agreement: agreement, today: today)
            try deliver(format.reporter.render(summaries, wording: document.wording(for: loaded)), to: output, after: check)
        }
    }
}
