import Foundation
import Testing

/// Files shaped to make libxml2 2.9 slow (its attribute checks are quadratic; a value split by
/// many comments is joined again and again) are refused before libxml2 reads them: each run
/// below has one second of processor time (the kernel stops it past that) and must stay under
/// 100 MB.
struct SlowInputTests {
    static let limit = ["/usr/bin/prlimit", "--cpu=1"]

    static let shapes: [(name: String, text: String)] = [
        ("100,000 attributes on one element",
         #"<register xmlns="urn:govreg:register:1" xml:lang="nl" "# + (0..<100_000).map { "a\($0)=\"x\"" }.joined(separator: " ") + "/>"),
        ("30,000 foreign-namespace attributes",
         #"<register xmlns="urn:govreg:register:1" xml:lang="nl" "# + (0..<15_000).map { "xmlns:p\($0)=\"urn:x:\($0)\" p\($0):a=\"1\"" }.joined(separator: " ") + "/>"),
        ("a value split by a million empty comments",
         #"<agreement xmlns="urn:govreg:register:1" xml:lang="nl" id="x" vendor="v"><title>a"# + String(repeating: "<!---->", count: 1_000_000) + "b</title></agreement>"),
        ("a value split by a million processing instructions",
         #"<agreement xmlns="urn:govreg:register:1" xml:lang="nl" id="x" vendor="v"><title>a"# + String(repeating: "<?p?>", count: 1_000_000) + "b</title></agreement>"),
        ("a value in 200,000 CDATA sections",
         #"<agreement xmlns="urn:govreg:register:1" xml:lang="nl" id="x" vendor="v"><title>"# + String(repeating: "<![CDATA[a]]>", count: 200_000) + "</title></agreement>"),
    ]

    @Test("refused with one clear line, within a second of processor time and 100 MB", arguments: shapes.map(\.name))
    func refused(shape: String) throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "slow.xml")
        try Data(try #require(Self.shapes.first { $0.name == shape }).text.utf8).write(to: file)
        for command in [["validate"], ["raci"], ["summary"]] {
            let outcome = try GovregProcess.run(command + [file.path], under: Self.limit)
            #expect(outcome.status == 1, "\(command[0]): exit \(outcome.status) \(outcome.stderr.prefix(300))")
            let lines = outcome.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].contains("error: [INPUT]") && lines[0].contains("dus dit is geen govreg-bestand"), "\(outcome.stderr.prefix(300))")
            #expect(outcome.peakMemory < 100 * 1024 * 1024, "\(command[0]): \(outcome.peakMemory / 1_048_576) MB")
        }
    }

    @Test("an edit refuses such a file too, and leaves it as it was")
    func edit() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "register.xml")
        let bytes = Data(Self.shapes[0].text.utf8)
        try bytes.write(to: file)
        let outcome = try GovregProcess.run(["review", "record", file.path, "x", "--date", "2026-01-01", "--by", "K", "--outcome", "approved"], under: Self.limit)
        #expect(outcome.status == 2 || outcome.status == 1)
        #expect(outcome.stderr.contains("[INPUT]") || outcome.stderr.contains("not a readable govreg register"), "\(outcome.stderr)")
        #expect(try Data(contentsOf: file) == bytes)
    }
}
