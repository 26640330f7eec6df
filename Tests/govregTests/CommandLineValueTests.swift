import Foundation
import Testing

/// Values on the command line as people write them, and a message with what works when a value
/// cannot be read, in the register's language.
struct CommandLineValueTests {
    static let gp = "Samples/registers/gp-practice.xml"

    @Test("--as-of takes a Dutch date, day first, and refuses a two-digit year or a day not on the calendar with the fix")
    func dates() throws {
        let dutch = try GovregProcess.run(["reviews", Self.gp, "--as-of", "22-11-2026"])
        let iso = try GovregProcess.run(["reviews", Self.gp, "--as-of", "2026-11-22"])
        #expect(dutch.stdout == iso.stdout)
        #expect(dutch.stdout.contains("per 22 november 2026"))
        let refused: [(arguments: [String], firstLine: String)] = [
            (["--as-of", "22-11-26"], "Fout: De waarde '22-11-26' is ongeldig voor '--as-of <date>': schrijf het jaar voluit: 22-11-2026, niet 22-11-26\n"),
            (["--as-of", "30-02-2026", "--lang", "en"],
             "Error: The value '30-02-2026' is invalid for '--as-of <date>': that day is not on the calendar: the month is 1 to 12 and the day must be in the month\n"),
            (["--as-of", "2026-13-01"],
             "Fout: De waarde '2026-13-01' is ongeldig voor '--as-of <date>': die dag staat niet op de kalender: de maand is 1 tot en met 12 en de dag moet in de maand vallen\n"),
            (["--as-of", "morgen", "--lang", "en"], "Error: The value 'morgen' is invalid for '--as-of <date>': write a date as 22-11-2026, 22 november 2026 or 2026-11-22\n"),
        ]
        for (arguments, firstLine) in refused {
            let run = try GovregProcess.run(["reviews", Self.gp] + arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.hasPrefix(firstLine), "\(run.stderr)")
        }
    }

    @Test("a mistyped option is answered in Dutch with the option meant")
    func mistypedOption() throws {
        let typo = try GovregProcess.run(["organisation", Self.gp, "--nam", "X"])
        #expect(typo.status == 2)
        #expect(typo.stderr.hasPrefix("Fout: Onbekende optie '--nam'. Bedoelt u '--name'?\n"), "\(typo.stderr)")
    }

    @Test("--max-size needs its unit; --within refuses a negative number and says so")
    func sizesAndDays() throws {
        let bare = try GovregProcess.run(["validate", Self.gp, "--max-size", "64"])
        #expect(bare.status == 2)
        #expect(bare.stderr.contains("geef een grootte met eenheid, KB, MB of GB, van 1KB tot en met 2GB, bijvoorbeeld 500MB"))
        let decimal = try GovregProcess.run(["validate", Self.gp, "--max-size", "1.5GB"])
        #expect(decimal.status == 0, "\(decimal.stderr)")
        let small = try GovregProcess.run(["validate", Self.gp, "--max-size", "1KB"])
        #expect(small.status == 1)
        #expect(small.stderr.contains("is groter dan de invoergrens van 1 KB"))
        let negative = try GovregProcess.run(["reviews", Self.gp, "--within", "-3"])
        #expect(negative.status == 2)
        #expect(negative.stderr.contains("De waarde '-3' is ongeldig voor '--within <days>': geef een aantal dagen, 0 of meer"), "\(negative.stderr)")
    }

    @Test("a review outcome may be written in Dutch, and is reported in the register's words")
    func outcomeWords() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let register = folder.appending(path: "register.xml").path
        try FileManager.default.copyItem(atPath: GovregProcess.packageRoot.appending(path: Self.gp).path, toPath: register)
        let outcome = try GovregProcess.run(["review", "record", register, "kis-ketenpunt-2025", "--date", "20-11-2026", "--by", "K. Schouten", "--outcome", "aanpassing nodig", "--as-of", "2026-11-22"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("aanpassing nodig"), "\(outcome.stdout)")
        #expect(try String(contentsOfFile: register, encoding: .utf8).contains(#"<review date="2026-11-20" by="K. Schouten" outcome="changes-required"/>"#))
        let wrong = try GovregProcess.run(["review", "record", register, "kis-ketenpunt-2025", "--date", "2026-11-21", "--by", "K", "--outcome", "goed"])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("kies een van 'approved' (goedgekeurd), 'changes-required' (aanpassing nodig)"), "\(wrong.stderr)")
    }

    @Test("a command name with a slip of the keyboard gets the command meant")
    func commandSlip() throws {
        let slip = try GovregProcess.run(["validat", Self.gp])
        #expect(slip.status == 2)
        #expect(slip.stderr == "govreg: error: govreg heeft geen opdracht 'validat'; bedoelt u 'govreg validate'?\n")
        let unknown = try GovregProcess.run(["frobnicate", "--lang", "en"])
        #expect(unknown.stderr == "govreg: error: govreg has no command 'frobnicate'; see govreg --help\n")
    }

    /// Every command's `--help`, found from the top-level help down.
    static func commands() throws -> [[String]] {
        var found: [[String]] = []
        var pending: [[String]] = [[]]
        while let command = pending.popLast() {
            let help = try GovregProcess.run(command + ["--help"]).stdout
            guard let start = help.range(of: "SUBCOMMANDS:") else { found.append(command); continue }
            // "  name   abstract", with wrapped abstracts indented further; a line not indented ends the list.
            for line in help[start.upperBound...].split(separator: "\n") {
                guard line.hasPrefix("  "), !line.hasPrefix("  See ") else { break }
                guard line.dropFirst(2).first != " ", let name = line.split(separator: " ").first, name != "help", name.allSatisfy({ $0.isLowercase || $0 == "-" }) else { continue }
                pending.append(command + [String(name)])
            }
        }
        return found
    }

    @Test("every command's --help has examples that copy whole: each line a command or a continuation")
    func helpExamples() throws {
        let commands = try Self.commands()
        #expect(commands.count >= 16)
        for command in commands {
            let help = try GovregProcess.run(command + ["--help"], under: ["/usr/bin/env", "COLUMNS=80"]).stdout
            let examples = help.components(separatedBy: "Examples:\n").dropFirst().first.map { $0.components(separatedBy: "\n\n")[0] }
            let lines = try #require(examples, "\(command) has no examples").split(separator: "\n")
            #expect(!lines.isEmpty, "\(command)")
            for (index, line) in lines.enumerated() {
                let continued = index > 0 && lines[index - 1].hasSuffix("\\")
                #expect(line.contains("govreg ") || continued, "\(command): '\(line)' is a wrapped example")
            }
        }
    }
}
