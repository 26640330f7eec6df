import ArgumentParser
import GovernanceRegister

/// Runs one change on a register as every editing command does: prints what happened, or why
/// nothing was written, and maps that to the exit status.
func performEdit(on path: String, options: EditOptions, _ change: (RegisterEditor) throws(GovregError) -> String?) throws {
    let document = options.document
    let file = RegisterFile(path: path, options: ValidationOptions(maxSize: document.maxSize.bytes, asOf: document.asOf, language: document.lang))
    let outcome = try file.edit(dryRun: options.dryRun, change)
    outcome.warnings.forEach { printError($0.formatted) }
    report(outcome, of: file, wording: Wording(document.lang ?? outcome.language))
}

/// Prints what an edit did, or would do on a dry run.
func report(_ outcome: RegisterFile.Outcome, of file: RegisterFile, wording w: Wording) {
    guard outcome.changed else {
        say("\(file.path): " + w("nothing to change", "niets te wijzigen"))
        return
    }
    guard outcome.written else {
        say("\(file.path): " + w("would change; this was a dry run, nothing was written", "zou wijzigen; dit was een proefdraai, er is niets geschreven"))
        say("  - " + (outcome.note ?? ""))
        return
    }
    say("\(file.path): " + (outcome.note ?? w("changed", "gewijzigd")))
    say(w("The previous version is in ", "De vorige versie staat in ") + file.backupPath)
}

/// The options every command that changes a register by path shares.
struct EditOptions: ParsableArguments {
    @Flag(name: .customLong("dry-run"), help: "Show what would change and write nothing.")
    var dryRun = false

    @OptionGroup var document: DocumentOptions
}

/// One change to a part of the register, as the named commands make them: a value to set (an
/// empty value removes an optional part on change), a part that must be there (`<always/>`), the
/// namesakes beyond the first few to take away (when a list is given anew), or a part to remove.
enum FieldChange {
    case set(ElementPath, String)
    /// A value set in a part named by key, made if it is not there (a RACI cell).
    case setCreating(ElementPath, String)
    case create(ElementPath)
    case keepFirst(Int, String, in: ElementPath)
    case remove(ElementPath)
}

/// Runs edits by path on a register: prints what changed in words (as diff does), or why nothing
/// was written, and maps that to the exit status.
func performSchemaEdit(on path: String, options: EditOptions, _ change: (inout SchemaEditor) throws(GovregError) -> Void) throws {
    let document = options.document
    let file = RegisterFile(path: path, options: ValidationOptions(maxSize: document.maxSize.bytes, asOf: document.asOf, language: document.lang))
    var ownWords = false
    let outcome = try file.edit(dryRun: options.dryRun) { editor throws(GovregError) in
        var schema = try editor.schemaEditor()
        try change(&schema)
        let language = document.lang ?? editor.language
        ownWords = schema.reordered
        return schema.changes.map { $0.text(in: language) }.joined(separator: "\n")
    }
    outcome.warnings.forEach { printError($0.formatted) }
    let w = Wording(document.lang ?? outcome.language)
    guard outcome.changed else {
        say("\(file.path): " + w("nothing to change", "niets te wijzigen"))
        return
    }
    say("\(file.path): " + (outcome.written ? w("changed", "gewijzigd")
                                               : w("would change as below; this was a dry run, nothing was written", "zou wijzigen zoals hieronder; dit was een proefdraai, er is niets geschreven")))
    let inWords = ownWords ? [] : outcome.changes?.changes(in: w.language).map(\.line) ?? []
    let lines = inWords.isEmpty ? (outcome.note ?? "").split(separator: "\n").map(String.init) : inWords
    lines.forEach { say("  - " + $0) }
    if outcome.written { say(w("The previous version is in ", "De vorige versie staat in ") + file.backupPath) }
}

/// A path as the user wrote it, or the reason it cannot be read.
func elementPath(_ text: String) throws(GovregError) -> ElementPath {
    do {
        return try ElementPath(text)
    } catch {
        throw .edit(.unreadablePath(text))
    }
}

extension SchemaEditor {
    /// Applies named-command changes inside the element at `base`, in order.
    mutating func apply(_ changes: [FieldChange], at base: ElementPath) throws(GovregError) {
        for change in changes {
            switch change {
            case let .set(field, value) where value.isEmpty:
                let path = base.appending(field)
                if contains(path) { try remove(path) }
            case let .set(field, value):
                try set(base.appending(field), to: value)
            case let .setCreating(field, value):
                try setCreating(base.appending(field), to: value)
            case .create(let field):
                try set(base.appending(field), to: "")
            case let .keepFirst(count, name, parent):
                let container = base.appending(parent)
                while contains(container.appending(ElementPath.Step(name, .position(count + 1)))) {
                    try remove(container.appending(ElementPath.Step(name, .position(count + 1))))
                }
            case .remove(let field):
                let path = base.appending(field)
                if contains(path) { try remove(path) }
            }
        }
    }

    /// Adds the element at `path` with the values of `changes` (those that give something).
    mutating func add(_ path: ElementPath, _ changes: [FieldChange]) throws(GovregError) {
        let fields = changes.compactMap { change -> (ElementPath, String)? in
            switch change {
            case let .set(field, value) where !value.isEmpty: (field, value)
            case let .setCreating(field, value): (field, value)
            case .create(let field): (field, "")
            default: nil
            }
        }
        try add(path, fields: fields)
    }
}
