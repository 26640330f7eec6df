import Foundation
import Testing
@testable import GovernanceRegister

/// Names in a finding's text become links only where they stand as whole words.
struct HTMLLinkingTests {
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
}
