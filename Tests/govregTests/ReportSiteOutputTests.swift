import Foundation
import Testing

/// `govreg report --output FOLDER` as a scheduled job sees it: the folder holds the old site or the
/// new one, never a mix, and files that are not part of a site are never removed.
struct ReportSiteOutputTests {
    static let gp = "Samples/registers/gp-practice.xml"

    private func pages(in folder: URL) throws -> [String: Data] {
        var pages: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            pages[name] = try Data(contentsOf: folder.appending(path: name))
        }
        return pages
    }

    @Test("a second run replaces the whole site and leaves no staging folder beside it")
    func replaced() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appending(path: "site")
        #expect(try GovregProcess.run(["report", Self.gp, "--output", site.path, "--as-of", "2026-11-22"]).status == 0)
        let first = try pages(in: site)
        #expect(first.keys.contains("index.html") && first.count > 5)
        // A page of an agreement that no longer exists must go with the rest of the old site.
        try Data("old".utf8).write(to: site.appending(path: "agreement-gone.html"))
        #expect(try GovregProcess.run(["report", Self.gp, "--output", site.path, "--as-of", "2026-12-01"]).status == 0)
        let second = try pages(in: site)
        #expect(Set(second.keys) == Set(first.keys))
        #expect(second["index.html"] != first["index.html"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["site"])
    }

    @Test("a folder holding other files is refused and left as it was")
    func foreignFiles() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("notes".utf8).write(to: folder.appending(path: "notes.txt"))
        let outcome = try GovregProcess.run(["report", Self.gp, "--output", folder.path])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("er staan bestanden in die niet bij een rapportsite horen (notes.txt)"), "\(outcome.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
    }

    @Test("a disk that fills halfway leaves the old site whole, with exit 2")
    func fullDisk() throws {
        let script = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: script) }
        let path = script.appending(path: "script.sh")
        try """
        set -u
        disk=$(mktemp -d)
        mount -t tmpfs -o size=200k tmpfs "$disk"
        "\(GovregProcess.executable.path)" report "\(GovregProcess.packageRoot.path)/\(Self.gp)" --output "$disk/site" --as-of 2026-11-22 > /dev/null
        echo "first=$?"
        (cd "$disk/site" && sha256sum * > "$disk/before")
        head -c 150000 /dev/zero > "$disk/filler"
        "\(GovregProcess.executable.path)" report "\(GovregProcess.packageRoot.path)/\(Self.gp)" --output "$disk/site" --as-of 2026-12-01 > /dev/null
        echo "second=$?"
        (cd "$disk/site" && sha256sum * | cmp - "$disk/before" && echo "old site whole")
        ls -A "$disk"
        """.write(to: path, atomically: true, encoding: .utf8)
        let outcome = try GovregProcess.runProgram(["/usr/bin/unshare", "-rm", "/bin/sh", path.path])
        #expect(outcome.stdout.contains("first=0"), "\(outcome.stdout) \(outcome.stderr)")
        #expect(outcome.stdout.contains("second=2"), "\(outcome.stdout) \(outcome.stderr)")
        #expect(outcome.stdout.contains("old site whole"))
        #expect(outcome.stdout.hasSuffix("before\nfiller\nsite\n"), "\(outcome.stdout)")
        #expect(outcome.stderr.contains("de schijf is vol"), "\(outcome.stderr)")
    }
}
