import Foundation
import Testing

/// The mistakes people make when they write a register by hand, each worded for a contract
/// manager with the fix, in English and in Dutch, at the line where it is; libxml2's own text
/// stays in the JSON report.
struct HandMistakeMessageTests {
    struct Mistake: CustomTestStringConvertible, Sendable {
        let name: String
        let correct: String
        let mistaken: String
        let line: Int
        let english: String
        let dutch: String
        /// The message ends with the expected words: no fix is offered.
        var ends = false
        var testDescription: String { name }
    }

    static let mistakes: [Mistake] = [
        Mistake(name: "Dutch date with hyphens", correct: "<start>2024-06-01</start>", mistaken: "<start>1-6-2024</start>", line: 318,
                english: "<start>: '1-6-2024' is not a date; write it as 2024-06-01",
                dutch: "<start>: '1-6-2024' is geen datum; schrijf het als 2024-06-01"),
        Mistake(name: "Dutch date in words", correct: "<start>2024-06-01</start>", mistaken: "<start>1 juni 2024</start>", line: 318,
                english: "'1 juni 2024' is not a date; write it as 2024-06-01",
                dutch: "'1 juni 2024' is geen datum; schrijf het als 2024-06-01"),
        Mistake(name: "date that is no date", correct: "<start>2024-06-01</start>", mistaken: "<start>volgend jaar</start>", line: 318,
                english: "'volgend jaar' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-22",
                dutch: "'volgend jaar' is geen datum; schrijf het als JJJJ-MM-DD, bijvoorbeeld 2026-11-22"),
        Mistake(name: "duration in Dutch words", correct: "<restoreTime>PT4H</restoreTime>", mistaken: "<restoreTime>4 uur</restoreTime>", line: 339,
                english: "<restoreTime>: '4 uur' is not a duration; write 4 uur as PT4H",
                dutch: "<restoreTime>: '4 uur' is geen duur; schrijf 4 uur als PT4H"),
        Mistake(name: "duration in English words", correct: "<restoreTime>PT4H</restoreTime>", mistaken: "<restoreTime>1 hour 30 minutes</restoreTime>", line: 339,
                english: "write 1 hour 30 minutes as PT1H30M",
                dutch: "schrijf 1 hour 30 minutes als PT1H30M"),
        Mistake(name: "duration in days", correct: "<resolutionTime>P2D</resolutionTime>", mistaken: "<resolutionTime>2 werkdagen</resolutionTime>", line: 340,
                english: "'2 werkdagen' is not a duration",
                dutch: "'2 werkdagen' is geen duur"),
        Mistake(name: "elements in the wrong order",
                correct: "<responseTime>PT1H</responseTime>\n          <restoreTime>PT4H</restoreTime>",
                mistaken: "<restoreTime>PT4H</restoreTime>\n          <responseTime>PT1H</responseTime>", line: 338,
                english: "<restoreTime>: put <responseTime> before <restoreTime> (add it if it is missing): the schema fixes the order",
                dutch: "<restoreTime>: zet <responseTime> vóór <restoreTime> (voeg het toe als het ontbreekt): het schema legt de volgorde vast"),
        Mistake(name: "misspelt element", correct: "<restoreTime>PT4H</restoreTime>", mistaken: "<restorTime>PT4H</restorTime>", line: 339,
                english: "<restorTime>: govreg knows no element <restorTime> here; did you mean <restoreTime>?",
                dutch: "<restorTime>: govreg kent hier geen element <restorTime>; bedoelt u <restoreTime>?"),
        Mistake(name: "phone number with words", correct: "<phone use=\"office\">+31 345 62 1410</phone>", mistaken: "<phone use=\"office\">bel 0345-621410</phone>", line: 55,
                english: "<phone>: 'bel 0345-621410' is not a phone number. A phone number, preferably international: +31 20 123 4567. Digits, spaces, parentheses and hyphens. Write e.g. 0345-621410.",
                dutch: "<phone>: 'bel 0345-621410' is geen telefoonnummer. Een telefoonnummer, bij voorkeur internationaal: +31 20 123 4567. Cijfers, spaties, haakjes en liggende streepjes. Schrijf bijvoorbeeld 0345-621410."),
        Mistake(name: "phone number with letters in it", correct: "<phone use=\"office\">+31 345 62 1410</phone>", mistaken: "<phone use=\"office\">0800-HELP</phone>", line: 55,
                english: "<phone>: '0800-HELP' is not a phone number. A phone number, preferably international: +31 20 123 4567. Digits, spaces, parentheses and hyphens.",
                dutch: "<phone>: '0800-HELP' is geen telefoonnummer. Een telefoonnummer, bij voorkeur internationaal: +31 20 123 4567. Cijfers, spaties, haakjes en liggende streepjes.", ends: true),
        Mistake(name: "time with a dot", correct: "from=\"08:00\"", mistaken: "from=\"08.00\"", line: 333,
                english: "<window> attribute 'from': '08.00' is not a time of day; write it as 08:00",
                dutch: "<window> attribuut 'from': '08.00' is geen tijdstip; schrijf het als 08:00"),
        Mistake(name: "time without a separator", correct: "until=\"17:00\"", mistaken: "until=\"1730\"", line: 333,
                english: "'1730' is not a time of day; write it as 17:30",
                dutch: "'1730' is geen tijdstip; schrijf het als 17:30"),
        Mistake(name: "window starting at 24:00", correct: "from=\"08:00\"", mistaken: "from=\"24:00\"", line: 333,
                english: "<window> attribute 'from': a window starts at 00:00 to 23:59; 24:00 can only be its end (until=\"24:00\")",
                dutch: "<window> attribuut 'from': een venster begint van 00:00 tot en met 23:59; 24:00 kan alleen het einde zijn (until=\"24:00\")"),
        Mistake(name: "bare ampersand", correct: "<name>Rekenhal Midden B.V.</name>", mistaken: "<name>Rekenhal & Midden</name>", line: 327,
                english: "error: [XML] not well-formed XML: an & that does not start an entity; write & as &amp;",
                dutch: "error: [XML] geen geldige XML: een & die geen entiteit begint; schrijf & als &amp;"),
        Mistake(name: "less-than sign in text", correct: "<name>Rekenhal Midden B.V.</name>", mistaken: "<name>reactie < 1 uur</name>", line: 327,
                english: "a < that does not start a tag; write < in text as &lt;",
                dutch: "een < die geen tag begint; schrijf < in tekst als &lt;"),
        Mistake(name: "HTML entity", correct: "<name>Rekenhal Midden B.V.</name>", mistaken: "<name>Rekenhal&nbsp;Midden</name>", line: 327,
                english: "&nbsp; is not an XML entity (it may be HTML's); write the character itself, or &amp; for &",
                dutch: "&nbsp; is geen XML-entiteit (misschien die van HTML); schrijf het teken zelf, of &amp; voor &"),
        Mistake(name: "id with a space", correct: "<party id=\"poh\" kind=\"internal\">", mistaken: "<party id=\"poh team\" kind=\"internal\">", line: 72,
                english: "<party> attribute 'id': 'poh team' is not an id: ids have letters, digits, '.', '-' and '_' only, no spaces; write e.g. 'poh-team'",
                dutch: "<party> attribuut 'id': 'poh team' is geen id: een id heeft alleen letters, cijfers, '.', '-' en '_', geen spaties; schrijf bijvoorbeeld 'poh-team'"),
        Mistake(name: "Dutch word for an allowed value", correct: "criticality=\"high\" vendor=\"ketenpunt\"", mistaken: "criticality=\"hoog\" vendor=\"ketenpunt\"", line: 236,
                english: "<system> attribute 'criticality': 'hoog' is not allowed; did you mean 'high'?",
                dutch: "<system> attribuut 'criticality': 'hoog' mag niet; bedoelt u 'high'?"),
        Mistake(name: "misspelt allowed value", correct: "criticality=\"high\" vendor=\"ketenpunt\"", mistaken: "criticality=\"hihg\" vendor=\"ketenpunt\"", line: 236,
                english: "'hihg' is not allowed; choose one of 'critical', 'high', 'medium', 'low'; did you mean 'high'?",
                dutch: "'hihg' mag niet; kies een van 'critical' (bedrijfskritisch), 'high' (hoog), 'medium' (middel), 'low' (laag); bedoelt u 'high'?"),
        Mistake(name: "missing namespace", correct: "<register xmlns=\"urn:govreg:register:1\" xml:lang=\"nl\">", mistaken: "<register xml:lang=\"nl\">", line: 18,
                english: "<register> is not in govreg's namespace; add xmlns=\"urn:govreg:register:1\" to it",
                dutch: "<register> staat niet in de naamruimte van govreg; voeg er xmlns=\"urn:govreg:register:1\" aan toe"),
        Mistake(name: "missing language", correct: "<register xmlns=\"urn:govreg:register:1\" xml:lang=\"nl\">", mistaken: "<register xmlns=\"urn:govreg:register:1\">", line: 18,
                english: "<register>: the attribute xml:lang is missing; add xml:lang=\"...\" (one of nl, en)",
                dutch: "<register>: het attribuut xml:lang ontbreekt; voeg xml:lang=\"...\" toe (een van nl, en)"),
        Mistake(name: "reference to a party that is not there", correct: "<owner party=\"praktijkmanager\"/>", mistaken: "<owner party=\"praktijk-manager\"/>", line: 316,
                english: "'praktijk-manager' is not the id of a party in <parties>; add it there or correct the reference",
                dutch: "'praktijk-manager' is niet het id van een partij in <parties>; voeg het daar toe of verbeter de verwijzing"),
        Mistake(name: "text in an element that stays empty", correct: "<always/>", mistaken: "<always>ja</always>", line: 507,
                english: "<always>: stays empty; remove the text inside it, and write it as <always/>",
                dutch: "<always>: blijft leeg; haal de tekst erin weg en schrijf het als <always/>"),
        Mistake(name: "an element inside a name", correct: "<name>Huisartsenpraktijk De Zilverlinde</name>", mistaken: "<name>Huisartsenpraktijk <b>De Zilverlinde</b></name>", line: 21,
                english: "<name>: holds only text, not elements; remove the element inside it (write < as &lt; if it is meant as text)",
                dutch: "<name>: bevat alleen tekst, geen elementen; haal het element erin weg (schrijf < als &lt; als het tekst is)"),
    ]

    /// The sample register with one mistake in it.
    static func file(with mistake: Mistake, in folder: URL) throws -> String {
        let sample = try String(contentsOf: GovregProcess.packageRoot.appending(path: "Samples/registers/gp-practice.xml"), encoding: .utf8)
        let range = try #require(sample.range(of: mistake.correct), "\(mistake.name): the sample no longer has \(mistake.correct)")
        let path = folder.appending(path: "register.xml").path
        try sample.replacingCharacters(in: range, with: mistake.mistaken).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("each hand mistake is worded with its fix, in English and in Dutch, at its line", arguments: mistakes)
    func worded(_ mistake: Mistake) throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.file(with: mistake, in: folder)
        for (language, expected) in [("en", mistake.english), ("nl", mistake.dutch)] {
            let outcome = try GovregProcess.run(["validate", path, "--lang", language])
            #expect(outcome.status == 1)
            let lines = outcome.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
            #expect(lines.count == 1, "\(language): \(outcome.stderr)")
            let first = String(lines.first ?? "")
            #expect(first.hasPrefix("\(path):\(mistake.line):"), "\(language): \(first)")
            #expect(mistake.ends ? first.hasSuffix(expected) : first.contains(expected), "\(language): \(first)")
        }
        // Without --lang, the register's own language: Dutch, unless the mistake took it away.
        let plain = try GovregProcess.run(["validate", path])
        #expect(plain.stderr.contains(mistake.mistaken.contains("<register xmlns=\"urn:govreg:register:1\">") ? mistake.english : mistake.dutch))
    }

    @Test("the JSON report keeps libxml2's own text beside the worded message")
    func rawText() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.file(with: Self.mistakes[0], in: folder)
        let outcome = try GovregProcess.run(["validate", path, "--format", "json", "--lang", "en"])
        #expect(outcome.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        let diagnostic = try #require((files.first?["diagnostics"] as? [[String: Any]])?.first)
        #expect(diagnostic["message"] as? String == "<start>: '1-6-2024' is not a date; write it as 2024-06-01")
        #expect(diagnostic["raw"] as? String == "Element '{urn:govreg:register:1}start': '1-6-2024' is not a valid value of the atomic type '{urn:govreg:register:1}Date'.")
    }

    @Test("broken XML of every common kind gets Dutch words, never libxml2's English")
    func parserMessages() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let open = #"<register xmlns="urn:govreg:register:1" xml:lang="nl">"#
        let broken: [String: String] = [
            "attribute without value": open + "<a b/></register>",
            "attributes run together": open + #"<a b="1"c="2"/></register>"#,
            "unquoted value": open + "<a b=1/></register>",
            "less-than in a value": open + #"<a b="x<y"/></register>"#,
            "character reference": open + "<a>&#1;</a></register>",
            "control character": open + "<a>\u{1}</a></register>",
            "comment not closed": open + "<!-- x </register>",
            "CDATA not closed": open + "<a><![CDATA[x</a></register>",
            "]]> in text": open + "<a>]]></a></register>",
            "declaration not first": "\n<?xml version=\"1.0\"?>" + open + "</register>",
            "declaration malformed": "<?xml version=1.0?>" + open + "</register>",
            "unknown encoding": "<?xml version=\"1.0\" encoding=\"latin-9x\"?>" + open + "</register>",
            "wrong encoding label": "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + open + "</register>",
            "version 2.0": "<?xml version=\"2.0\"?>" + open + "</register>",
            "<? without name": open + "<? ?><a/></register>",
            "end tag not closed": open + "<a></a ></register",
            "tag mismatch": open + "<a></b></register>",
            "cut off": open + "<parties>",
            "two roots": open + "</register><register/>",
            "duplicate attribute": open + #"<a b="1" b="2"/></register>"#,
        ]
        for (name, text) in broken {
            let path = folder.appending(path: "broken.xml").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let outcome = try GovregProcess.run(["validate", path])
            #expect(outcome.status == 1, "\(name)")
            let message = outcome.stderr.split(separator: "\n").first.map(String.init) ?? ""
            #expect(message.contains("error: [XML] geen geldige XML: "), "\(name): \(message)")
            #expect(!message.contains("libxml2"), "\(name): \(message)")
            #expect(DutchMessagesTests.englishWords(in: message).isEmpty, "\(name): \(message)")
        }
    }
}
