import ArgumentParser
import GovernanceRegister

extension Govreg {
    struct Sample: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sample",
            abstract: "Make sample registers (for benchmarks).",
            subcommands: [Generate.self]
        )
    }
}

extension Govreg.Sample {
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate",
            abstract: "Write a valid register of any size; the same seed gives the same bytes.",
            discussion: """
            Every agreement has 4 priorities, 3 to 5 escalation levels and 4 to 12 quarterly \
            reviews, the last in 2026; the two RACI matrices have 50 activities by 40 parties. \
            A register takes about 2.4 KB per agreement: from some 27,000 agreements it is larger \
            than govreg's 64 MB input limit, so raise it with --max-size to read it.

            Examples:
              govreg sample generate --agreements 1000 --seed 42 --output register-1k.xml
              govreg sample generate --agreements 100000 --output register-100k.xml
              govreg validate --max-size 500MB register-100k.xml
            """
        )

        @Option(help: ArgumentHelp("How many agreements: 1 to 1,000,000.", valueName: "n"))
        var agreements: Int

        @Option(help: ArgumentHelp("The seed: any whole number from 0; the same seed gives the same register.", valueName: "number"))
        var seed: UInt64 = 1

        @Option(help: ArgumentHelp("The file to write; an existing file is replaced in one step, a link followed.", valueName: "file"))
        var output: String

        func run() throws {
            guard agreements > 0, agreements <= 1_000_000 else {
                throw GovregError.invalidOption(name: "--agreements", value: String(agreements), expected: LocalizedText(en: "give 1 to 1,000,000", nl: "geef 1 tot en met 1.000.000"))
            }
            try SampleRegisterGenerator(agreements: agreements, seed: seed).write(to: output)
        }
    }
}
