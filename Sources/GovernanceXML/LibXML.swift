import CLibXML2

/// libxml2's process-wide set-up, done exactly once, and the parser options govreg uses.
enum LibXML {
    /// The URL prefix under which govreg's own schemas are served to libxml2.
    static let schemaURLPrefix = "govreg-schemas:/"

    private static let initialisation: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader(loadOnlyGovregSchemas)
        govreg_silence_generic_errors_by_default()
    }()

    /// Initialises libxml2 once, and keeps its unstructured error channel quiet on the calling thread
    /// (libxml2 keeps that setting per thread, and threads made before initialisation lack it).
    static func prepare() {
        _ = initialisation
        govreg_silence_generic_errors()
    }

    /// Options for documents from outside: no network, true line numbers past 65,535. Deliberately
    /// absent: entity substitution, DTD loading or validation, XInclude, HUGE and RECOVER.
    static let documentOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// Runs `body` with a parser for `bytes` set to `documentOptions`, freed afterwards; nil when
    /// libxml2 cannot make one (empty input, no memory).
    static func withParser<T>(for bytes: UnsafeBufferPointer<UInt8>, _ body: (xmlParserCtxtPtr) -> T) -> T? {
        guard let base = bytes.baseAddress,
              let context = base.withMemoryRebound(to: CChar.self, capacity: bytes.count, {
                  xmlCreateMemoryParserCtxt($0, Int32(bytes.count))
              })
        else { return nil }
        defer { xmlFreeParserCtxt(context) }
        _ = xmlCtxtUseOptions(context, documentOptions)
        return body(context)
    }

    /// Copies a libxml2-allocated string into Swift and frees it.
    static func takeString(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        defer { govreg_xml_free(pointer) }
        return String(cString: pointer)
    }
}

/// The process-wide external-entity loader: serves govreg's own schemas and refuses everything
/// else, so no document can make govreg open a file or a network address.
private func loadOnlyGovregSchemas(
    _ url: UnsafePointer<CChar>?,
    _ publicID: UnsafePointer<CChar>?,
    _ context: xmlParserCtxtPtr?
) -> xmlParserInputPtr? {
    guard let url, let context else { return nil }
    let address = String(cString: url)
    guard address.hasPrefix(LibXML.schemaURLPrefix),
          let text = GovregSchemas.compiledTexts[String(address.dropFirst(LibXML.schemaURLPrefix.count))],
          let input = text.withCString({ xmlNewStringInputStream(context, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) })
    else { return nil }
    if let name = xmlCharStrdup(url) {
        input.pointee.filename = UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self)
    }
    return input
}
