import Foundation
import Testing

/// Writes never lose the register: refused edits leave it byte for byte, a second writer is
/// stopped, comments stay, and a writer killed at any moment leaves the old or the new version.
struct SafeEditTests {
    static let sample = GovregProcess.packageRoot.appending(path: "Samples/registers/gp-practice.xml")
    static let assignC = ["raci", "assign", "--matrix", "raci-continuiteit", "--activity", "storing-melden", "--party", "praktijkhouder", "--role"]

    private func copy(in folder: URL) throws -> URL {
        let file = folder.appending(path: "register.xml")
        try FileManager.default.copyItem(at: Self.sample, to: file)
        return file
    }

    private func assign(_ file: URL, _ role: String) -> [String] {
        [Self.assignC[0], Self.assignC[1], file.path] + Self.assignC.dropFirst(2) + [role]
    }

    @Test("a second A on an activity is refused and the file stays byte for byte the same")
    func secondAccountable() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try copy(in: folder)
        let before = try Data(contentsOf: file)
        let outcome = try GovregProcess.run(["raci", "assign", file.path, "--matrix", "raci-continuiteit", "--activity", "storing-melden", "--party", "assistentes", "--role", "A"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("[GR001]"))
        #expect(outcome.stderr.contains("er is niets geschreven"), "\(outcome.stderr)")
        #expect(try Data(contentsOf: file) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["register.xml"])
    }

    @Test("an edit through a link changes the file it points to, keeps the link and the file's permissions")
    func throughLink() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try copy(in: folder)
        chmod(file.path, 0o600)
        let link = folder.appending(path: "current.xml")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "register.xml")
        let before = try Data(contentsOf: file)

        let outcome = try GovregProcess.run(assign(link, "C"))
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "register.xml")
        #expect(try Data(contentsOf: file) != before)
        #expect(try Data(contentsOf: folder.appending(path: "register.xml.bak")) == before)
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["current.xml", "register.xml", "register.xml.bak"])
    }

    @Test("through a link in another folder, the message names the backup where it is: beside the file linked to")
    func backupPathThroughLink() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try copy(in: folder)
        let elsewhere = folder.appending(path: "elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let link = elsewhere.appending(path: "current.xml")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "../register.xml")
        let outcome = try GovregProcess.run(assign(link, "C"))
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("De vorige versie staat in \(file.path).bak"), "\(outcome.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path) == ["current.xml"])
    }

    @Test("the backup is a file of its own, never a second name of the register")
    func backupIsACopy() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try copy(in: folder)
        for role in ["C", "I", "C"] { #expect(try GovregProcess.run(assign(file, role)).status == 0) }
        var register = stat(), backup = stat()
        #expect(stat(file.path, &register) == 0 && stat(file.path + ".bak", &backup) == 0)
        #expect(register.st_ino != backup.st_ino)
        #expect(register.st_nlink == 1 && backup.st_nlink == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["register.xml", "register.xml.bak"])
    }

    @Test("a review goes into the history in date order; the same review twice is refused")
    func reviewOrder() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try copy(in: folder)
        let record = ["review", "record", file.path, "dvo-his-dossierhuis-2024", "--date", "2026-01-15", "--by", "P. de Vries", "--outcome", "approved", "--as-of", "2026-11-22"]

        let first = try GovregProcess.run(record)
        #expect(first.status == 0, "\(first.stderr)")
        let dates = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            .drop { !$0.contains(#"id="dvo-his-dossierhuis-2024""#) }
            .prefix { !$0.contains("</reviews>") }
            .compactMap { line in line.range(of: #"<review date=""#).map { String(line[$0.upperBound...].prefix(10)) } }
        #expect(dates == ["2025-10-02", "2026-01-15", "2026-04-16", "2026-10-08"])

        let after = try Data(contentsOf: file)
        let again = try GovregProcess.run(record)
        #expect(again.status == 2)
        #expect(again.stderr.contains("heeft al een herziening van 2026-01-15 door P. de Vries"), "\(again.stderr)")
        #expect(try Data(contentsOf: file) == after)
    }

    @Test("a review dated in the future is refused")
    func futureReview() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try copy(in: folder)
        let before = try Data(contentsOf: file)
        let outcome = try GovregProcess.run(["review", "record", file.path, "dvo-his-dossierhuis-2024", "--date", "2026-12-01", "--by", "K. Schouten", "--outcome", "approved", "--as-of", "2026-11-22"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("[GR010]"))
        #expect(try Data(contentsOf: file) == before)
    }

    @Test("a review is recorded where it belongs, the rest stays as written, comments included")
    func recordKeepsTheRest() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try copy(in: folder)
        let before = try String(contentsOf: file, encoding: .utf8)
        let outcome = try GovregProcess.run(["review", "record", file.path, "dvo-his-dossierhuis-2024", "--date", "2026-11-20", "--by", "K. Schouten", "--outcome", "approved", "--note", "P1 & <restore>", "--as-of", "2026-11-22"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let after = try String(contentsOf: file, encoding: .utf8)
        let comments = { (text: String) in text.components(separatedBy: "<!--").dropFirst().map { $0.components(separatedBy: "-->")[0] } }
        #expect(comments(before).count > 3)
        #expect(comments(after) == comments(before))
        // Exactly the new review's lines were added; every other line is as it was.
        let added = after.split(separator: "\n", omittingEmptySubsequences: false).count - before.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(added == 3)
        #expect(after.contains("<review date=\"2026-11-20\" by=\"K. Schouten\" outcome=\"approved\">\n          <note>P1 &amp; &lt;restore&gt;</note>\n        </review>"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: file.path + ".bak")) == Data(before.utf8))
        #expect(try GovregProcess.run(["validate", file.path, "--as-of", "2026-11-22"]).status == 0)
    }

    @Test("an edit keeps CRLF line ends, and adds no XML declaration where there was none, after an xml-model instruction too")
    func layoutKept() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: Self.sample, encoding: .utf8)
        for (name, original) in [("crlf.xml", text.replacingOccurrences(of: "\n", with: "\r\n")),
                                 ("bare.xml", String(text.drop { $0 != "\n" }.dropFirst()))] {
            let file = folder.appending(path: name)
            try original.write(to: file, atomically: true, encoding: .utf8)
            #expect(try GovregProcess.run(assign(file, "C")).status == 0)
            let after = try String(contentsOf: file, encoding: .utf8)
            let changed = zip(original.components(separatedBy: "\n"), after.components(separatedBy: "\n")).filter { $0.0 != $0.1 }
            #expect(changed.count == 1, "\(name): \(changed.prefix(3))")
            #expect(original.components(separatedBy: "\n").count == after.components(separatedBy: "\n").count)
            // The instruction for XML editors, first in the bare file, is no declaration and stays once.
            #expect(after.components(separatedBy: "<?xml-model ").count == 2, "\(name)")
        }
    }

    @Test("errors already in the register are reported at their own lines, and nothing is written")
    func existingErrors() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "register.xml")
        try FileManager.default.copyItem(at: GovregProcess.packageRoot.appending(path: "Samples/invalid/GR001-two-accountable-parties.xml"), to: file)
        let before = try Data(contentsOf: file)
        let outcome = try GovregProcess.run(["review", "record", file.path, "dvo-his-dossierhuis-2024", "--date", "2026-11-01", "--by", "X", "--outcome", "approved", "--as-of", "2026-11-22"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("\(file.path):88:7: error: [GR001]"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("het register heeft al een fout"), "\(outcome.stderr)")
        #expect(try Data(contentsOf: file) == before)
    }

    @Test("a held lock makes an edit wait, then exit 2 with the file unchanged and the holder named")
    func heldLock() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try copy(in: folder)
        let before = try Data(contentsOf: file)
        // This test process takes the kernel's lock on the lock file, as a writer at work does.
        let lock = open(file.path + ".lock", O_RDWR | O_CREAT, 0o600)
        #expect(lock >= 0)
        defer { close(lock) }
        #expect(flock(lock, LOCK_EX | LOCK_NB) == 0)
        _ = "pid 4242, host somewhere, since 2026-11-22T10:00:00Z\n".withCString { write(lock, $0, strlen($0)) }
        let outcome = try GovregProcess.run(assign(file, "C"))
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("(pid 4242, host somewhere, since 2026-11-22T10:00:00Z)"), "\(outcome.stderr)")
        #expect(try Data(contentsOf: file) == before)
        #expect(FileManager.default.fileExists(atPath: file.path + ".lock"))
    }

    @Test("a lock file left by a writer that died is no lock: the kernel released it")
    func staleLockFile() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try copy(in: folder)
        try "pid 999999, host here, since 2026-01-01T00:00:00Z\n".write(toFile: file.path + ".lock", atomically: false, encoding: .utf8)
        let outcome = try GovregProcess.run(assign(file, "C"))
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: file.path + ".lock"))
    }

    @Test("unassign and assign change one cell and nothing else")
    func assignUnassign() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try copy(in: folder)
        #expect(try GovregProcess.run(["raci", "unassign", file.path, "--matrix", "raci-continuiteit", "--activity", "storing-melden", "--party", "praktijkhouder"]).status == 0)
        #expect(try GovregProcess.run(assign(file, "I")).status == 0)
        // Removed and added back: the same line, now last in the activity.
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("<assignment party=\"praktijkit\" role=\"C\"/>\n        <assignment party=\"praktijkhouder\" role=\"I\"/>\n      </activity>"))
        let missing = try GovregProcess.run(["raci", "unassign", file.path, "--matrix", "raci-continuiteit", "--activity", "storing-melden", "--party", "nobody"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("heeft geen rol in activiteit"), "\(missing.stderr)")
    }

    @Test("a writer killed at random moments leaves the old or the new register, valid, never a mix")
    func killedWriters() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try copy(in: folder)
        // The two versions the register can be in: praktijkhouder C or I in one activity.
        #expect(try GovregProcess.run(assign(file, "C")).status == 0)
        let versionC = try Data(contentsOf: file)
        #expect(try GovregProcess.run(assign(file, "I")).status == 0)
        let versionI = try Data(contentsOf: file)
        #expect(versionC != versionI)

        var generator = SystemRandomNumberGenerator()
        var kills = 0, completions = 0
        for run in 0..<120 {
            let target = run % 2 == 0 ? "C" : "I"
            let finished = try GovregProcess.runKilled(assign(file, target), afterMicroseconds: UInt32.random(in: 0...60_000, using: &generator))
            if finished { completions += 1 } else { kills += 1 }
            let now = try Data(contentsOf: file)
            #expect(now == versionC || now == versionI, "run \(run): the register is neither version")
        }
        #expect(kills >= 30, "only \(kills) of 120 runs were killed before they finished")
        // A last, undisturbed edit takes over any stale lock and clears the temporary files.
        #expect(try GovregProcess.run(assign(file, "C")).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["register.xml", "register.xml.bak"])
        let check = try GovregProcess.run(["validate", file.path])
        #expect(check.status == 0)
        #expect(completions + kills == 120)
    }

    /// Runs a shell script in a new user and mount namespace, where it may mount a small or
    /// read-only file system without affecting the machine.
    private func inOwnMountNamespace(_ script: String) throws -> GovregProcess.Outcome {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appending(path: "script.sh")
        try script.write(to: path, atomically: true, encoding: .utf8)
        return try GovregProcess.runProgram(["/usr/bin/unshare", "-rm", "/bin/sh", path.path])
    }

    @Test("a full disk gives exit 2 with the old file intact")
    func fullDisk() throws {
        let outcome = try inOwnMountNamespace("""
        set -u
        disk=$(mktemp -d)
        mount -t tmpfs -o size=128k tmpfs "$disk"
        cp "\(Self.sample.path)" "$disk/register.xml"
        cat /dev/zero > "$disk/filler" 2>/dev/null
        "\(GovregProcess.executable.path)" \(Self.assignC.prefix(2).joined(separator: " ")) "$disk/register.xml" \(Self.assignC.dropFirst(2).joined(separator: " ")) C
        echo "status=$?"
        cmp "$disk/register.xml" "\(Self.sample.path)" && echo "unchanged"
        ls -A "$disk"
        """)
        #expect(outcome.stdout.contains("status=2"), "\(outcome.stdout) \(outcome.stderr)")
        #expect(outcome.stdout.contains("unchanged"))
        #expect(outcome.stderr.contains("de schijf is vol"), "\(outcome.stderr)")
        #expect(!outcome.stdout.contains(".tmp"), "a temporary file was left: \(outcome.stdout)")
    }

    @Test("a read-only folder gives exit 2 with the old file intact")
    func readOnlyFolder() throws {
        let outcome = try inOwnMountNamespace("""
        set -u
        disk=$(mktemp -d)
        mount -t tmpfs -o size=1m tmpfs "$disk"
        cp "\(Self.sample.path)" "$disk/register.xml"
        mount -o remount,ro "$disk"
        "\(GovregProcess.executable.path)" \(Self.assignC.prefix(2).joined(separator: " ")) "$disk/register.xml" \(Self.assignC.dropFirst(2).joined(separator: " ")) C
        echo "status=$?"
        cmp "$disk/register.xml" "\(Self.sample.path)" && echo "unchanged"
        """)
        #expect(outcome.stdout.contains("status=2"), "\(outcome.stdout) \(outcome.stderr)")
        #expect(outcome.stdout.contains("unchanged"))
        #expect(outcome.stderr.contains("de schijf is alleen-lezen"), "\(outcome.stderr)")
    }
}
