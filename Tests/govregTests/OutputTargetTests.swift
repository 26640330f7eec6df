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
}
