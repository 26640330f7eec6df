import Foundation
import Testing
@testable import GovernanceRegister

/// The Samples folder is a test suite: every valid sample validates cleanly, every invalid sample
/// fails with the rule and on the line its first comment names.
struct SampleTests {
    static let asOf = CalendarDate(year: 2026, month: 11, day: 22)!
    static let validSamples = (PackagePaths.files(in: "Samples/registers") + PackagePaths.files(in: "Samples/agreements")).map(PackagePaths.relative)
    static let invalidSamples = PackagePaths.files(in: "Samples/invalid").map(PackagePaths.relative)

    private let validator = GovernanceValidator(options: ValidationOptions(asOf: SampleTests.asOf))

    @Test("there are the samples the documentation promises")
    func samplesExist() {
        #expect(SampleTests.validSamples.contains("Samples/registers/hospital.xml"))
        #expect(SampleTests.validSamples.contains("Samples/registers/gp-practice.xml"))
        #expect(SampleTests.validSamples.filter { $0.hasPrefix("Samples/agreements/") }.count >= 3)
        #expect(SampleTests.invalidSamples.count >= 15)
    }

    @Test("valid sample has no errors and no warnings", arguments: validSamples)
    func validSample(path: String) {
        let check = validator.check(path: PackagePaths.root.appending(path: path).path)
        #expect(check.readFailure == nil)
        #expect(check.diagnostics.isEmpty, "\(check.diagnostics.map(\.formatted))")
        #expect(check.document != nil)
    }

    @Test("invalid sample fails with the ID and line it names", arguments: invalidSamples)
    func invalidSample(path: String) throws {
        let url = PackagePaths.root.appending(path: path)
        let expectation = try #require(InvalidSampleExpectation(fileAt: url), "\(path) has no <!-- expect: ID line N --> first line")
        let check = GovernanceValidator(options: ValidationOptions(asOf: SampleTests.asOf, strict: true)).check(path: url.path)
        #expect(!check.isValid)
        #expect(check.diagnostics.count == 1, "\(check.diagnostics.map(\.formatted))")
        let diagnostic = try #require(check.diagnostics.first)
        #expect(diagnostic.id == expectation.id)
        #expect(diagnostic.location.line == expectation.line)
    }

    @Test("the hospital sample is the size the brief describes")
    func hospitalShape() throws {
        let check = validator.check(path: PackagePaths.root.appending(path: "Samples/registers/hospital.xml").path)
        guard case .register(let register) = try #require(check.document) else {
            Issue.record("not a register")
            return
        }
        #expect(register.parties.count { $0.kind == .vendor } >= 8)
        #expect(register.systems.count >= 12)
        #expect(register.agreements.count >= 10)
        #expect(register.matrices.count >= 2)
        #expect(register.matrices.reduce(0) { $0 + $1.activities.count } >= 15)
        #expect(register.language == .dutch)
    }

    @Test("the GP practice's HIS may be down 2 hours at most")
    func gpPracticeShape() throws {
        let check = validator.check(path: PackagePaths.root.appending(path: "Samples/registers/gp-practice.xml").path)
        guard case .register(let register) = try #require(check.document) else {
            Issue.record("not a register")
            return
        }
        #expect(register.organisation.kind == .gpPractice)
        let his = try #require(register.systems.first { $0.name.contains("HIS") })
        #expect(his.maxDowntime == ISODuration(hours: 2))
    }
}

/// The first line of an invalid sample: `<!-- expect: ID line N -->`.
struct InvalidSampleExpectation {
    let id: String
    let line: Int

    init?(fileAt url: URL) {
        guard let data = try? Data(contentsOf: url) else { return nil }
        let firstLine = String(decoding: data.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
        let words = firstLine.split(separator: " ")
        guard words.count == 6, words[0] == "<!--", words[1] == "expect:", words[3] == "line", words[5] == "-->",
              let line = Int(words[4])
        else { return nil }
        id = String(words[2])
        self.line = line
    }
}
