import Foundation
import Testing
import GovernanceXML

/// Register text is data, never markup: names full of HTML, spreadsheet formulas and Markdown
/// give escaped, inert output in every format.
struct HostileNamesTests {
    static let script = "<script>alert('pm')</script> | *PM*"
    static let formula = #"=HYPERLINK("http://evil.example","klik") | **vet**"#
    static let title = "<b>DVO</b> | _HIS_ [link](javascript:alert(1))"
    static let matrix = "@SUM(1+1) | <img src=x onerror=alert(1)>"

    /// The GP-practice sample with hostile names for a party, an activity, an agreement and a matrix.
    static func register(in folder: URL) throws -> String {
        var text = try String(contentsOf: GovregProcess.packageRoot.appending(path: "Samples/registers/gp-practice.xml"), encoding: .utf8)
        func xml(_ value: String) -> String {
            value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        }
        let replacements = [
            ("<name>Praktijkmanager</name>", "<name>\(xml(script))</name>"),
            ("<name>Storing melden bij de leverancier</name>", "<name>\(xml(formula))</name>"),
            ("<title>Dienstverleningsovereenkomst HIS 2024</title>", "<title>\(xml(title))</title>"),
            ("<title>Continuïteitsplan bij uitval HIS/KIS</title>", "<title>\(xml(matrix))</title>"),
        ]
        for (plain, hostile) in replacements {
            #expect(text.contains(plain))
            text = text.replacingOccurrences(of: plain, with: hostile)
        }
        let path = folder.appending(path: "hostile.xml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func run(_ arguments: [String]) throws -> String {
        let outcome = try GovregProcess.run(arguments + ["--as-of", "2026-11-22"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return outcome.stdout
    }

    @Test("HTML shows the names as text")
    func html() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.register(in: folder)
        let site = folder.appending(path: "site")
        _ = try run(["report", path, "--output", site.path])
        let pages = try ["raci", "summary"].map { try run([$0, path, "--format", "html"]) }
            + FileManager.default.contentsOfDirectory(atPath: site.path).map { try String(contentsOf: site.appending(path: $0), encoding: .utf8) }
        for page in pages {
            #expect(!page.contains("<script") && !page.contains("<img") && !page.contains("<b>DVO"))
            _ = try PolyglotHTML.parse(page)
        }
        let raci = pages[0]
        #expect(raci.contains("&lt;script&gt;alert(&#39;pm&#39;)&lt;/script&gt; | *PM*"))
        #expect(raci.contains("@SUM(1+1) | &lt;img src=x onerror=alert(1)&gt;"))
        #expect(pages[1].contains("&lt;b&gt;DVO&lt;/b&gt; | _HIS_ [link](javascript:alert(1))"))
    }

    @Test("Markdown escapes every character that would format, link or split a table cell")
    func markdown() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.register(in: folder)
        let raci = try run(["raci", path, "--format", "markdown"])
        let summary = try run(["summary", path, "--format", "markdown"])
        for text in [raci, summary] {
            #expect(!text.contains("<script") && !text.contains("<img") && !text.contains("<b>"))
            // A link needs an unescaped "](": every one in the output is escaped.
            #expect(text.replacingOccurrences(of: #"\]("#, with: "").contains("](") == false)
        }
        #expect(raci.contains(#"&lt;script&gt;alert('pm')&lt;/script&gt; \| \*PM\*"#))
        #expect(raci.contains(#"=HYPERLINK("http://evil.example","klik") \| \*\*vet\*\*"#))
        #expect(summary.contains(#"&lt;b&gt;DVO&lt;/b&gt; \| \_HIS\_ \[link\](javascript:alert(1))"#))
        // Every table row keeps its number of cells: no register text adds a column.
        for table in raci.components(separatedBy: "\n## ").dropFirst() {
            let rows = table.split(separator: "\n").filter { $0.hasPrefix("|") }
            let cells = Set(rows.map { row in row.replacingOccurrences(of: #"\|"#, with: "").count { $0 == "|" } })
            #expect(cells.count == 1, "\(cells)")
        }
    }

    @Test("CSV neutralises formulas and quotes separators")
    func csv() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.register(in: folder)
        let text = try run(["raci", path, "--format", "csv"])
        let rows = try RFC4180.parse(String(text.dropFirst()), separator: ";")
        let cells = rows.flatMap { $0 }
        #expect(cells.contains("'" + Self.formula))
        #expect(cells.contains("'" + Self.matrix))
        #expect(cells.contains(Self.script))
        for cell in cells {
            #expect(!["=", "+", "-", "@", "\t", "\r"].contains(cell.first), "\(cell)")
        }
        #expect(Set(rows.map(\.count)).count == 1)
    }

    @Test("JSON carries the names exactly, as strings")
    func json() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.register(in: folder)
        let raci = try JSONSerialization.jsonObject(with: Data(try run(["raci", path, "--format", "json"]).utf8)) as? [String: Any]
        let tables = try #require(raci?["tables"] as? [[String: Any]])
        #expect(tables.contains { $0["title"] as? String == Self.matrix })
        let rows = tables.flatMap { $0["rows"] as? [[String: Any]] ?? [] }
        #expect(rows.contains { $0["name"] as? String == Self.formula })
        let summary = try JSONSerialization.jsonObject(with: Data(try run(["summary", path, "--format", "json"]).utf8)) as? [String: Any]
        let agreements = try #require(summary?["agreements"] as? [[String: Any]])
        #expect(agreements.contains { $0["title"] as? String == Self.title })
    }

    @Test("what an edit prints, its refusals and the holidays show a bidi override, C1 controls and a carriage return visibly")
    func terminalText() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let register = folder.appending(path: "register.xml").path
        try FileManager.default.copyItem(atPath: GovregProcess.packageRoot.appending(path: "Samples/registers/gp-practice.xml").path, toPath: register)
        let name = "b\u{202E}live\u{202C}\rX\u{9B}2J"
        let added = try GovregProcess.run(["party", "add", register, "bidi", "--kind", "vendor", "--name", name])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("b<U+202E>live<U+202C><U+000D>X<U+009B>2J"), "\(added.stdout)")
        let refused = try GovregProcess.run(["raci", "assign", register, "--matrix", "no\u{202E}pe", "--activity", "a", "--party", "bidi", "--role", "R"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("no<U+202E>pe"), "\(refused.stderr)")
        let holiday = try GovregProcess.run(["holiday", "add", register, "2027-06-01", "Dag\u{202E}\u{9B}x"])
        #expect(holiday.status == 0, "\(holiday.stderr)")
        let holidays = try GovregProcess.run(["holidays", register, "--year", "2027"])
        #expect(holidays.stdout.contains("Dag<U+202E><U+009B>x"), "\(holidays.stdout)")
        for output in [added.stdout, refused.stderr, holidays.stdout] {
            #expect(!output.unicodeScalars.contains { [0x202E, 0x202C, 0x0D, 0x9B, 0x85].contains($0.value) })
        }
    }
}
