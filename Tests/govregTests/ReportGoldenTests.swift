import Foundation
import Testing

/// Every report format on the samples, byte for byte, as of a fixed date.
struct ReportGoldenTests {
    static let asOf = ["--as-of", "2026-11-22"]

    static let cases: [(arguments: [String], golden: String)] = [
        (["raci", "Samples/registers/hospital.xml"], "raci-hospital.txt"),
        (["raci", "Samples/registers/hospital.xml", "--format", "markdown"], "raci-hospital.md"),
        (["raci", "Samples/registers/hospital.xml", "--format", "html"], "raci-hospital.html"),
        (["raci", "Samples/registers/hospital.xml", "--format", "csv"], "raci-hospital.csv"),
        (["raci", "Samples/registers/hospital.xml", "--format", "json"], "raci-hospital.json"),
        (["raci", "Samples/registers/gp-practice.xml", "--lang", "en"], "raci-gp-practice-en.txt"),
        (["raci", "Samples/registers/hospital.xml", "--party", "ict", "--format", "markdown"], "raci-hospital-ict.md"),
        (["summary", "Samples/registers/gp-practice.xml"] + asOf, "summary-gp-practice.md"),
        (["summary", "Samples/registers/gp-practice.xml", "--format", "html"] + asOf, "summary-gp-practice.html"),
        (["summary", "Samples/registers/gp-practice.xml", "--format", "json"] + asOf, "summary-gp-practice.json"),
        (["summary", "Samples/agreements/pacs-imaging.xml"] + asOf, "summary-pacs-imaging.md"),
    ]

    @Test("report output matches its golden file", arguments: cases.indices)
    func report(index: Int) throws {
        let (arguments, golden) = ReportGoldenTests.cases[index]
        let outcome = try GovregProcess.run(arguments)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.isEmpty)
        try GoldenFile.check(outcome.stdout, against: golden)
    }

    @Test("the report site matches its golden files", arguments: ["index.html", "raci.html", "agreements.html", "reviews.html", "continuity.html", "cards.html", "agreement-dvo-his-dossierhuis-2024.html"])
    func site(page: String) throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try GovregProcess.run(["report", "Samples/registers/gp-practice.xml", "--output", folder.path] + ReportGoldenTests.asOf)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let html = try String(contentsOf: folder.appending(path: page), encoding: .utf8)
        try GoldenFile.check(html, against: "site-gp-practice-\(page)")
    }
}
