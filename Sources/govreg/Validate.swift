import ArgumentParser
import GovernanceRegister

extension Govreg {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check registers and vendor agreement files against the XSD and govreg's rules.",
            discussion: """
            Registers and agreement files are told apart by their root element. Problems go to \
            standard error as FILE:LINE:COLUMN: error: [ID] message (or warning:); a summary line \
            per file goes to standard output. Exit status 0 when every file is valid, 1 when any \
            has errors, 2 when a file could not be read or the command line is wrong.

            Examples:
              govreg validate Samples/registers/hospital.xml
              govreg validate Samples/agreements/*.xml --format json
              cat agreement.xml | govreg validate -
            """
        )

        @Argument(help: "Register or vendor agreement files; - reads standard input.")
        var files: [String]

        @Option(help: "Output: text (summary on stdout, problems on stderr) or json (everything on stdout).")
        var format: ValidationFormat = .text

        @Flag(help: "Treat warnings as errors.")
        var strict = false

        @Option(name: .customLong("as-of"), help: ArgumentHelp("The date that counts as today, e.g. 2026-11-22 or 22-11-2026.", valueName: "date"), transform: ArgumentValue.date)
        var asOf: CalendarDate?

        @Option(name: .customLong("max-size"), parsing: .unconditional, help: ArgumentHelp("Refuse files larger than this: a size with its unit, KB, MB or GB (e.g. 500MB, 2GB).", valueName: "size"), transform: ArgumentValue.size)
        var maxSize = ByteCount(bytes: ValidationOptions.defaultMaxSize)

        @Option(help: "Language of messages: nl or en (default: each file's xml:lang).")
        var lang: Language?

        func run() throws {
            let validator = GovernanceValidator(options: ValidationOptions(maxSize: maxSize.bytes, asOf: asOf, strict: strict, language: lang))
            var checks: [FileCheck] = []
            for path in files {
                let check = validator.check(path: path)
                if format == .text {
                    // A file that could not be read declares no language: the run's is used.
                    let language = check.readFailure == nil ? check.language : lang ?? MessageLanguage.current()
                    if let failure = check.readFailure { printError("govreg: error: " + failure.message(in: language)) }
                    check.diagnostics.forEach { printError($0.formatted) }
                    print(ValidationFormat.summary.render(check, wording: Wording(language)), terminator: "")
                }
                // Keep what the report needs, not the model: memory stays flat over many files.
                checks.append(check.withoutDocument)
            }
            if format == .json {
                print(ValidationFormat.report.render(ValidationReport(checks), wording: Wording(lang ?? .english)), terminator: "")
            }
            if checks.contains(where: { $0.readFailure != nil }) { throw ExitStatus.couldNotRun }
            if !checks.allSatisfy(\.isValid) { throw ExitStatus.problemsFound }
        }
    }
}
