/// A self-contained HTML5 page: inline style, no scripts, no external assets; readable on a phone,
/// and printable on A4 with each `section.page` starting a new sheet.
struct HTMLPage {
    let title: String
    let language: Language
    let body: [HTML]
    /// Links to show above the content, as (address, label).
    var navigation: [(String, String)] = []
    /// Style rules for this kind of page only.
    var extraStyle: StaticString = ""

    init(title: String, language: Language, body: [HTML], navigation: [(String, String)] = [], extraStyle: StaticString = "") {
        self.title = title
        self.language = language
        self.body = body
        self.navigation = navigation
        self.extraStyle = extraStyle
    }

    var html: String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// The page as UTF-8, made in one buffer: a page of 200 MB is not copied once for each
    /// element around its content.
    var bytes: [UInt8] {
        let head = HTML("head", [], [
            HTML("meta", [HTML.Attribute("charset", "utf-8")]),
            HTML("meta", [HTML.Attribute("name", "viewport"), HTML.Attribute("content", "width=device-width, initial-scale=1")]),
            HTML("title", text: title),
            HTML("style", [], [.trusted(HTMLPage.style), .trusted(extraStyle)]),
        ])
        var links: [HTML] = []
        for (index, link) in navigation.enumerated() {
            if index > 0 { links.append(.text(" · ")) }
            links.append(HTML("a", [.href(link.0)], text: link.1))
        }
        let nav = navigation.isEmpty ? nil : HTML("nav", [], links)
        var output: [UInt8] = []
        output.reserveCapacity(head.size + (nav?.size ?? 0) + body.reduce(0) { $0 + $1.size } + 128)
        output.append("<!DOCTYPE html>\n")
        HTML.write(element: "html", [HTML.Attribute("lang", language.rawValue)], into: &output) { output in
            head.append(to: &output)
            HTML.write(element: "body", [], into: &output) { output in
                nav?.append(to: &output)
                HTML.write(element: "main", [], into: &output) { output in
                    for part in body { part.append(to: &output) }
                }
            }
        }
        return output
    }

    static let style: StaticString = """

    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.45; margin: 0; color: #1a1a1a; background: #fff; }
    main { max-width: 64rem; margin: 0 auto; padding: 1rem; }
    nav { padding: .6rem 1rem; background: #f2f4f7; border-bottom: 1px solid #d0d5dd; }
    nav a { color: #1d4ed8; }
    h1 { font-size: 1.5rem; margin: .5rem 0 1rem; }
    h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
    h1, h2, h3, p, li, dd, legend, label { overflow-wrap: break-word; hyphens: auto; }
    .scroll { overflow-x: auto; }
    table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
    caption { text-align: left; font-weight: 600; padding: .3rem 0; }
    th, td { border: 1px solid #d0d5dd; padding: .3rem .5rem; vertical-align: top; text-align: left; }
    thead th, tfoot th, tfoot td { background: #f2f4f7; }
    table.raci td { text-align: center; min-width: 2rem; }
    td.role-A { background: #fde2e1; font-weight: 700; }
    td.role-R { background: #e0ecff; font-weight: 600; }
    .key, .legend, .meta { font-size: .85rem; color: #444; }
    .overdue { color: #b42318; font-weight: 700; }
    .due-soon { color: #b54708; font-weight: 600; }
    .ok { color: #067647; }
    .overdue a, .due-soon a { color: inherit; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
    dt { font-weight: 600; }
    dd { margin: 0; }
    @media (max-width: 40rem) { dl { grid-template-columns: 1fr; } main { padding: .5rem; } }
    @page { size: A4; margin: 15mm; }
    @media print {
      nav { display: none; }
      main { max-width: none; padding: 0; }
      body { font-size: 11pt; }
      table { font-size: 10pt; width: 100%; }
      th, td { overflow-wrap: anywhere; hyphens: auto; min-width: 6.5em; }
      .key, .legend, .meta { font-size: 9.5pt; }
      h1, h2, h3, caption { break-after: avoid; }
      a[href^="tel:"], a[href^="mailto:"], .phone, .number { white-space: nowrap; }
      .scroll { overflow: visible; }
      section.page { break-before: page; }
      section.page:first-of-type { break-before: auto; }
      tr, dl { break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
    }

    """
}
