import ArgumentParser
import GovernanceRegister

extension Govreg {
    struct Continuity: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "continuity",
            abstract: "Check that the agreements cover what the care needs when the IT goes down.",
            discussion: """
            Per system: the worst-case wall-clock time to restore a top-priority outage, from the \
            covering agreement's restore time and service hours (a 4-hour restore within Mon-Fri \
            08:00-17:00 that starts Friday 17:00 ends Monday 12:00, 67 hours later; public holidays \
            in the register count), held against the maximum downtime. Also: critical systems \
            without an agreement or without 24x7 service, escalation that reaches the vendor's \
            management too late, levels without a phone number, missing fallback procedures, drills \
            overdue, outages not evaluated; a worst case that follows what a system depends on; \
            24x7 service nobody can reach at night, backups that may not come back in time, and a \
            continuity plan that is not approved, misses an emergency or cannot communicate \
            without the network (govreg rules lists every check). Exit status 1 when there are errors.

            Examples:
              govreg continuity Samples/registers/gp-practice.xml
              govreg continuity Samples/registers/hospital.xml --format html \\
                  --output continuity.html
            """
        )

        @Argument(help: "The register.")
        var register: String

        @Option(help: "Output: text, markdown, html or json.")
        var format: ContinuityFormat = .text

        @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var output: String?

        @OptionGroup var document: DocumentOptions

        func run() throws {
            let (register, check) = try document.loadRegister(self.register)
            let wording = document.wording(for: check.document)
            let continuity = ContinuityCheck(register: register, today: document.today(for: .register(register)), check: check)
            try deliver(format.reporter.render(continuity, wording: wording), to: output, after: check)
            if continuity.errorCount > 0 { throw ExitStatus.problemsFound }
        }
    }

    struct Card: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "card",
            abstract: "Print the escalation card: per critical system, the fallback and whom to call.",
            discussion: """
            One A4 page per system: the fallback procedure, and whom to call in which order, after \
            how long, with every number and what it is for; the vendor's service hours, what to do \
            outside them and the customer number to quote; from the continuity plan, who does what, \
            the call tree, whom to inform and the channels that work without the network. A phone \
            list with every number of the register follows the cards. Print it; it is for when \
            every screen is dark. On a phone every number dials when tapped.

            Examples:
              govreg card Samples/registers/gp-practice.xml --output escalatiekaart.html
              govreg card Samples/registers/hospital.xml --system epd \\
                  --output epd-card.html
            """
        )

        @Argument(help: "The register.")
        var register: String

        @Option(help: ArgumentHelp("Only this system (by id), critical or not.", valueName: "id"))
        var system: String?

        @Option(help: ArgumentHelp("The HTML file to write.", valueName: "file"))
        var output: String

        @OptionGroup var document: DocumentOptions

        func run() throws {
            let (register, check) = try document.loadRegister(self.register)
            let cards = try EscalationCards(register: register, system: system, today: document.today(for: .register(register)))
            try deliver(CardFormat.html.reporter.render(cards, wording: document.wording(for: check.document)), to: output, after: check)
        }
    }
}
