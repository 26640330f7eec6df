import Foundation
import Testing
@testable import GovernanceRegister

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
        ("a value of a million character references",
         #"<agreement xmlns="urn:govreg:register:1" xml:lang="nl" id="x" vendor="v"><title>"# + String(repeating: "&#65;", count: 1_000_000) + "</title></agreement>"),
        ("a value of a million &amp;",
         #"<agreement xmlns="urn:govreg:register:1" xml:lang="nl" id="x" vendor="v"><title>"# + String(repeating: "&amp;", count: 1_000_000) + "</title></agreement>"),
        ("20 MB of text split by 999 comments",
         #"<agreement xmlns="urn:govreg:register:1" xml:lang="nl" id="x" vendor="v"><title>"# + Array(repeating: String(repeating: "a", count: 20_000), count: 1_000).joined(separator: "<!---->") + "</title></agreement>"),
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

    @Test("a wrong attribute on each of 20,000 parties: the first 100 problems and a count of the rest, within a second")
    func manyProblems() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "register.xml")
        let parties = (0..<20_000).map { #"<party id="p\#($0)" kind="vendor" colour="red"><name>P</name></party>"# }.joined(separator: "\n")
        let text = ExampleRegister.document().replacingOccurrences(of: #"<party id="acme""#, with: parties + "\n" + #"<party id="acme""#)
        try Data(text.utf8).write(to: file)
        let outcome = try GovregProcess.run(["validate", file.path], under: Self.limit)
        #expect(outcome.status == 1, "exit \(outcome.status) \(outcome.stderr.suffix(300))")
        let lines = outcome.stderr.split(separator: "\n")
        #expect(lines.count == 101, "\(lines.count) lines")
        #expect(lines.prefix(100).allSatisfy { $0.contains("colour") }, "\(lines.first ?? "")")
        #expect(lines.last?.contains("and 19900 more schema problems after these, not shown") == true, "\(lines.last ?? "")")
    }
}
