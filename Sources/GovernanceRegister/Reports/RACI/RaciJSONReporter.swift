import Foundation

/// The RACI overview as JSON (the `RaciOverview` structure), with sorted keys.
struct RaciJSONReporter: RaciReporter {
    func render(_ overview: RaciOverview, wording: Wording) -> String {
        JSONOutput.encode(overview)
    }
}

/// Stable JSON for every report: pretty-printed, keys sorted, a final newline.
enum JSONOutput {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
