import ArgumentParser
import GovernanceRegister

extension Govreg {
    struct Sample: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make sample registers (for benchmarks).",
            subcommands: [Generate.self]
        )
    }
}

extension Govreg.Sample {
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a valid register of any size; the same seed gives the same bytes.",
            discussion: """
            Every agreement has 4 priorities, 3 to 5 escalation levels and 4 to 12 reviews; the two \
            RACI matrices have 50 activities by 40 parties.

            Examples:
              govreg sample generate --agreements 1000 --seed 42 --output register-1k.xml
            """
        )

        @Option(help: ArgumentHelp("How many agreements.", valueName: "n"))
        var agreements: Int

        @Option(help: ArgumentHelp("The seed.", valueName: "number"))
        var seed: UInt64 = 1

        @Option(help: ArgumentHelp("The file to write (replaced if it exists).", valueName: "file"))
        var output: String

        func validate() throws {
            guard agreements > 0, agreements <= 1_000_000 else { throw ValidationError("--agreements takes 1 to 1,000,000") }
        }

        func run() throws {
            do {
                try SampleRegisterGenerator(agreements: agreements, seed: seed).write(to: output)
            } catch {
                printError("govreg: error: \(error)")
                throw ExitStatus.couldNotRun
            }
        }
    }
}
