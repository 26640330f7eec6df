import Foundation

/// `multipart/form-data`, as a browser posts a form with a file: each part's name, its file name
/// if it has one, and its bytes.
enum MultipartForm {
    struct Part {
        let name: String
        let fileName: String?
        let bytes: [UInt8]
    }

    /// The parts of `body`, split at `boundary` (from the request's Content-Type); empty for a
    /// body that is not such a form.
    static func parts(_ body: [UInt8], contentType: String) -> [Part] {
        guard let range = contentType.range(of: "boundary=") else { return [] }
        let boundary = Array(("--" + contentType[range.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: "\" "))).utf8)
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        var parts: [Part] = []
        var starts = positions(of: boundary, in: body)
        guard starts.count >= 2 else { return [] }
        starts.append(body.count)
        for index in 0..<(starts.count - 2) {
            let from = starts[index] + boundary.count + 2, to = starts[index + 1] - 2
            guard from < to, let split = positions(of: separator, in: Array(body[from..<to])).first else { continue }
            let head = String(decoding: body[from..<(from + split)], as: UTF8.self)
            let content = Array(body[(from + split + separator.count)..<to])
            guard let name = value(of: "name", in: head) else { continue }
            parts.append(Part(name: name, fileName: value(of: "filename", in: head), bytes: content))
        }
        return parts
    }

    private static func value(of key: String, in head: String) -> String? {
        guard let range = head.range(of: " \(key)=\"") ?? head.range(of: ";\(key)=\"") else { return nil }
        return String(head[range.upperBound...].prefix { $0 != "\"" })
    }

    private static func positions(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        guard !needle.isEmpty, haystack.count >= needle.count else { return [] }
        var found: [Int] = []
        var index = 0
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], Array(haystack[index..<(index + needle.count)]) == needle {
                found.append(index)
                index += needle.count
            } else {
                index += 1
            }
        }
        return found
    }
}
