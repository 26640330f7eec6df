import Foundation
import Testing
@testable import GovernanceRegister

struct PlaceholderTests {
    @Test("a mark in any case, across line breaks and odd spaces, is a placeholder; near misses are not")
    func marks() {
        let marked = ["(invullen)", "  (Fill\n   in) ", "(FILL IN)", "Naam (invullen) volgt", "(fill\u{00A0}in)", "(fill\r\nin)",
                      "Één (Invullen)", "(fill in)(invullen)", "(fill\tin) en meer"]
        for value in marked {
            #expect(Placeholder.kind(of: value) == .marked, "\(value.debugDescription)")
        }
        let real = ["(in vullen)", "fill in", "(fillin)", "(fïll in)", "(fill in", "invullen)", "", "(", "Dossierhuis (HIS)", "(ﬁll in)"]
        for value in real {
            #expect(Placeholder.kind(of: value) == nil, "\(value.debugDescription)")
        }
    }

    @Test("a phone number of zeros is a placeholder, a real one is not")
    func phones() {
        #expect(Placeholder.kind(of: "+31 00 000 0000") == .phone)
        #expect(Placeholder.kind(of: " +3100000000 ") == .phone)
        #expect(Placeholder.kind(of: "+31 20 000 0000") == nil)
        #expect(Placeholder.kind(of: "+32 00 000 0000") == nil)
    }

    @Test("the language a file declares is found before its root is parsed, past comments and declarations")
    func declaredLanguage() {
        func language(_ text: String) -> Language? { DeclaredLanguage.of(Array(text.utf8)) }
        #expect(language(#"<?xml version="1.0"?><register xml:lang="nl">"#) == .dutch)
        #expect(language("<?xml version='1.0'?>\n<!-- <register xml:lang=\"en\"> -->\n<register xmlns='urn:govreg:register:1' xml:lang='nl-NL'>") == .dutch)
        #expect(language(#"<!DOCTYPE register><register xml:lang="en"><name xml:lang="nl">"#) == .english)
        #expect(language(#"<register><name xml:lang="nl">"#) == nil)
        #expect(language(#"<?xml version="1.0"?><!-- never closed <register xml:lang="nl">"#) == nil)
        #expect(language(#"<register xml:lang=""#) == .english)
        #expect(language("") == nil)
        #expect(language("<") == nil)
    }
}
