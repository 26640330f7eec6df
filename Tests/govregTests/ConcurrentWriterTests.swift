import Foundation
import Testing
@testable import GovernanceRegister

/// Several writers at once, and files planted where govreg writes: no edit that reports success is
/// lost, none is applied twice, and nothing outside the register's own files is touched.
struct ConcurrentWriterTests {
    /// The example register (one agreement, reviewed once), small so that many edits run quickly.
    private func register(in folder: URL) throws -> URL {
        let file = folder.appending(path: "register.xml")
        try Data(ExampleRegister.document().utf8).write(to: file)
        return file
    }

    /// The review writer `number` records: its own reviewer, on a day between the agreement's start
    /// (1 January 2025) and the as-of date (1 June 2026).
    private func review(_ number: Int, round: Int) -> (date: String, by: String) {
        let date = CalendarDate(year: 2025, month: 1, day: 1)!.adding(days: (round * 8 + number) % 500)
        return (date.description, "Writer \(number) of round \(round)")
    }

    @Test("8 writers starting together on a stale lock, 200 rounds: every edit that exits 0 is in the register exactly once")
    func eightWritersOnAStaleLock() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try register(in: folder)
        var succeeded = 0
        for round in 0..<200 {
            // The lock file a killed writer leaves behind, naming a process that no longer runs.
            try "pid 999999, host \(ProcessInfo.processInfo.hostName), since 2026-01-01T00:00:00Z\n".write(toFile: file.path + ".lock", atomically: false, encoding: .utf8)
            let statuses = try GovregProcess.runTogether((0..<8).map { number in
                let review = review(number, round: round)
                return ["review", "record", file.path, "ehr-sla", "--date", review.date, "--by", review.by, "--outcome", "approved", "--as-of", "2026-06-01"]
            })
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, status) in statuses.enumerated() {
                let review = review(number, round: round)
                let occurrences = text.components(separatedBy: "date=\"\(review.date)\" by=\"\(review.by)\"").count - 1
                #expect(status == 0 || status == 2, "round \(round), writer \(number): exit \(status)")
                #expect(occurrences == (status == 0 ? 1 : 0), "round \(round), writer \(number): exit \(status), in the register \(occurrences) times")
                if status == 0 { succeeded += 1 }
            }
        }
        // Writers wait for each other, so in practice all of them get their turn.
        #expect(succeeded > 1500, "only \(succeeded) of 1600 edits succeeded")
        let check = try GovregProcess.run(["validate", file.path, "--as-of", "2026-06-01"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["register.xml", "register.xml.bak"])
    }

    /// A file outside the register's own files, which a planted link points to.
    private static let victimText = "not the register\n"

    @Test("a link planted where govreg keeps its lock or backup changes nothing outside the register's files", arguments: [
        ("register.xml.lock", true), ("register.xml.bak", true), ("register.xml.lock", false), ("register.xml.bak", false),
    ])
    func plantedLink(name: String, symbolic: Bool) throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try register(in: folder)
        let before = try Data(contentsOf: file)
        let victim = folder.appending(path: "victim.txt")
        try Self.victimText.write(to: victim, atomically: false, encoding: .utf8)
        chmod(victim.path, 0o640)
        let planted = folder.appending(path: name).path
        if symbolic {
            try FileManager.default.createSymbolicLink(atPath: planted, withDestinationPath: victim.path)
        } else {
            #expect(link(victim.path, planted) == 0)
        }
        let outcome = try GovregProcess.run(["review", "record", file.path, "ehr-sla", "--date", "2026-05-01", "--by", "K. Schouten", "--outcome", "approved", "--as-of", "2026-06-01"])
        // The victim is as it was, whatever govreg did.
        #expect(try String(contentsOf: victim, encoding: .utf8) == Self.victimText)
        var status = stat()
        #expect(stat(victim.path, &status) == 0 && status.st_mode & 0o777 == 0o640)
        // govreg refuses to write through the planted name, says why, and leaves the register and the link as they were.
        #expect(outcome.status == 2, "\(outcome.stdout) \(outcome.stderr)")
        #expect(outcome.stderr.contains("govreg does not write through it"), "\(outcome.stderr)")
        #expect(try Data(contentsOf: file) == before)
        if symbolic {
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: planted) == victim.path)
        } else {
            #expect(stat(planted, &status) == 0 && status.st_nlink == 2)
        }
    }

    @Test("links planted at names like govreg's temporary files are neither followed nor removed")
    func plantedTemporaryNames() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try register(in: folder)
        let victim = folder.appending(path: "victim.txt")
        try Self.victimText.write(to: victim, atomically: false, encoding: .utf8)
        // The names older versions of govreg used, and names in today's pattern.
        let names = [".register.xml.govreg-\(getpid() + 1).tmp", "register.xml.bak.govreg-\(getpid() + 1).tmp", "register.xml.lock.govreg-\(getpid() + 1).tmp",
                     ".register.xml.govreg-0123456789abcdef.tmp", ".register.xml.bak.govreg-0123456789abcdef.tmp"]
        for name in names {
            try FileManager.default.createSymbolicLink(atPath: folder.appending(path: name).path, withDestinationPath: victim.path)
        }
        for day in 1...3 {
            let outcome = try GovregProcess.run(["review", "record", file.path, "ehr-sla", "--date", "2026-05-0\(day)", "--by", "K. Schouten", "--outcome", "approved", "--as-of", "2026-06-01"])
            #expect(outcome.status == 0, "\(outcome.stderr)")
        }
        #expect(try String(contentsOf: victim, encoding: .utf8) == Self.victimText)
        for name in names {
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.appending(path: name).path) == victim.path)
        }
        #expect(try String(contentsOf: file, encoding: .utf8).contains(#"<review date="2026-05-03" by="K. Schouten" outcome="approved"/>"#))
    }
}
