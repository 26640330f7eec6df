import ArgumentParser
import GovernanceRegister

extension Govreg {
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: "Show what changed between two versions of a register or an agreement file.",
            discussion: """
            In words a contract manager reads ("P1 restore time: 4 hours -> 8 hours"). Like diff, \
            the exit status is 1 when they differ and 0 when they do not.

            Examples:
              govreg diff register.xml.bak register.xml
              govreg diff old-sla.xml new-sla.xml --format json
            """
        )

        @Argument(help: "The older version.")
        var old: String

        @Argument(help: "The newer version.")
        var new: String

        @Option(help: "Output: text or json.")
        var format: DiffFormat = .text

        @OptionGroup var document: DocumentOptions

        func run() throws {
            let before = try document.load(old)
            let after = try document.load(new)
            guard let oldDocument = before.document, let newDocument = after.document else { throw ExitStatus.problemsFound }
            let wording = document.wording(for: newDocument)
            let changes = ChangeList(from: oldDocument, to: newDocument, old: old, new: new)
            try ReportOutput.write(format.reporter.render(changes, wording: wording), to: "-")
            if !changes.isEmpty { throw ExitStatus.problemsFound }
        }
    }
}
