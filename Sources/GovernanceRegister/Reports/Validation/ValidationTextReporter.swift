/// The formats `govreg validate` writes on standard output: a summary line per file as each is
/// checked (its problems go to standard error), or one JSON report of every file.
public enum ValidationFormat: String, Sendable, CaseIterable {
    case text, json

    /// The line for one file, in text output.
    public static var summary: any Reporter<FileCheck> { ValidationTextReporter() }

    /// The report of every file, in JSON output.
    public static var report: any Reporter<ValidationReport> { JSONReporter<ValidationReport>() }
}

/// The one-line summary `govreg validate` prints for each file, in the file's language.
struct ValidationTextReporter: Reporter {
    let format = OutputFormat.text

    func render(_ check: FileCheck, wording: Wording) -> String {
        ValidationTextReporter.line(for: check, wording: wording) + "\n"
    }

    static func line(for check: FileCheck, wording w: Wording) -> String {
        if check.readFailure != nil {
            return "\(check.path): " + w("not read", "niet gelezen")
        }
        let problems = w.count(check.errorCount, "error", "errors", "fout", "fouten") + ", "
            + w.count(check.warningCount, "warning", "warnings", "waarschuwing", "waarschuwingen")
        guard check.isValid else {
            return "\(check.path): " + w("invalid, ", "ongeldig, ") + problems
        }
        var text = "\(check.path): "
        switch check.document {
        case .register(let register):
            text += w("valid register (", "geldig register (") + [
                w.count(register.systems.count, "system", "systems", "systeem", "systemen"),
                w.count(register.agreements.count, "agreement", "agreements", "overeenkomst", "overeenkomsten"),
                w.count(register.matrices.count, "RACI matrix", "RACI matrices", "RACI-matrix", "RACI-matrices"),
            ].joined(separator: ", ") + ")"
        case .agreement(let agreement):
            text += w("valid agreement '\(agreement.id)'", "geldige overeenkomst '\(agreement.id)'")
        case nil:
            text += w("valid", "geldig")
        }
        return check.warningCount > 0 ? text + ", " + problems : text
    }
}
