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
        JSONOutput.encode(report, language: wording.language)
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
