import Foundation
import Testing

/// The JSON outputs are a contract: each names its format and version, every key the samples
/// produce is documented in docs/json.md, and moments carry their offset from UTC.
struct JSONContractTests {
    static let outputs: [(command: [String], format: String)] = [
        (["raci"], "govreg-raci/1"),
        (["summary"], "govreg-summary/1"),
        (["reviews", "--all"], "govreg-reviews/1"),
        (["continuity"], "govreg-continuity/1"),
    ]

    /// Every key path of a JSON value, `[]` standing for an element of a list, with its values.
    private func paths(_ value: Any, _ path: String = "", into result: inout [String: [Any]]) {
        if let object = value as? [String: Any] {
            for (key, inner) in object { paths(inner, path.isEmpty ? key : path + "." + key, into: &result) }
        } else if let list = value as? [Any] {
            for inner in list { paths(inner, path + "[]", into: &result) }
        } else {
            result[path, default: []].append(value)
        }
    }

    @Test("every JSON output names its format, and every key of both samples' outputs is documented", arguments: [0, 1, 2, 3])
    func documented(index: Int) throws {
        let output = Self.outputs[index]
        let documentation = try String(contentsOf: GovregProcess.packageRoot.appending(path: "docs/json.md"), encoding: .utf8)
        for sample in ["Samples/registers/gp-practice.xml", "Samples/registers/hospital.xml"] {
            let outcome = try GovregProcess.run([output.command[0], sample] + output.command.dropFirst() + ["--format", "json", "--as-of", "2026-11-22"])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any], "\(outcome.stderr)")
            #expect(json["format"] as? String == output.format)
            var found: [String: [Any]] = [:]
            paths(json, into: &found)
            let undocumented = found.keys.filter { !documentation.contains("| `\($0)` |") }.sorted()
            #expect(undocumented.isEmpty, "\(output.command[0]) of \(sample): keys missing from docs/json.md: \(undocumented)")
            // A moment is local time with its offset: 2026-04-02T17:20:00+02:00, never without.
            let moments = found.values.flatMap { $0 }.compactMap { $0 as? String }.filter { $0.range(of: #"^\d{4}-\d\d-\d\dT"#, options: .regularExpression) != nil }
            let bare = moments.filter { $0.range(of: #"[+-]\d\d:\d\d$|Z$"#, options: .regularExpression) == nil }
            #expect(bare.isEmpty, "\(output.command[0]) of \(sample): moments without their offset: \(bare.prefix(3))")
        }
    }

    @Test("the hospital's Easter incident starts at 17:20 summer time in the summary's JSON")
    func incidentMoment() throws {
        let outcome = try GovregProcess.run(["summary", "Samples/registers/hospital.xml", "--agreement", "dvo-werkplek-2023", "--format", "json", "--as-of", "2026-11-22"])
        #expect(outcome.stdout.contains(#""start" : "2026-04-02T17:20:00+02:00""#), "\(outcome.stdout)")
        #expect(outcome.stdout.contains(#""format" : "govreg-summary/1""#))
    }

    @Test("govreg diff's JSON names its format and says a changed customer number")
    func diff() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let changed = folder.appending(path: "register.xml")
        let original = try String(contentsOf: GovregProcess.packageRoot.appending(path: "Samples/registers/gp-practice.xml"), encoding: .utf8)
        try original.replacingOccurrences(of: #"customerNumber="DH-20931""#, with: #"customerNumber="DH-20932""#).write(to: changed, atomically: true, encoding: .utf8)
        let outcome = try GovregProcess.run(["diff", "Samples/registers/gp-practice.xml", changed.path, "--format", "json"])
        #expect(outcome.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(json["format"] as? String == "govreg-diff/1")
        let changes = try #require(json["changes"] as? [[String: String]])
        #expect(changes == [["subject": "overeenkomst dvo-his-dossierhuis-2024", "what": "klantnummer", "before": "DH-20931", "after": "DH-20932"]])
    }
}
