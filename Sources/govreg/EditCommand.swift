import ArgumentParser
import GovernanceRegister

/// Runs one change on a register as every editing command does: prints what happened, or why
/// nothing was written, and maps that to the exit status.
func performEdit(on path: String, options document: DocumentOptions, _ change: (RegisterEditor) throws(GovregError) -> String?) throws {
    let file = RegisterFile(path: path, options: ValidationOptions(maxSize: document.maxSize.bytes, asOf: document.asOf, language: document.lang))
    let outcome = try file.edit(change)
    outcome.warnings.forEach { printError($0.formatted) }
    report(outcome, of: file, wording: Wording(document.lang ?? outcome.language))
}

/// Prints what a saved edit did.
func report(_ outcome: RegisterFile.Outcome, of file: RegisterFile, wording w: Wording) {
    guard outcome.changed else {
        print("\(file.path): " + w("nothing to change", "niets te wijzigen"))
        return
    }
    print("\(file.path): " + (outcome.note ?? w("changed", "gewijzigd")))
    print(w("The previous version is in ", "De vorige versie staat in ") + file.backupPath)
}
