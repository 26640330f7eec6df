import Foundation
import Testing
@testable import GovernanceRegister

/// Names in a finding's text become links only where they stand as whole words; a row written at
/// once is the row built from its cells.
struct HTMLTests {
    private func rendered(_ text: String, _ links: [String: String]) -> String {
        HTML("p", [], HTML.linking(text, links)).rendered.trimmingCharacters(in: .newlines)
    }

    @Test("an agreement's id links to its page, also twice and next to punctuation")
    func wholeWords() {
        let links = ["sla-lis": "agreement-sla-lis.html", "sla-lis-2023": "agreement-sla-lis-2023.html"]
        #expect(rendered("agree in sla-lis-2023; see sla-lis.", links)
            == #"<p>agree in <a href="agreement-sla-lis-2023.html">sla-lis-2023</a>; see <a href="agreement-sla-lis.html">sla-lis</a>.</p>"#)
        #expect(rendered("xsla-lis and sla-lisx stay text", links) == "<p>xsla-lis and sla-lisx stay text</p>")
        #expect(rendered("<b>sla-lis</b>", links) == #"<p>&lt;b&gt;<a href="agreement-sla-lis.html">sla-lis</a>&lt;/b&gt;</p>"#)
        #expect(rendered("nothing to link", [:]) == "<p>nothing to link</p>")
    }

    @Test("an id with dots links whole, the longest name first, and a full stop after it stays text")
    func dottedNames() {
        let links = ["dvo": "agreement-dvo.html", "dvo.2025": "agreement-dvo.2025.html"]
        #expect(rendered("see dvo.2025. Then dvo.", links)
            == #"<p>see <a href="agreement-dvo.2025.html">dvo.2025</a>. Then <a href="agreement-dvo.html">dvo</a>.</p>"#)
        #expect(rendered("dvo.2026 is another", links) == #"<p><a href="agreement-dvo.html">dvo</a>.2026 is another</p>"#)
        // A combining mark after a name makes it another word.
        #expect(rendered("dvo\u{301} is not dvo", links) == "<p>dvo\u{301} is not " + #"<a href="agreement-dvo.html">dvo</a></p>"#)
    }

    @Test("a table row written at once escapes like the cells it stands for")
    func row() {
        let row = HTML.row(["P1 \"\u{301} onmouseover=x", "<b>4 uur</b>", "a & b's"]).rendered
        #expect(row == #"<tr><th scope="row">P1 &quot;\#u{301} onmouseover=x</th><td>&lt;b&gt;4 uur&lt;/b&gt;</td><td>a &amp; b&#39;s</td></tr>"# + "\n")
    }
}
