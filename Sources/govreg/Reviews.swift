import ArgumentParser
import GovernanceRegister

extension Govreg {
    struct Reviews: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reviews",
            abstract: "List overdue and upcoming reviews, contract deadlines, drills, evaluations and actions.",
            discussion: """
            Most urgent first. Reviews are due one interval after the last one (quarterly unless \
            the agreement says otherwise), and tell how the vendor did on the incidents since \
            the last review; renewal decisions and notice deadlines are for the \
            current period, after any automatic renewals. The continuity plan adds its own review \
            and next training, each system with backups its next restore test, and every open \
            action from an evaluation its due date. Exit status 1 when anything is overdue, \
            so cron or CI can alert. --format ics writes a calendar to import into Outlook or \
            Google Calendar; importing it again updates the same events.

            Examples:
              govreg reviews Samples/registers/hospital.xml
              govreg reviews Samples/registers/hospital.xml --within 60 --format markdown
              govreg reviews Samples/registers/hospital.xml --format ics \\
                  --output govreg.ics
            """
        )

        @Argument(help: "The register.")
        var register: String

        @Option(parsing: .unconditional, help: ArgumentHelp("Reviews, drills and evaluations due within this many days count as due soon.", valueName: "days"), transform: ArgumentValue.days)
        var within = DueList.defaultWithin

        @Option(name: .customLong("deadlines-within"), parsing: .unconditional, help: ArgumentHelp("Renewal decisions and notice deadlines within this many days count as due soon.", valueName: "days"), transform: ArgumentValue.days)
        var deadlinesWithin = DueList.defaultDeadlinesWithin

        @Option(help: "Output: text, markdown, json or ics.")
        var format: ReviewsFormat = .text

        @Flag(help: "List items on schedule too (text and markdown).")
        var all = false

        @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var output: String?

        @OptionGroup var document: DocumentOptions

        func run() throws {
            let (register, check) = try document.loadRegister(self.register)
            let today = document.today(for: .register(register))
            let list = DueList(register: register, today: today, within: within, deadlinesWithin: deadlinesWithin)
            let reporter = format.reporter(all: all, version: Govreg.configuration.version, madeAt: document.madeAt)
            // Overdue items are what this command reports, so they set the exit status as errors do.
            let status = check.errorCount > 0 || !list.overdue.isEmpty
            try deliver(reporter.render(list, wording: document.wording(for: check.document)), to: output, after: check)
            if status { throw ExitStatus.problemsFound }
        }
    }
}
