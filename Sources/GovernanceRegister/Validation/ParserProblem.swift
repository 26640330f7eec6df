import Foundation

/// Why a file is not well-formed XML, read out of libxml2's parser message into typed values and
/// worded for the person who typed it: "write & as &amp;", not "xmlParseEntityRef: no name".
enum ParserProblem: Equatable {
    case bareAmpersand
    case unknownEntity(String)
    case tagMismatch(opened: String, line: Int?, closedBy: String)
    case endsEarly(element: String?)
    case unquotedAttribute
    case lessThanInText
    case startTagNotClosed(String)
    case duplicateAttribute(String)
    case contentAfterRoot
    case tooDeep
    case valueTooLong
    case notUTF8(bytes: String?)
    case noElement(beginsWithTag: Bool)
    case emptyNamespacePrefix(String)
    case xmlPrefixRebound
    case xmlNamespaceRebound
    case xmlnsDeclared
    case undeclaredPrefix(String)
    case doctype
    case attributeWithoutValue(String)
    case attributesRunTogether
    case lessThanInAttribute
    case invalidCharacterReference
    case controlCharacter
    case commentNotClosed
    case cdataNotClosed
    case cdataEndInText
    case declarationNotFirst
    case declarationMalformed
    case unsupportedEncoding(String)
    case wrongEncodingLabel
    case unsupportedVersion
    case instructionWithoutTarget
    case tagNotClosed
    /// Anything else, in libxml2's words.
    case other(String)

    init(libxml2 raw: String, beginsWithTag: Bool) {
        func after(_ marker: String) -> String? {
            raw.range(of: marker).map { String(raw[$0.upperBound...]).trimmingCharacters(in: .whitespaces) }
        }
        if raw.hasPrefix("xmlParseEntityRef: no name") || raw.hasPrefix("EntityRef: expecting ';'") {
            self = .bareAmpersand
        } else if raw.hasPrefix("Entity '"), raw.hasSuffix("' not defined") {
            self = .unknownEntity(String(raw.dropFirst(8).dropLast(13)))
        } else if let rest = after("Opening and ending tag mismatch: ") {
            // "parties line 47 and register"
            let words = rest.split(separator: " ").map(String.init)
            self = .tagMismatch(opened: words.first ?? "", line: words.count > 2 ? Int(words[2]) : nil, closedBy: words.last ?? "")
        } else if raw.hasPrefix("Premature end of data in tag ") {
            self = .endsEarly(element: raw.dropFirst("Premature end of data in tag ".count).split(separator: " ").first.map(String.init))
        } else if raw.hasPrefix("EndTag: '</' not found") || raw.contains("Premature end of data") {
            self = .endsEarly(element: nil)
        } else if raw.hasPrefix("AttValue: \" or ' expected") || raw.hasPrefix("AttValue: ' expected") || raw.hasPrefix("AttValue: \" expected") {
            self = .unquotedAttribute
        } else if raw.hasPrefix("StartTag: invalid element name") {
            self = .lessThanInText
        } else if let name = after("Couldn't find end of Start Tag ") {
            self = .startTagNotClosed(String(name.split(separator: " ").first ?? ""))
        } else if raw.hasPrefix("Attribute "), raw.contains(" redefined") {
            self = .duplicateAttribute(String(raw.dropFirst(10).prefix { $0 != " " }))
        } else if raw.hasPrefix("Extra content at the end of the document") {
            self = .contentAfterRoot
        } else if raw.hasPrefix("Excessive depth in document") {
            self = .tooDeep
        } else if raw.hasPrefix("AttValue length too long") {
            self = .valueTooLong
        } else if raw.hasPrefix("Input is not proper UTF-8") {
            self = .notUTF8(bytes: after("Bytes: "))
        } else if raw.hasPrefix("Start tag expected, '<' not found") || raw.hasPrefix("Document is empty") {
            self = .noElement(beginsWithTag: beginsWithTag)
        } else if raw.hasSuffix(": Empty XML namespace is not allowed"), let prefix = raw.split(separator: ":").dropFirst().first {
            self = .emptyNamespacePrefix(String(prefix))
        } else if raw.hasPrefix("xml namespace prefix mapped to wrong URI") {
            self = .xmlPrefixRebound
        } else if raw.hasPrefix("xml namespace URI mapped to wrong prefix") {
            self = .xmlNamespaceRebound
        } else if raw.hasPrefix("redefinition of the xmlns prefix is forbidden") || raw.hasPrefix("reuse of the xmlns namespace name is forbidden") {
            self = .xmlnsDeclared
        } else if raw.hasPrefix("Namespace prefix "), let prefix = raw.dropFirst(17).split(separator: " ").first {
            self = .undeclaredPrefix(String(prefix))
        } else if let name = after("Specification mandates value for attribute ") {
            self = .attributeWithoutValue(name)
        } else if raw.hasPrefix("attributes construct error") {
            self = .attributesRunTogether
        } else if raw.hasPrefix("Unescaped '<' not allowed in attributes values") {
            self = .lessThanInAttribute
        } else if raw.hasPrefix("xmlParseCharRef") || raw.hasPrefix("CharRef: invalid") {
            self = .invalidCharacterReference
        } else if raw.hasPrefix("PCDATA invalid Char value") || raw.hasPrefix("invalid character in attribute value") || (raw.hasPrefix("Char 0x") && raw.contains("out of allowed range")) {
            self = .controlCharacter
        } else if raw.hasPrefix("Comment not terminated") || raw.hasPrefix("Double hyphen within comment") {
            self = .commentNotClosed
        } else if raw.hasPrefix("CData section not finished") {
            self = .cdataNotClosed
        } else if raw.hasPrefix("Sequence ']]>' not allowed in content") {
            self = .cdataEndInText
        } else if raw.hasPrefix("XML declaration allowed only at the start of the document") {
            self = .declarationNotFirst
        } else if raw.hasPrefix("parsing XML declaration") || raw.hasPrefix("String not started expecting") || raw.hasPrefix("Malformed declaration") || raw.hasPrefix("Blank needed here") {
            self = .declarationMalformed
        } else if let name = after("Unsupported encoding ") {
            self = .unsupportedEncoding(name)
        } else if raw.hasPrefix("Document labelled UTF-16 but has UTF-8 content") {
            self = .wrongEncodingLabel
        } else if raw.hasPrefix("Unsupported version") {
            self = .unsupportedVersion
        } else if raw.hasPrefix("xmlParsePI : no target name") || raw.hasPrefix("ParsePI: PI") {
            self = .instructionWithoutTarget
        } else if raw.hasPrefix("expected '>'") {
            self = .tagNotClosed
        } else {
            self = .other(raw)
        }
    }

    /// The problem in words, with what to do about it.
    func message(_ w: Wording) -> String {
        switch self {
        case .bareAmpersand:
            return w("an & that does not start an entity; write & as &amp;", "een & die geen entiteit begint; schrijf & als &amp;")
        case .unknownEntity(let name):
            return w("&\(name); is not an XML entity (it may be HTML's); write the character itself, or &amp; for &",
                     "&\(name); is geen XML-entiteit (misschien die van HTML); schrijf het teken zelf, of &amp; voor &")
        case let .tagMismatch(opened, line, closedBy):
            let at = line.map { w(" on line \($0)", " op regel \($0)") } ?? ""
            return w("<\(opened)>\(at) is not closed before </\(closedBy)>; add </\(opened)> where it ends",
                     "<\(opened)>\(at) is niet afgesloten vóór </\(closedBy)>; voeg </\(opened)> toe waar het eindigt")
        case .endsEarly(let element):
            let what = element.map { "<\($0)>" } ?? w("an element", "een element")
            return w("the file ends before \(what) is closed; it may have been cut off", "het bestand houdt op voordat \(what) is afgesloten; misschien is het afgebroken")
        case .unquotedAttribute:
            return w("an attribute value without quotes; write name=\"value\"", "een attribuutwaarde zonder aanhalingstekens; schrijf naam=\"waarde\"")
        case .lessThanInText:
            return w("a < that does not start a tag; write < in text as &lt;", "een < die geen tag begint; schrijf < in tekst als &lt;")
        case .startTagNotClosed(let name):
            return w("the start tag <\(name) is not closed with >", "de begintag <\(name) is niet afgesloten met >")
        case .duplicateAttribute(let name):
            return w("the attribute \(name) appears twice in one element; keep one", "het attribuut \(name) staat twee keer in één element; houd er één")
        case .contentAfterRoot:
            return w("there is more after the closing tag of the root element; a file holds one <register> or <agreement>",
                     "er staat nog iets na de sluittag van het hoofdelement; een bestand bevat één <register> of <agreement>")
        case .tooDeep:
            return w("elements are nested more than 256 levels deep; a govreg file never needs that many",
                     "elementen zijn meer dan 256 niveaus diep genest; een govreg-bestand heeft er nooit zoveel nodig")
        case .valueTooLong:
            return w("an attribute value is longer than 10,000,000 characters", "een attribuutwaarde is langer dan 10.000.000 tekens")
        case .notUTF8(let bytes):
            let shown = bytes.map { w(" (bytes \($0))", " (bytes \($0))") } ?? ""
            return w("the text is not valid UTF-8\(shown); save the file as UTF-8, or name its encoding in the XML declaration",
                     "de tekst is geen geldige UTF-8\(shown); sla het bestand op als UTF-8, of noem de codering in de XML-declaratie")
        case .noElement(let beginsWithTag):
            return beginsWithTag
                ? w("no element found; a govreg file holds one <register> or <agreement> element", "geen element gevonden; een govreg-bestand bevat één element <register> of <agreement>")
                : w("this is not an XML file: it does not begin with '<'", "dit is geen XML-bestand: het begint niet met '<'")
        case .emptyNamespacePrefix(let prefix):
            return w("xmlns:\(prefix)=\"\" gives the prefix \(prefix) no namespace, which the rules of XML namespaces forbid; remove the declaration or give it a namespace URI",
                     "xmlns:\(prefix)=\"\" geeft het voorvoegsel \(prefix) geen naamruimte, wat de regels voor XML-naamruimten verbieden; haal de declaratie weg of geef een naamruimte-URI")
        case .xmlPrefixRebound:
            return w("the prefix xml is declared here for another namespace; xml always means http://www.w3.org/XML/1998/namespace, so remove this declaration",
                     "het voorvoegsel xml is hier voor een andere naamruimte gedeclareerd; xml betekent altijd http://www.w3.org/XML/1998/namespace, dus haal deze declaratie weg")
        case .xmlNamespaceRebound:
            return w("the XML namespace http://www.w3.org/XML/1998/namespace is declared here with another prefix than xml; remove this declaration",
                     "de XML-naamruimte http://www.w3.org/XML/1998/namespace is hier met een ander voorvoegsel dan xml gedeclareerd; haal deze declaratie weg")
        case .xmlnsDeclared:
            return w("xmlns is reserved for declaring namespaces and cannot be declared itself; remove this declaration",
                     "xmlns is gereserveerd voor het declareren van naamruimten en kan zelf niet gedeclareerd worden; haal deze declaratie weg")
        case .undeclaredPrefix(let prefix):
            return w("the prefix \(prefix): is used but not declared; remove it, or declare xmlns:\(prefix)", "het voorvoegsel \(prefix): wordt gebruikt maar is niet gedeclareerd; haal het weg, of declareer xmlns:\(prefix)")
        case .doctype:
            return w("a DOCTYPE is not allowed in a govreg file; remove it (registers never need one, and it could make a reader fetch files or expand entities)",
                     "een DOCTYPE is niet toegestaan in een govreg-bestand; haal het weg (een register heeft er nooit een nodig, en het kan een lezer bestanden laten ophalen of entiteiten laten uitvouwen)")
        case .attributeWithoutValue(let name):
            return w("the attribute \(name) has no value; write \(name)=\"value\", or remove it (a < in text is written &lt;)",
                     "het attribuut \(name) heeft geen waarde; schrijf \(name)=\"waarde\", of haal het weg (een < in tekst schrijft u als &lt;)")
        case .attributesRunTogether:
            return w("attributes need a space between them, and a tag ends with > or />; write a=\"1\" b=\"2\"",
                     "tussen attributen hoort een spatie, en een tag eindigt met > of />; schrijf a=\"1\" b=\"2\"")
        case .lessThanInAttribute:
            return w("a < inside an attribute value, or a value whose closing quote is missing; write < as &lt; and close the quote",
                     "een < in een attribuutwaarde, of een waarde zonder sluitend aanhalingsteken; schrijf < als &lt; en sluit het aanhalingsteken")
        case .invalidCharacterReference:
            return w("a character reference (&#...;) that names no character XML allows; write the character itself",
                     "een tekenverwijzing (&#...;) die geen teken noemt dat XML toestaat; schrijf het teken zelf")
        case .controlCharacter:
            return w("a control character that XML does not allow (often pasted from another program); remove it",
                     "een stuurteken dat XML niet toestaat (vaak meegeplakt uit een ander programma); haal het weg")
        case .commentNotClosed:
            return w("a comment that is not closed with --> (or that holds --); close it with -->",
                     "een commentaar dat niet met --> is afgesloten (of dat -- bevat); sluit het af met -->")
        case .cdataNotClosed:
            return w("a <![CDATA[ section that is not closed with ]]>", "een <![CDATA[-sectie die niet met ]]> is afgesloten")
        case .cdataEndInText:
            return w("]]> cannot appear in text; write it as ]]&gt;", "]]> mag niet in tekst staan; schrijf het als ]]&gt;")
        case .declarationNotFirst:
            return w("the XML declaration <?xml ...?> must be the very first thing in the file, with nothing (not even a blank line) before it, and only once",
                     "de XML-declaratie <?xml ...?> moet helemaal vooraan in het bestand staan, zonder iets (ook geen lege regel) ervoor, en maar één keer")
        case .declarationMalformed:
            return w("the XML declaration is not written correctly; write <?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                     "de XML-declaratie is niet goed geschreven; schrijf <?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        case .unsupportedEncoding(let name):
            return w("the encoding \(name) is not known; save the file as UTF-8 and write encoding=\"UTF-8\"",
                     "de codering \(name) is onbekend; sla het bestand op als UTF-8 en schrijf encoding=\"UTF-8\"")
        case .wrongEncodingLabel:
            return w("the file says it is UTF-16 but is UTF-8; write encoding=\"UTF-8\"", "het bestand zegt UTF-16 te zijn maar is UTF-8; schrijf encoding=\"UTF-8\"")
        case .unsupportedVersion:
            return w("only XML version 1.0 is supported; write version=\"1.0\"", "alleen XML-versie 1.0 wordt ondersteund; schrijf version=\"1.0\"")
        case .instructionWithoutTarget:
            return w("<? must be followed by a name (as in <?xml); remove it, or write < in text as &lt;",
                     "na <? hoort een naam (zoals in <?xml); haal het weg, of schrijf < in tekst als &lt;")
        case .tagNotClosed:
            return w("a tag is not closed with >; a closing tag is written </name>", "een tag is niet afgesloten met >; een sluittag schrijft u als </naam>")
        case .other(let raw):
            return w(raw, "libxml2 meldt: \"\(raw)\"")
        }
    }
}
