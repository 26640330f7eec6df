import Foundation
import Testing

/// `--output` where something is already there: a link is followed and kept, a file keeps its
/// permissions, a device or pipe is written into, a folder is refused.
struct OutputTargetTests {
    private let csv = ["raci", "Samples/registers/hospital.xml", "--format", "csv", "--output"]

    @Test("a link is written through and stays a link; the file it points to keeps its permissions")
    func linkAndPermissions() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appending(path: "raci.csv"), link = folder.appending(path: "link.csv")
        try Data("old".utf8).write(to: real)
        chmod(real.path, 0o600)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "raci.csv")

        let outcome = try GovregProcess.run(csv + [link.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "raci.csv")
        #expect(try String(contentsOf: real, encoding: .utf8).contains("Matrix;Activiteit-id;Activiteit"))
        let attributes = try FileManager.default.attributesOfItem(atPath: real.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["link.csv", "raci.csv"])
    }

    /// /proc/self/fd/1 is the pipe the test reads (what /dev/stdout points to); unlike /dev/stdout
    /// it cannot be replaced, so a broken build cannot damage the machine the tests run on.
    @Test("a pipe is written into, not replaced")
    func pipe() throws {
        let outcome = try GovregProcess.run(csv + ["/proc/self/fd/1"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Matrix;Activiteit-id;Activiteit"))
    }

    @Test("- is standard output, not a file named -")
    func dash() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let register = GovregProcess.packageRoot.appending(path: "Samples/registers/hospital.xml").path
        let outcome = try GovregProcess.run(["raci", register, "--format", "csv", "--output", "-"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Matrix;Activiteit-id;Activiteit"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("a folder, or a link to nothing, exits 2 and is left as it was")
    func refused() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dangling = folder.appending(path: "dangling.csv")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: "nowhere.csv")

        let onFolder = try GovregProcess.run(csv + [folder.path + "/"])
        #expect(onFolder.status == 2)
        #expect(onFolder.stderr.hasSuffix("niet schrijven: het is een map\n"), "\(onFolder.stderr)")
        let onDangling = try GovregProcess.run(csv + [dangling.path])
        #expect(onDangling.status == 2)
        #expect(onDangling.stderr.contains("het is een koppeling naar iets dat niet bestaat"), "\(onDangling.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["dangling.csv"])
    }

    @Test("a report is never written over the register it is made from, under its own name or a link", arguments: ["summary", "raci", "card", "continuity", "reviews"])
    func ontoInput(command: String) throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let register = folder.appending(path: "register.xml"), link = folder.appending(path: "link.xml")
        try FileManager.default.copyItem(at: GovregProcess.packageRoot.appending(path: "Samples/registers/gp-practice.xml"), to: register)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "register.xml")
        let original = try Data(contentsOf: register)
        for target in [register, link] {
            let outcome = try GovregProcess.run([command, register.path, "--output", target.path])
            #expect(outcome.status == 2)
            #expect(outcome.stderr == "govreg: error: '\(target.path)' is het bestand waar het rapport van gemaakt wordt; schrijf het rapport naar een ander bestand, er is niets geschreven\n")
        }
        #expect(try Data(contentsOf: register) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["link.xml", "register.xml"])
    }

    @Test("- is refused where a file or folder of its own is made: init and the report site")
    func dashWhereAFileIsMade() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let initialised = try GovregProcess.run(["init", "-", "--kind", "hospital", "--organisation", "X"], in: folder)
        #expect(initialised.status == 2)
        #expect(initialised.stderr.contains("govreg init schrijft een nieuw bestand; geef de naam, bijvoorbeeld register.xml"))
        let site = try GovregProcess.run(["report", GovregProcess.packageRoot.appending(path: "Samples/registers/gp-practice.xml").path, "--output", "-"], in: folder)
        #expect(site.status == 2)
        #expect(site.stderr.contains("een rapportsite is een map met pagina's; geef de map, bijvoorbeeld site"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// What `print` buffers and what is written at once both reach standard output, or the
    /// command says it could not: a full disk is exit status 2 with one line, never a crash.
    @Test("a full disk behind standard output is exit status 2 with a message in the register's language", arguments: [
        ["summary", "Samples/registers/hospital.xml"], ["summary", "Samples/registers/hospital.xml", "--format", "json"],
        ["reviews", "Samples/registers/hospital.xml", "--format", "ics"], ["validate", "Samples/registers/hospital.xml"],
        ["raci", "Samples/registers/hospital.xml"], ["continuity", "Samples/registers/hospital.xml"],
        ["diff", "Samples/registers/hospital.xml", "Samples/registers/gp-practice.xml"], ["holidays", "Samples/registers/hospital.xml"],
        ["rules", "--lang", "nl"],
    ])
    func fullDisk(arguments: [String]) throws {
        let outcome = try GovregProcess.runProgram(["/bin/sh", "-c", #""$0" "$@" > /dev/full"#, GovregProcess.executable.path] + arguments)
        #expect(outcome.status == 2, "\(outcome.stderr)")
        #expect(outcome.stderr == "govreg: error: kan de standaarduitvoer niet schrijven: de schijf is vol\n")
    }
}
