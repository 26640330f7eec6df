import Foundation

// Writes a Swift file that holds the given XSD files as string literals, each three times: as
// published; without what only people read (comments and annotations), for reading the schema's
// structure quickly; and as govreg compiles it with libxml2 (without identity constraints too,
// which govreg checks itself):
//     embed-schemas OUTPUT.swift SCHEMA.xsd...
// Used by the EmbedSchemas build-tool plugin; not part of the govreg product.

let schemaNamespace = "http://www.w3.org/2001/XMLSchema"
/// The XSD elements left out of the structure's text, with everything inside them.
let onlyForPeople: Set<String> = ["annotation"]
/// The XSD elements left out of the compiled text besides.
let identityConstraints: Set<String> = ["key", "keyref", "unique"]

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("embed-schemas: \(message)\n".utf8))
    exit(2)
}

/// `text` without comments and without the XSD elements named in `leftOut`, each with the
/// indentation and line break around it. Only for govreg's own schemas: they bind the XSD
/// namespace to `xs` and hold no CDATA section, which this checks.
func stripped(_ text: String, of leftOut: Set<String>, file: String) -> String {
    guard text.components(separatedBy: schemaNamespace).count == 2, text.contains("xmlns:xs=\"\(schemaNamespace)\"") else {
        fail("\(file) must bind the XML Schema namespace once, to the prefix xs")
    }
    guard !text.contains("<![CDATA[") else { fail("\(file) holds a CDATA section") }
    var output = ""
    var rest = Substring(text)
    func dropIndentation() {
        while let last = output.last, last == " " || last == "\t" { output.removeLast() }
    }
    func dropLineBreak() {
        if rest.hasPrefix("\r\n") { rest = rest.dropFirst(2) } else if rest.hasPrefix("\n") { rest = rest.dropFirst() }
    }
    while let open = rest.firstIndex(of: "<") {
        output += rest[..<open]
        rest = rest[open...]
        if rest.hasPrefix("<!--") {
            guard let end = rest.range(of: "-->") else { fail("\(file): a comment does not end") }
            rest = rest[end.upperBound...]
            dropIndentation()
            dropLineBreak()
            continue
        }
        // XSD element names are letters only: the name ends at white space, "/" or ">".
        let name = rest.dropFirst(4).prefix(while: \.isLetter)
        if rest.hasPrefix("<xs:"), leftOut.contains(String(name)) {
            guard let tagEnd = rest.firstIndex(of: ">") else { fail("\(file): <xs:\(name) does not end") }
            if rest[rest.index(before: tagEnd)] == "/" {
                rest = rest[rest.index(after: tagEnd)...]
            } else {
                guard let end = endTag(of: String(name), in: rest) else { fail("\(file): <xs:\(name)> is not closed") }
                rest = rest[end...]
            }
            dropIndentation()
            dropLineBreak()
            continue
        }
        output += "<"
        rest = rest.dropFirst()
    }
    output += rest
    for name in leftOut where output.contains("<xs:\(name) ") || output.contains("<xs:\(name)>") {
        fail("\(file): an xs:\(name) is left in the text")
    }
    return output
}

/// Where the first end tag `</xs:name>` in `text` ends (white space allowed before its ">").
func endTag(of name: String, in text: Substring) -> Substring.Index? {
    var rest = text
    while let start = rest.range(of: "</xs:" + name) {
        let after = rest[start.upperBound...].drop { $0.isWhitespace }
        if after.first == ">" { return after.index(after: after.startIndex) }
        rest = rest[start.upperBound...]
    }
    return nil
}

/// `text` as a Swift raw string literal.
func literal(_ text: String) -> String {
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
    return "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)"
}

let arguments = CommandLine.arguments.dropFirst()
guard let outputPath = arguments.first else { fail("usage: embed-schemas OUTPUT.swift SCHEMA.xsd...") }

var published = ""
var structures = ""
var compiledTexts = ""
for path in arguments.dropFirst() {
    let url = URL(fileURLWithPath: path)
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { fail("cannot read \(path)") }
    published += "        \"\(url.lastPathComponent)\": \(literal(text)),\n"
    let structure = stripped(text, of: onlyForPeople, file: url.lastPathComponent)
    structures += "        \"\(url.lastPathComponent)\": \(literal(structure)),\n"
    let compiled = stripped(structure, of: identityConstraints, file: url.lastPathComponent)
    compiledTexts += "        \"\(url.lastPathComponent)\": \(literal(compiled)),\n"
}
let source = """
// Generated from Schemas/*.xsd by the EmbedSchemas plugin. Do not edit.

enum EmbeddedSchemas {
    /// The schema files by file name, as published.
    static let files: [String: String] = [
\(published)    ]

    /// The schema files by file name without comments and annotations.
    static let structureFiles: [String: String] = [
\(structures)    ]

    /// The schema files by file name as libxml2 compiles them: without comments, annotations and
    /// identity constraints.
    static let compiledFiles: [String: String] = [
\(compiledTexts)    ]
}

"""
do {
    try source.write(toFile: outputPath, atomically: true, encoding: .utf8)
} catch {
    fail("cannot write \(outputPath): \(error)")
}
