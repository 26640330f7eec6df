import ArgumentParser
import Foundation
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
            let temporary = output + ".govreg-\(getpid()).tmp"
            guard FileManager.default.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
                printError("govreg: error: cannot write '\(output)': \(String(cString: strerror(errno)))")
                throw ExitStatus.couldNotRun
            }
            var buffer = ""
            SampleRegisterGenerator(agreements: agreements, seed: seed).generate { piece in
                buffer += piece
                if buffer.utf8.count > 1 << 20 {
                    handle.write(Data(buffer.utf8))
                    buffer = ""
                }
            }
            handle.write(Data(buffer.utf8))
            try handle.close()
            guard rename(temporary, output) == 0 else {
                printError("govreg: error: cannot write '\(output)': \(String(cString: strerror(errno)))")
                unlink(temporary)
                throw ExitStatus.couldNotRun
            }
        }
    }
}
