import ArgumentParser
import Foundation
import GovernanceRegister

/// govreg: the governance and agreements register for care organisations and their IT vendors.
///
/// Every command names itself (`commandName:`): without it the argument parser works the name out
/// of the type's name at run time, a search through every protocol conformance in the binary,
/// which cost three quarters of govreg's start-up.
@main
struct Govreg: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "govreg",
        abstract: "Keep the governance register between a care organisation and its IT vendors.",
        discussion: """
        Exit status: 0 done and nothing wrong found; 1 done and the input has errors; \
        2 could not do it (usage error, unreadable file).
        """,
        version: "0.1.0",
        subcommands: [Init.self, Validate.self, Edit.self, SetValue.self, AddPart.self, RemovePart.self, MovePart.self, RenamePart.self, OrganisationCommand.self, PartyCommand.self, ContactCommand.self, SystemCommand.self, DrillCommand.self, HolidayCommand.self, Holidays.self, Agreement.self, ServiceHoursCommand.self, PriorityCommand.self, EscalationCommand.self, SupplierCommand.self, IncidentCommand.self, Raci.self, Summary.self, Report.self, Reviews.self, Review.self, Continuity.self, Card.self, Import.self, Diff.self, Rules.self, Schemas.self, Serve.self, Sample.self]
    )

    /// Runs a command, mapping usage errors to exit status 2 as the brief's contract says.
    static func main() {
        AllocatorTuning.forLargeDocuments()
        if CommandLine.arguments.count == 1 {
            printError(helpMessage())
            Foundation.exit(2)
        }
        if let unknown = unknownCommand(CommandLine.arguments) {
            printError("govreg: error: " + unknown.message(in: MessageLanguage.current()))
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot()
            // A group such as `govreg sample` without its subcommand is a usage error, not a request for help.
            if !type(of: command).configuration.subcommands.isEmpty,
               !CommandLine.arguments.dropFirst().contains(where: { ["-h", "--help", "help", "--version"].contains($0) }) {
                printError(helpMessage(for: type(of: command)))
                Foundation.exit(2)
            }
            try command.run()
            try ReportOutput.finishStandardOutput()
        } catch let error as GovregError {
            fail(error)
        } catch let status as ExitCode {
            do { try ReportOutput.finishStandardOutput() } catch { fail(error) }
            Foundation.exit(status.rawValue)
        } catch {
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) }
            var message = fullMessage(for: error)
            if MessageLanguage.current() == .dutch { message = UsageTranslation.dutch(message) }
            printError(message)
            // Usage errors are "could not do it", as the brief's contract says.
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

extension Govreg {
    /// A first argument that is neither an option, a command nor a file, but a slip of the keyboard
    /// away from a command: `govreg validat x.xml`.
    static func unknownCommand(_ arguments: [String]) -> GovregError? {
        guard arguments.count > 1 else { return nil }
        let first = arguments[1]
        let names = configuration.subcommands.map { $0._commandName } + ["help"]
        guard !first.hasPrefix("-"), !names.contains(first), !FileManager.default.fileExists(atPath: first) else { return nil }
        return .unknownCommand(first, suggestion: NearestName.of(first, among: names))
    }
}

extension Govreg {
    /// The one place where a failure is worded and mapped to an exit status.
    static func fail(_ error: GovregError) -> Never {
        error.diagnostics.forEach { printError($0.formatted) }
        printError("govreg: error: " + error.message(in: MessageLanguage.current()))
        Foundation.exit(error.exitStatus)
    }
}

/// The exit statuses of every govreg command.
enum ExitStatus {
    static let problemsFound = ExitCode(1)
    static let couldNotRun = ExitCode(2)
}

/// Writes to standard error, with the controls that would reorder the line or drive the terminal
/// (from a register or a value typed) shown as `<U+202E>`.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((PlainText.visible(text) + "\n").utf8))
}

/// Prints a line for people to standard output, its controls shown as `printError` shows them.
func say(_ text: String, terminator: String = "\n") {
    print(PlainText.visible(text), terminator: terminator)
}
