import Foundation

// Writes a Swift file that holds the given XSD files as string literals:
//     embed-schemas OUTPUT.swift SCHEMA.xsd...
// Used by the EmbedSchemas build-tool plugin; not part of the govreg product.

let arguments = CommandLine.arguments.dropFirst()
guard let outputPath = arguments.first else {
    FileHandle.standardError.write(Data("usage: embed-schemas OUTPUT.swift SCHEMA.xsd...\n".utf8))
    exit(2)
}

var source = """
// Generated from Schemas/*.xsd by the EmbedSchemas plugin. Do not edit.

enum EmbeddedSchemas {
    /// The schema files by file name.
    static let files: [String: String] = [

"""
for path in arguments.dropFirst() {
    let url = URL(fileURLWithPath: path)
    let text = try String(contentsOf: url, encoding: .utf8)
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
    source += "        \"\(url.lastPathComponent)\": \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
}
source += "    ]\n}\n"
try source.write(toFile: outputPath, atomically: true, encoding: .utf8)
