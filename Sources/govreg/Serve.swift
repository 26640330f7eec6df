import ArgumentParser
import Dispatch
import Foundation
import GovernanceRegister
import RegisterServer

extension Govreg {
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Open the register in a browser: the live reports and a form for every part.",
            discussion: """
            Every page is made from the file as it is at that moment, and every change goes \
            through the same checks, lock and backup as the command line; a form made from an \
            older version of the file is refused with what changed since. The server listens on \
            127.0.0.1 only, and the address it prints carries a secret token: open that address. \
            To listen on another address (--listen), set GOVREG_PASSWORD: every request then \
            needs that password as well (the browser asks for it). Stop it with Ctrl-C.

            Examples:
              govreg serve register.xml
              govreg serve register.xml --port 8800
            """
        )

        @Argument(help: "The register.")
        var register: String

        @Option(help: ArgumentHelp("The port to listen on.", valueName: "number"))
        var port: Int = 8700

        @Option(help: ArgumentHelp("The address to listen on (default 127.0.0.1, this computer only).", valueName: "address"))
        var listen: String = "127.0.0.1"

        @OptionGroup var document: DocumentOptions

        func run() throws {
            let check = try document.load(register)
            guard case .register = check.document else { throw GovregError.wrongKind(path: register, expected: .register) }
            // Beyond this computer only with a password, from the environment (never on the command
            // line, where other users of the computer can read it).
            let password = ProcessInfo.processInfo.environment["GOVREG_PASSWORD"]
            let loopback = RegisterServer.isLoopback(listen)
            if !loopback, (password?.count ?? 0) < 12 {
                throw GovregError.invalidOption(name: "--listen", value: listen, expected: LocalizedText(
                    en: "to listen beyond this computer, set GOVREG_PASSWORD to a password of at least 12 characters",
                    nl: "om buiten deze computer te luisteren, zet GOVREG_PASSWORD op een wachtwoord van minstens 12 tekens"))
            }
            guard (1...65535).contains(port) else {
                throw GovregError.invalidOption(name: "--port", value: String(port), expected: LocalizedText(en: "give a port from 1 to 65535", nl: "geef een poort van 1 tot en met 65535"))
            }
            let token = ProcessInfo.processInfo.environment["GOVREG_TOKEN"].flatMap { $0.count >= 16 ? $0 : nil } ?? RegisterServer.newSecret()
            let server = RegisterServer(settings: RegisterServer.Settings(register: register, address: listen, port: port, token: token, password: loopback ? nil : password, asOf: document.asOf, language: document.lang))
            let w = Wording(document.lang ?? check.language)
            let address = server.startAddress
            let done = DispatchSemaphore(value: 0)
            let failure = FailureBox()
            Task {
                do {
                    try await server.run {
                        say(w("govreg serves \(register) at:", "govreg toont \(register) op:"))
                        say("  " + address)
                        say(w("Open that address in a browser; stop with Ctrl-C.", "Open dat adres in een browser; stop met Ctrl-C."))
                        fflush(nil)
                    }
                } catch {
                    failure.set(error)
                }
                done.signal()
            }
            done.wait()
            if let error = failure.error {
                // The usual case in words of its own; anything else with the system's own text.
                let inUse = "\(error)".contains("Address already in use")
                throw GovregError.invalidOption(name: "--port", value: String(port), expected: inUse
                    ? LocalizedText(en: "another program is using that port; choose another with --port", nl: "een ander programma gebruikt die poort al; kies een andere met --port")
                    : LocalizedText(en: "cannot listen there (\(error)); is another server using the port?", nl: "kan daar niet luisteren (\(error)); gebruikt een andere server de poort?"))
            }
        }
    }
}

/// The error a server task ended with, for the command to report.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    var error: (any Error)? { lock.withLock { stored } }

    func set(_ error: any Error) { lock.withLock { stored = error } }
}
