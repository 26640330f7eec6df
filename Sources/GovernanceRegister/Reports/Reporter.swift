public import Foundation

/// The formats govreg writes.
public enum OutputFormat: String, Sendable, CaseIterable, Codable {
    case text, markdown, html, csv, json, ics

    /// The usual file name extension.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        default: rawValue
        }
    }
}

/// Turns one kind of report into one output format: one reporter per format, one file each.
/// Everything that varies between runs (today, the version, the time a file is made) is given to
/// the reporter, so that the same report always gives the same bytes.
public protocol Reporter<Report>: Sendable {
    associatedtype Report
    /// The format this reporter writes.
    var format: OutputFormat { get }
    func render(_ report: Report, wording: Wording) -> String
}

/// Any report as JSON: pretty-printed with sorted keys, so the output is stable and diffs well,
/// and words (messages) in the output language.
public struct JSONReporter<Report: Encodable>: Reporter {
    public let format = OutputFormat.json

    public init() {}

    public func render(_ report: Report, wording: Wording) -> String {
        if let versioned = Report.self as? any JSONContract.Type {
            return JSONOutput.encode(Versioned(format: versioned.jsonFormat, report: report), language: wording.language)
        }
        return JSONOutput.encode(report, language: wording.language)
    }
}

/// A JSON output that readers build on: it names its format and version in a `format` key
/// ("govreg-summary/1"), and a change that breaks readers gets a new version. docs/json.md
/// describes each.
public protocol JSONContract {
    static var jsonFormat: String { get }
}

/// A report with its `format` key beside its own keys.
private struct Versioned<Report: Encodable>: Encodable {
    let format: String
    let report: Report

    private enum Key: String, CodingKey { case format }

    func encode(to encoder: any Encoder) throws {
        try report.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(format, forKey: .format)
    }
}

/// The one JSON encoder of govreg's outputs.
enum JSONOutput {
    static func encode(_ value: some Encodable, language: Language) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.userInfo[Language.codingKey] = language
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

extension AgreementSummaries: JSONContract { public static let jsonFormat = "govreg-summary/1" }
extension DueList: JSONContract { public static let jsonFormat = "govreg-reviews/1" }
extension ContinuityCheck: JSONContract { public static let jsonFormat = "govreg-continuity/1" }
extension RaciOverview: JSONContract { public static let jsonFormat = "govreg-raci/1" }
extension ChangeList: JSONContract { public static let jsonFormat = "govreg-diff/1" }
