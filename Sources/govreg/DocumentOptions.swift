import Foundation
import ArgumentParser
import GovernanceRegister

/// The options every command that reads one register or agreement file shares.
struct DocumentOptions: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The date that counts as today, e.g. 2026-11-22 or 22-11-2026 (default: today in the register's time zone).", valueName: "date"), transform: ArgumentValue.date)
    var asOf: CalendarDate?

    @Option(help: "Output language: nl or en (default: the file's xml:lang).")
    var lang: Language?

    @Option(name: .customLong("max-size"), parsing: .unconditional, help: ArgumentHelp("Refuse files larger than this: a size with its unit, KB, MB or GB (e.g. 500MB, 2GB).", valueName: "size"), transform: ArgumentValue.size)
    var maxSize = ByteCount(bytes: ValidationOptions.defaultMaxSize)

    /// Reads and checks the file; prints its problems on standard error. Throws exit status 2 when
    /// it cannot be read and 1 when it does not pass the schema.
    func load(_ path: String) throws -> FileCheck {
        let check = GovernanceValidator(options: ValidationOptions(maxSize: maxSize.bytes, asOf: asOf, language: lang)).check(path: path)
        if let failure = check.readFailure { throw failure }
        check.diagnostics.forEach { printError($0.formatted) }
        guard check.document != nil else { throw ExitStatus.problemsFound }
        return check
    }

    /// Loads a register; an agreement file is a usage error for commands that need a whole register.
    func loadRegister(_ path: String) throws -> (Register, FileCheck) {
        let check = try load(path)
        guard case .register(let register) = check.document else { throw GovregError.wrongKind(path: path, expected: .register) }
        return (register, check)
    }

    /// The date that counts as today: --as-of, or today in the register's time zone.
    func today(for document: GovernanceDocument) -> CalendarDate {
        asOf ?? document.today()
    }

    /// When this run makes its output: now, or SOURCE_DATE_EPOCH (seconds since 1970) where it is
    /// set, the convention for output that must come out the same byte for byte.
    var madeAt: Date {
        ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Double.init).map(Date.init(timeIntervalSince1970:)) ?? Date()
    }

    func wording(for document: GovernanceDocument?) -> Wording {
        Wording(lang ?? document?.language ?? .english)
    }
}

/// Prints a report to standard output or writes it to `--output`; then exits 1 when the input had errors.
func deliver(_ text: String, to output: String?, after check: FileCheck) throws {
    try deliver(after: check) { try ReportOutput.write(text, to: output ?? "-", readFrom: check.path) }
}

/// The same for a file's bytes.
func deliver(_ bytes: [UInt8], to output: String?, after check: FileCheck) throws {
    try deliver(after: check) { try ReportOutput.write(bytes, to: output ?? "-", readFrom: check.path) }
}

private func deliver(after check: FileCheck, write: () throws -> Void) throws {
    // Standard output is written like any output, so a full disk or a closed pipe is an error
    // with exit status 2, not a crash.
    try ReportOutput.finishStandardOutput()
    try write()
    if check.errorCount > 0 { throw ExitStatus.problemsFound }
}
