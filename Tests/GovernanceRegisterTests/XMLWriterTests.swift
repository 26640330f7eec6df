import GovernanceXML
import Testing

/// The writer of other vocabularies' XML (a Word document's parts): text is always text.
struct XMLWriterTests {
    @Test("markup in text and attributes is escaped, and characters XML 1.0 cannot hold become U+FFFD")
    func escaping() {
        let xml = XMLWriter()
        xml.element("w:p", [("w:val", "\"<a&b>\"")]) {
            xml.element("w:t") { xml.text("1 < 2 & </w:t><w:p>\u{1}\u{B}end") }
        }
        let text = String(decoding: xml.finish(), as: UTF8.self)
        #expect(text == """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:p w:val="&quot;&lt;a&amp;b&gt;&quot;"><w:t>1 &lt; 2 &amp; &lt;/w:t&gt;&lt;w:p&gt;\u{FFFD}\u{FFFD}end</w:t></w:p>

            """)
    }
}
