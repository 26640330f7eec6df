import Foundation
import Testing
@testable import GovernanceRegister

/// Every reporter's output on the samples, byte for byte, as of a fixed date. The list of outputs
/// comes from each command's list of formats, so a new format has a golden file or fails here;
/// the Word summary, a packed file, is read by WordSummaryTests instead.
struct ReportGoldenTests {
    static let asOf = ["--as-of", "2026-11-22"]
    static let gp = "Samples/registers/gp-practice.xml"
    static let hospital = "Samples/registers/hospital.xml"

    /// A command, the formats it writes, the golden file's name without extension, and the exit
    /// status it gives on that input.
    struct Output: Sendable {
        let command: [String]
        let formats: [String]
        let golden: String
        var status: Int32 = 0
    }

    static let outputs: [Output] = [
        Output(command: ["raci", hospital], formats: RaciFormat.allCases.map(\.rawValue), golden: "raci-hospital"),
        Output(command: ["summary", gp] + asOf, formats: SummaryFormat.allCases.filter(\.isText).map(\.rawValue),
               golden: "summary-gp-practice"),
        Output(command: ["reviews", gp, "--all"] + asOf, formats: ReviewsFormat.allCases.map(\.rawValue), golden: "reviews-gp-practice"),
        Output(command: ["continuity", gp] + asOf, formats: ContinuityFormat.allCases.map(\.rawValue), golden: "continuity-gp-practice", status: 1),
        Output(command: ["card", gp, "--output", "-"] + asOf, formats: CardFormat.allCases.map(\.rawValue), golden: "card-gp-practice"),
        Output(command: ["rules"], formats: RulesFormat.allCases.map(\.rawValue), golden: "rules"),
        Output(command: ["validate", gp, "Samples/agreements/pacs-imaging.xml", "Samples/invalid/GR001-two-accountable-parties.xml"] + asOf,
               formats: ValidationFormat.allCases.map(\.rawValue), golden: "validate-samples", status: 1),
        Output(command: ["diff", "Samples/agreements/his-dienstverlening.xml", "Samples/agreements/lab-systeem.xml"] + asOf,
               formats: DiffFormat.allCases.map(\.rawValue), golden: "diff-agreements", status: 1),
    ]

    static let cases: [(index: Int, format: String)] = outputs.indices.flatMap { index in outputs[index].formats.map { (index, $0) } }

    @Test("every reporter's output matches its golden file", arguments: cases.indices)
    func reporter(number: Int) throws {
        let (index, format) = ReportGoldenTests.cases[number]
        let output = ReportGoldenTests.outputs[index]
        // The calendar is stamped with the time it is made: 2026-11-22 00:00 UTC here.
        let arguments = output.command + (output.command.first == "card" ? [] : ["--format", format])
        let outcome = try GovregProcess.run(arguments, under: ["SOURCE_DATE_EPOCH=1795305600"])
        #expect(outcome.status == output.status, "\(arguments): \(outcome.stderr)")
        let extensionName = OutputFormat(rawValue: format)?.fileExtension ?? format
        try GoldenFile.check(outcome.stdout, against: "\(output.golden).\(extensionName)")
    }

    static let otherCases: [(arguments: [String], golden: String)] = [
        (["raci", "Samples/registers/gp-practice.xml", "--lang", "en"], "raci-gp-practice-en.txt"),
        (["raci", "Samples/registers/hospital.xml", "--party", "ict", "--format", "markdown"], "raci-hospital-ict.md"),
        (["summary", "Samples/agreements/pacs-imaging.xml"] + asOf, "summary-pacs-imaging.md"),
        (["agreement", "template", "Samples/registers/hospital.xml", "--vendor", "labwijzer"] + asOf, "agreement-template-labwijzer.xml"),
    ]

    @Test("other views match their golden files", arguments: otherCases.indices)
    func view(index: Int) throws {
        let (arguments, golden) = ReportGoldenTests.otherCases[index]
        let outcome = try GovregProcess.run(arguments)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.isEmpty)
        try GoldenFile.check(outcome.stdout, against: golden)
    }

    @Test("the worded schema and XML messages for the invalid samples match their golden files", arguments: ["en", "nl"])
    func invalidSamples(language: String) throws {
        let folder = GovregProcess.packageRoot.appending(path: "Samples/invalid")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("XSD-") || $0.hasPrefix("XML-") || $0.hasPrefix("INPUT-") }.sorted()
        #expect(files.count > 15)
        let outcome = try GovregProcess.run(["validate", "--lang", language] + files.map { "Samples/invalid/" + $0 })
        #expect(outcome.status == 1)
        try GoldenFile.check(outcome.stderr + outcome.stdout, against: "validate-invalid-samples-\(language).txt")
    }

    @Test("the report site matches its golden files", arguments: ["index.html", "raci.html", "agreements.html", "reviews.html", "continuity.html", "cards.html", "agreement-dvo-his-dossierhuis-2024.html"])
    func site(page: String) throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try GovregProcess.run(["report", "Samples/registers/gp-practice.xml", "--output", folder.appending(path: "site").path] + ReportGoldenTests.asOf)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let html = try String(contentsOf: folder.appending(path: "site").appending(path: page), encoding: .utf8)
        try GoldenFile.check(html, against: "site-gp-practice-\(page)")
    }
}
