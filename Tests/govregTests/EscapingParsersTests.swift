import Foundation
import Testing
@testable import GovernanceRegister

/// Register text with the characters that defeat escaping done by whole characters (grapheme
/// clusters), read back by the parsers people's tools use: an HTML5 parser, Python's csv module, a
/// CommonMark renderer and an iCalendar library. Each must see the text as written and nothing more.
struct EscapingParsersTests {
    /// Hostile names, each as a person could type it into a register (XML escapes aside).
    static let names = [
        "Quote\"\u{301} onmouseover=\"alert(1)",       // a quote with a combining mark
        "=\u{301}HYPERLINK(\"http://evil.example\")",   // a formula behind a combining mark
        "=\u{200D}1+1",                                 // behind a zero-width joiner
        "+\u{FE0F}2+2",                                 // behind a variation selector
        "Comma,\u{301} semicolon;\u{301} split",        // separators with combining marks
        "Line one\r\n# Heading\r\nthree",               // CR LF starting a heading
        "Lone\rcarriage return",                        // a lone CR
        "Bidi \u{202E}gnp.exe",                         // a right-to-left override
        "C1 \u{85}next \u{9B}31m",                      // C1 controls: NEL and CSI
    ]

    /// XML text for a name: markup escaped, and CR written as a character reference (a parser
    /// turns a literal CR into a line feed).
    static func xml(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case "\r": result += "&#13;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The example register with one party and one activity per hostile name, each party holding
    /// a role in its activity, and the agreement titled with all names.
    static func register(in folder: URL) throws -> String {
        let parties = names.enumerated().map { index, name in
            #"<party id="p\#(index)" kind="internal"><name>\#(xml(name))</name></party>"#
        }.joined(separator: "\n")
        let activities = names.enumerated().map { index, name in
            #"<activity id="a\#(index)"><name>\#(xml(name))</name><assignment party="it" role="A"/><assignment party="p\#(index)" role="R"/></activity>"#
        }.joined(separator: "\n")
        var text = ExampleRegister.document()
        text = text.replacingOccurrences(of: #"<party id="acme" kind="vendor">"#, with: parties + "\n" + #"<party id="acme" kind="vendor">"#)
        text = text.replacingOccurrences(of: "</activity>\n", with: "</activity>\n" + activities + "\n")
        text = text.replacingOccurrences(of: "<title>EHR service agreement</title>", with: "<title>\(xml(names.joined(separator: " / ")))</title>")
        let path = folder.appending(path: "hostile.xml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func output(_ arguments: [String]) throws -> String {
        // Exit status 1 is fine for reviews: the example's critical EHR was never drilled.
        let outcome = try GovregProcess.run(arguments + ["--as-of", "2026-06-01"])
        #expect(outcome.status == 0 || (arguments[0] == "reviews" && outcome.status == 1), "\(outcome.stderr)")
        return outcome.stdout
    }

    /// Runs a Python script on `input` (given as a file) and returns what it prints.
    private func python(_ script: String, on input: String) throws -> String {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "input")
        try Data(input.utf8).write(to: file)
        let outcome = try GovregProcess.runProgram(["/usr/bin/python3", "-c", script, file.path])
        #expect(outcome.status == 0, "python: \(outcome.stderr)")
        return outcome.stdout
    }

    /// Decodes the JSON lines a script printed.
    private func lines(_ text: String) throws -> [Any] {
        try text.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8), options: .fragmentsAllowed) }
    }

    @Test("an HTML5 parser finds every name as text and no attribute or element the names would add")
    func html() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try output(["raci", try Self.register(in: folder), "--format", "html"])
        let script = """
        import sys, json, html5lib
        tree = html5lib.parse(open(sys.argv[1], encoding='utf-8').read(), namespaceHTMLElements=False)
        print(json.dumps(sorted({a for e in tree.iter() for a in e.attrib})))
        print(json.dumps(sorted({e.tag for e in tree.iter() if isinstance(e.tag, str)})))
        print(json.dumps([e.get('title') for e in tree.iter('abbr')]))
        print(json.dumps([''.join(e.itertext()) for e in tree.iter('th') if e.get('scope') == 'row']))
        """
        let found = try lines(try python(script, on: page))
        let attributes = try #require(found[0] as? [String])
        #expect(!attributes.contains { $0.hasPrefix("on") }, "\(attributes)")
        let tags = try #require(found[1] as? [String])
        #expect(Set(tags).isSubset(of: ["html", "head", "body", "meta", "title", "style", "main", "nav", "a", "h1", "h2", "p", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "abbr", "b", "span", "div", "section", "footer", "header", "ul", "li", "small"]), "\(tags)")
        let titles = try #require(found[2] as? [String])
        // An HTML parser reads CR LF and a lone CR as one line feed.
        for name in Self.names {
            let read = name.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            #expect(titles.contains(read), "\(name.debugDescription) is not a column title")
        }
    }

    @Test("Python's csv module reads every row with the same columns, every name whole, formulas as text")
    func csv() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for separator in ["comma", "semicolon"] {
            let table = try output(["raci", try Self.register(in: folder), "--format", "csv", "--separator", separator])
            let script = """
            import sys, csv, json
            rows = list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline=''), delimiter=sys.argv[2]))
            print(json.dumps(sorted({len(r) for r in rows})))
            print(json.dumps([c for r in rows for c in r]))
            """
            let outcome = try GovregProcess.runProgram(["/usr/bin/python3", "-c", script, try write(table, in: folder), separator == "comma" ? "," : ";"])
            let found = try lines(outcome.stdout)
            #expect((found.first as? [Int])?.count == 1, "rows of different lengths: \(String(describing: found.first))")
            let cells = try #require(found.last as? [String])
            for name in Self.names {
                let formula = ["=", "+"].contains(name.unicodeScalars.first.map(String.init) ?? "")
                #expect(cells.contains(formula ? "'" + name : name), "\(name.debugDescription) is not a whole cell")
            }
            #expect(!cells.contains { ["=", "+", "-", "@"].contains($0.unicodeScalars.first.map(String.init) ?? "") })
        }
    }

    private func write(_ text: String, in folder: URL) throws -> String {
        let file = folder.appending(path: "out-\(UUID().uuidString)")
        try Data(text.utf8).write(to: file)
        return file.path
    }

    @Test("a CommonMark renderer makes no heading, link or extra row out of a name, and shows each as written")
    func markdown() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try output(["raci", try Self.register(in: folder), "--format", "markdown"])
        let script = """
        import sys, json, html5lib
        from markdown_it import MarkdownIt
        rendered = MarkdownIt('commonmark').enable('table').render(open(sys.argv[1], encoding='utf-8').read())
        tree = html5lib.parse(rendered, namespaceHTMLElements=False)
        print(json.dumps([e.tag for e in tree.iter() if e.tag in ('h1','h2','h3','h4','h5','h6','a','script','img')]))
        print(json.dumps(sorted({len(list(r)) for r in tree.iter('tr')})))
        print(json.dumps([''.join(c.itertext()) for r in tree.iter('tr') for c in r]))
        """
        let found = try lines(try python(script, on: text))
        let special = try #require(found[0] as? [String])
        #expect(special.allSatisfy { $0 == "h1" || $0 == "h2" }, "\(special)")
        #expect(special.count { $0 == "h1" } == 1)
        #expect((found[1] as? [Int])?.count == 1, "table rows of different lengths")
        let cells = try #require(found[2] as? [String])
        for name in Self.names {
            // Line breaks become one space; everything else shows as written.
            var shown = ""
            var afterBreak = false
            for scalar in name.unicodeScalars {
                if scalar == "\r" || scalar == "\n" { if !afterBreak { shown += " " }; afterBreak = true } else { shown.unicodeScalars.append(scalar); afterBreak = false }
            }
            #expect(cells.contains(shown), "\(name.debugDescription) does not show as written")
        }
    }

    @Test("an iCalendar library reads the title back with each line break, CR LF and lone CR alike, as one newline")
    func icalendar() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let calendar = try output(["reviews", try Self.register(in: folder), "--format", "ics"])
        let script = """
        import sys, json, icalendar
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        print(json.dumps([str(e['SUMMARY']) for e in cal.walk('VEVENT') if str(e['UID']).startswith('review-')]))
        """
        let summaries = try #require(try lines(try python(script, on: calendar)).first as? [String])
        let title = Self.names.joined(separator: " / ").replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        #expect(summaries.count == 1)
        #expect(summaries.first?.hasSuffix(title) == true, "\(summaries)")
    }

    @Test("plain text shows bidi and C1 controls visibly instead of passing them to the terminal")
    func plainText() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.register(in: folder)
        for arguments in [["raci", path], ["reviews", path, "--all"]] {
            let text = try output(arguments)
            #expect(!text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) || $0.value == 0x202E || $0.value == 0x0D }, "\(arguments[0])")
            if arguments[0] == "raci" {
                #expect(text.contains("Bidi <U+202E>gnp.exe"))
                #expect(text.contains("C1 <U+0085>next <U+009B>31m"))
            }
        }
    }
}
