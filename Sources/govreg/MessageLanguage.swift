import Foundation
import GovernanceRegister

/// The language of govreg's messages on standard error: --lang where given (nl or en); else the language the
/// register or file named on the command line declares; else the user's locale (LANG); else English.
enum MessageLanguage {
    static func current(arguments: [String] = CommandLine.arguments, environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        // A --lang govreg does not know (de, say) is an error, worded in the language of the file.
        func known(_ value: String) -> Language? {
            ["nl", "en"].contains { value.lowercased().hasPrefix($0) } ? Language(xmlLang: value) : nil
        }
        for (index, argument) in arguments.enumerated() {
            if argument.hasPrefix("--lang="), let language = known(String(argument.dropFirst(7))) { return language }
            if argument == "--lang", index + 1 < arguments.count, let language = known(arguments[index + 1]) { return language }
        }
        for argument in arguments.dropFirst() where !argument.hasPrefix("-") {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder), !isFolder.boolValue,
               let declared = GovernanceDocument.declaredLanguage(ofFileAt: argument) {
                return declared
            }
        }
        // govreg init writes a Dutch register unless told otherwise.
        if arguments.dropFirst().first == "init" { return .dutch }
        let locale = [environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        return locale.lowercased().hasPrefix("nl") ? .dutch : .english
    }
}

/// swift-argument-parser's messages in Dutch, for a Dutch user: the usual ones word for word.
/// The option's own help line is left out: its text is English, and the usage line and
/// `--help` follow it.
enum UsageTranslation {
    private static let phrases: [(String, String)] = [
        ("Error: ", "Fout: "),
        ("Missing expected argument", "Het argument ontbreekt:"),
        ("Missing value for", "Geen waarde gegeven voor"),
        ("Unknown option", "Onbekende optie"),
        ("Did you mean", "Bedoelt u"),
        ("Unexpected argument", "Onverwacht argument"),
        ("Unexpected arguments", "Onverwachte argumenten"),
        ("is invalid for", "is ongeldig voor"),
        ("The value", "De waarde"),
        ("Please provide one of", "Geef een van"),
        ("' or '", "' of '"),
        ("' and '", "' of '"),
        ("Usage:", "Gebruik:"),
        ("See '", "Zie '"),
        ("' for more details.", "' voor meer uitleg."),
        ("' for more information.", "' voor meer informatie."),
    ]

    static func dutch(_ message: String) -> String {
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("Help:") }
        return phrases.reduce(lines.joined(separator: "\n")) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }
}
