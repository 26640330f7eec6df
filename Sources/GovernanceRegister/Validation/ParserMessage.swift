import Foundation
/// Rewrites the libxml2 parser messages that would send a user the wrong way (towards a libxml2
/// option, or a cryptic hint) into what the user can do.
enum ParserMessage {
    /// `beginsWithTag` tells whether the file's first visible character is `<`.
    static func friendly(_ raw: String, beginsWithTag: Bool) -> String {
        if raw.hasPrefix("Excessive depth in document") {
            return "elements are nested more than 256 levels deep; a govreg file never needs that many"
        }
        if raw.hasPrefix("AttValue length too long") {
            return "an attribute value is longer than 10,000,000 characters"
        }
        if raw.hasPrefix("Input is not proper UTF-8") {
            let bytes = raw.range(of: "Bytes: ").map { " (bytes " + raw[$0.upperBound...] + ")" } ?? ""
            return "the text is not valid UTF-8\(bytes); save the file as UTF-8, or name its encoding in the XML declaration"
        }
        if raw.hasPrefix("Start tag expected, '<' not found") || raw.hasPrefix("Document is empty") {
            return beginsWithTag
                ? "no element found; a govreg file holds one <register> or <agreement> element"
                : "this is not an XML file: it does not begin with '<'"
        }
        // Declarations that break the rules of Namespaces in XML, which xmllint reports as
        // warnings and govreg refuses: a reader of the file cannot tell what its names mean.
        if raw.hasSuffix(": Empty XML namespace is not allowed"), let prefix = raw.split(separator: ":").dropFirst().first {
            return "xmlns:\(prefix)=\"\" gives the prefix \(prefix) no namespace, which the rules of XML namespaces forbid; remove the declaration or give it a namespace URI"
        }
        if raw.hasPrefix("xml namespace prefix mapped to wrong URI") {
            return "the prefix xml is declared here for another namespace; xml always means http://www.w3.org/XML/1998/namespace, so remove this declaration"
        }
        if raw.hasPrefix("xml namespace URI mapped to wrong prefix") {
            return "the XML namespace http://www.w3.org/XML/1998/namespace is declared here with another prefix than xml; remove this declaration"
        }
        if raw.hasPrefix("redefinition of the xmlns prefix is forbidden") || raw.hasPrefix("reuse of the xmlns namespace name is forbidden") {
            return "xmlns is reserved for declaring namespaces and cannot be declared itself; remove this declaration"
        }
        return raw
    }
}
