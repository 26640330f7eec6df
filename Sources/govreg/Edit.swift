import ArgumentParser
import Foundation
import GovernanceRegister

extension Govreg {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Edit the register in your editor; it is saved only if it is valid.",
            discussion: """
            Opens $VISUAL or $EDITOR on a copy of the register and checks the copy when the editor \
            closes. If it has errors, they are shown and you choose to edit again or discard; an \
            invalid register is never saved. The register is locked while you edit. Needs a \
            terminal: in scripts use review record, raci assign or import.

            Examples:
              govreg edit register.xml
              EDITOR=nano govreg edit register.xml
            """
        )

        @Argument(help: "The register.")
        var register: String

        @OptionGroup var document: DocumentOptions

        func run() throws {
            guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw GovregError.needsTerminal(command: "edit") }
            let environment = ProcessInfo.processInfo.environment
            let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
            let file = RegisterFile(path: register, options: ValidationOptions(maxSize: document.maxSize.bytes, asOf: document.asOf, language: document.lang))
            let session = try file.beginEditing()
            defer { session.close() }
            let copy = try EditCopy(of: register, bytes: session.original)
            defer { copy.remove() }
            let w = Wording(document.lang ?? session.check(session.original).language)
            while true {
                try copy.open(in: editor)
                let edited = try copy.read()
                guard edited != session.original else {
                    say("\(register): " + w("no changes", "niets gewijzigd"))
                    return
                }
                do {
                    let outcome = try session.save(edited)
                    outcome.warnings.forEach { printError($0.formatted) }
                    report(outcome, of: file, wording: w)
                    return
                } catch {
                    guard case .invalidResult(let diagnostics) = error else { throw error }
                    // Shown, then the choice: the session stays open, so nobody else changed the register meanwhile.
                    diagnostics.forEach { printError($0.formatted) }
                    printError("govreg: error: " + GovregError.invalidResult(diagnostics: diagnostics).message(in: w.language))
                    if Self.ask(w("Edit again (e) or discard your changes (d)? ", "Opnieuw bewerken (e) of je wijzigingen weggooien (d)? ")) { continue }
                    say("\(register): " + w("changes discarded; the register is unchanged", "wijzigingen weggegooid; het register is ongewijzigd"))
                    throw ExitStatus.problemsFound
                }
            }
        }

        /// Asks until the answer is e (true) or d (false); end of input counts as d.
        static func ask(_ question: String) -> Bool {
            while true {
                say(question, terminator: "")
                guard let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
                if answer.hasPrefix("e") { return true }
                if answer.hasPrefix("d") { return false }
            }
        }
    }
}

/// The private copy of the register the editor works on, in a folder of its own.
struct EditCopy {
    let folder: URL
    let file: URL

    init(of register: String, bytes: [UInt8]) throws {
        folder = FileManager.default.temporaryDirectory.appending(path: "govreg-edit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        file = folder.appending(path: URL(fileURLWithPath: register).lastPathComponent)
        try Data(bytes).write(to: file)
    }

    /// Runs the editor (which may carry arguments, like "code --wait") on the copy; throws when it
    /// did not finish normally.
    func open(in editor: String) throws(GovregError) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", editor + " \"$1\"", "govreg-edit", file.path]
        do {
            try process.run()
        } catch {
            throw .editorFailed(editor: editor, ending: .notStarted(error.localizedDescription))
        }
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal { throw .editorFailed(editor: editor, ending: .signal(process.terminationStatus)) }
        if process.terminationStatus != 0 { throw .editorFailed(editor: editor, ending: .status(process.terminationStatus)) }
    }

    func read() throws -> [UInt8] {
        try [UInt8](Data(contentsOf: file))
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
