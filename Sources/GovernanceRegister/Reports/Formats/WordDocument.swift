import Foundation
import GovernanceXML
import ZIPFoundation

/// A document for Word and LibreOffice (.docx, Office Open XML): headings, paragraphs, label and
/// value lists and tables with a header row, on A4. Its parts are written by libxml2 (`XMLWriter`),
/// so register text is always text, and packed with ZIPFoundation. The same blocks always give the
/// same bytes: the parts carry no time, and the package's entries are dated `madeOn`.
struct WordDocument {
    enum Block {
        /// A heading; `level` 0 is the document's title. `newPage` starts a new sheet.
        case heading(String, level: Int, newPage: Bool = false)
        /// A line in small print, such as "as of".
        case note(String)
        /// Label and value pairs, as a two-column table without borders; a value whose label
        /// `links` names is a link to that address.
        case facts([(String, String)], links: [String: String])
        /// A table with a caption above it; the first cell of each row names the row.
        case table(caption: String, header: [String], rows: [[String]])
    }

    let title: String
    let language: Language
    let blocks: [Block]
    /// The date the package's entries carry.
    let madeOn: CalendarDate

    /// A4 and its margins of 1.5 cm, in twentieths of a point.
    private static let pageWidth = 11906, pageHeight = 16838, pageMargin = 850
    /// The usable width of the page.
    private static let textWidth = pageWidth - 2 * pageMargin
    /// The space left and right of the text in a table's cell.
    private static let cellMargin = 50

    /// The .docx file.
    func package() throws(GovregError) -> [UInt8] {
        let links = blocks.flatMap { block -> [String] in
            if case .facts(_, let links) = block { return links.values.sorted() }
            return []
        }
        let relationships = Dictionary(links.enumerated().map { ($1, "rIdLink\($0 + 1)") }, uniquingKeysWith: { first, _ in first })
        let parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", contentTypes()),
            ("_rels/.rels", packageRelationships()),
            ("docProps/core.xml", coreProperties()),
            ("word/_rels/document.xml.rels", documentRelationships(relationships)),
            ("word/styles.xml", styles()),
            ("word/document.xml", document(relationships)),
        ]
        let noon = DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"),
                                  year: madeOn.year, month: madeOn.month, day: madeOn.day, hour: 12).date ?? Date(timeIntervalSince1970: 946_728_000)
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create)
            for (path, bytes) in parts {
                let data = Data(bytes)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: noon,
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Data.Index(position)..<Data.Index(position) + size)
                }
            }
        } catch {
            throw .documentNotMade(format: "docx")
        }
        guard let data = archive.data else { throw .documentNotMade(format: "docx") }
        return Array(data)
    }

    // MARK: The parts

    private func contentTypes() -> [UInt8] {
        let xml = XMLWriter()
        xml.element("Types", [("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")]) {
            xml.element("Default", [("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml")])
            xml.element("Default", [("Extension", "xml"), ("ContentType", "application/xml")])
            xml.element("Override", [("PartName", "/word/document.xml"),
                                     ("ContentType", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")])
            xml.element("Override", [("PartName", "/word/styles.xml"),
                                     ("ContentType", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml")])
            xml.element("Override", [("PartName", "/docProps/core.xml"),
                                     ("ContentType", "application/vnd.openxmlformats-package.core-properties+xml")])
        }
        return xml.finish()
    }

    private static let relationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    private func packageRelationships() -> [UInt8] {
        let xml = XMLWriter()
        xml.element("Relationships", [("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships")]) {
            xml.element("Relationship", [("Id", "rIdDocument"), ("Type", Self.relationshipTypes + "officeDocument"), ("Target", "word/document.xml")])
            xml.element("Relationship", [("Id", "rIdCore"), ("Type", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
                                         ("Target", "docProps/core.xml")])
        }
        return xml.finish()
    }

    private func documentRelationships(_ links: [String: String]) -> [UInt8] {
        let xml = XMLWriter()
        xml.element("Relationships", [("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships")]) {
            xml.element("Relationship", [("Id", "rIdStyles"), ("Type", Self.relationshipTypes + "styles"), ("Target", "styles.xml")])
            for (address, id) in links.sorted(by: { $0.value < $1.value }) {
                xml.element("Relationship", [("Id", id), ("Type", Self.relationshipTypes + "hyperlink"), ("Target", address), ("TargetMode", "External")])
            }
        }
        return xml.finish()
    }

    private var languageTag: String { language == .dutch ? "nl-NL" : "en-GB" }

    private func coreProperties() -> [UInt8] {
        let xml = XMLWriter()
        xml.element("cp:coreProperties", [("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
                                          ("xmlns:dc", "http://purl.org/dc/elements/1.1/")]) {
            xml.element("dc:title") { xml.text(title) }
            xml.element("dc:language") { xml.text(languageTag) }
            xml.element("dc:creator") { xml.text("govreg") }
        }
        return xml.finish()
    }

    private func styles() -> [UInt8] {
        let xml = XMLWriter()
        func style(_ id: String, name: String, type: String = "paragraph", paragraph: () -> Void = {}, run: () -> Void = {}) {
            xml.element("w:style", [("w:type", type), ("w:styleId", id)]) {
                xml.element("w:name", [("w:val", name)])
                if type == "paragraph", id != "Normal" {
                    xml.element("w:basedOn", [("w:val", "Normal")])
                    xml.element("w:next", [("w:val", "Normal")])
                }
                xml.element("w:qFormat")
                xml.element("w:pPr", [], paragraph)
                xml.element("w:rPr", [], run)
            }
        }
        xml.element("w:styles", [("xmlns:w", Self.wordNamespace)]) {
            xml.element("w:docDefaults") {
                xml.element("w:rPrDefault") {
                    xml.element("w:rPr") {
                        xml.element("w:rFonts", [("w:ascii", "Calibri"), ("w:hAnsi", "Calibri"), ("w:cs", "Calibri"), ("w:eastAsia", "Calibri")])
                        xml.element("w:sz", [("w:val", "22")])
                        xml.element("w:szCs", [("w:val", "22")])
                        xml.element("w:lang", [("w:val", languageTag)])
                    }
                }
                xml.element("w:pPrDefault") {
                    xml.element("w:pPr") { xml.element("w:spacing", [("w:after", "120"), ("w:line", "264"), ("w:lineRule", "auto")]) }
                }
            }
            style("Normal", name: "Normal")
            style("Title", name: "Title", paragraph: {
                xml.element("w:keepNext")
                xml.element("w:spacing", [("w:after", "60")])
                xml.element("w:outlineLvl", [("w:val", "0")])
            }, run: {
                xml.element("w:b")
                xml.element("w:sz", [("w:val", "40")])
            })
            for level in 1...2 {
                style("Heading\(level)", name: "heading \(level)", paragraph: {
                    xml.element("w:keepNext")
                    xml.element("w:keepLines")
                    xml.element("w:spacing", [("w:before", level == 1 ? "240" : "200"), ("w:after", "80")])
                    xml.element("w:outlineLvl", [("w:val", "\(level)")])
                }, run: {
                    xml.element("w:b")
                    xml.element("w:sz", [("w:val", level == 1 ? "32" : "24")])
                })
            }
            style("Note", name: "Note", run: {
                xml.element("w:i")
                xml.element("w:color", [("w:val", "444444")])
                xml.element("w:sz", [("w:val", "20")])
            })
            style("TableText", name: "Table Text", paragraph: {
                xml.element("w:spacing", [("w:before", "20"), ("w:after", "20")])
            }, run: {
                xml.element("w:sz", [("w:val", "20")])
                xml.element("w:szCs", [("w:val", "20")])
            })
            style("Hyperlink", name: "Hyperlink", type: "character", run: {
                xml.element("w:color", [("w:val", "0B57A4")])
                xml.element("w:u", [("w:val", "single")])
            })
        }
        return xml.finish()
    }

    private static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    private func document(_ links: [String: String]) -> [UInt8] {
        let xml = XMLWriter()
        xml.element("w:document", [("xmlns:w", Self.wordNamespace), ("xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")]) {
            xml.element("w:body") {
                for block in blocks {
                    switch block {
                    case .heading(let text, let level, let newPage):
                        paragraph(xml, style: level == 0 ? "Title" : "Heading\(min(level, 2))", newPage: newPage, text: text)
                    case .note(let text):
                        paragraph(xml, style: "Note", text: text)
                    case .facts(let facts, let factLinks):
                        table(xml, columns: [Self.textWidth * 3 / 10, Self.textWidth - Self.textWidth * 3 / 10], borders: false,
                              header: nil, rows: facts.map { [$0.0, $0.1] }, link: { label in factLinks[label].flatMap { links[$0] } })
                    case .table(let caption, let header, let rows):
                        paragraph(xml, style: "Heading2", text: caption)
                        table(xml, columns: Self.columnWidths(header: header, rows: rows), borders: true, header: header, rows: rows, link: { _ in nil })
                    }
                }
                xml.element("w:p")
                xml.element("w:sectPr") {
                    xml.element("w:pgSz", [("w:w", "\(Self.pageWidth)"), ("w:h", "\(Self.pageHeight)")])
                    let margin = "\(Self.pageMargin)"
                    xml.element("w:pgMar", [("w:top", margin), ("w:right", margin), ("w:bottom", margin), ("w:left", margin),
                                            ("w:header", "567"), ("w:footer", "567"), ("w:gutter", "0")])
                }
            }
        }
        return xml.finish()
    }

    private func paragraph(_ xml: XMLWriter, style: String, newPage: Bool = false, keepNext: Bool = false, text: String, bold: Bool = false, link: String? = nil) {
        xml.element("w:p") {
            xml.element("w:pPr") {
                xml.element("w:pStyle", [("w:val", style)])
                if keepNext { xml.element("w:keepNext") }
                if newPage { xml.element("w:pageBreakBefore") }
            }
            let runs = { run(xml, text, bold: bold, linked: link != nil) }
            if let link { xml.element("w:hyperlink", [("r:id", link)], runs) } else { runs() }
        }
    }

    /// Text as runs, a line break for each new line.
    private func run(_ xml: XMLWriter, _ text: String, bold: Bool, linked: Bool) {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            xml.element("w:r") {
                if bold || linked {
                    xml.element("w:rPr") {
                        if linked { xml.element("w:rStyle", [("w:val", "Hyperlink")]) }
                        if bold { xml.element("w:b") }
                    }
                }
                if index > 0 { xml.element("w:br") }
                xml.element("w:t", [("xml:space", "preserve")]) { xml.text(Self.wholeNumbers(String(line))) }
            }
        }
    }

    /// Columns as wide as their text needs: each is at least as wide as its longest word, so no
    /// word is split (a very long one, such as an address, may be), and the rest of the page goes
    /// to the columns after how much text they hold.
    static func columnWidths(header: [String], rows: [[String]]) -> [Int] {
        func longestWord(_ text: String, bold: Bool) -> Int {
            wholeNumbers(text).split(whereSeparator: { $0 == " " || $0 == "\n" }).map { width(of: $0, bold: bold) }.max() ?? 0
        }
        // The header is bold, and so is the first column.
        var least = header.indices.map { column in
            let body = rows.map { column < $0.count ? longestWord($0[column], bold: column == 0) : 0 }.max() ?? 0
            return min(max(longestWord(header[column], bold: true), body), textWidth / 3) + 2 * cellMargin + 40
        }
        let needed = least.reduce(0, +)
        if needed > textWidth {
            // Too many long words for one line: the widest column gives way, so the others
            // (a phone number) stay whole; with far too many, every column does.
            if let widest = least.indices.max(by: { least[$0] < least[$1] }), least[widest] - (needed - textWidth) >= textWidth / 8 {
                least[widest] -= needed - textWidth
                return least
            }
            return least.map { textWidth * $0 / needed }
        }
        let text = header.indices.map { column in max(rows.map { column < $0.count ? $0[column].count : 0 }.reduce(0, +), 1) }
        let total = text.reduce(0, +)
        return zip(least, text).map { $0 + (textWidth - needed) * $1 / total }
    }

    /// About how wide `word` is in 10 pt Calibri, in twentieths of a point: narrow, wide and
    /// capital letters, digits and the rest, in thousandths of an em (10 pt is 200 twentieths).
    static func width(of word: Substring, bold: Bool) -> Int {
        let thousandths = word.reduce(0) { sum, character in
            sum + {
                switch character {
                case "i", "j", "l", ".", ",", ":", ";", "'", "!", "|": 230
                case "f", "r", "t", "(", ")", "-", "/", "\u{00A0}": 340
                case "m", "w", "@", "M", "W", "%": 850
                case _ where character.isNumber: 507
                case _ where character.isUppercase: 600
                default: 490
                }
            }()
        }
        return thousandths * (bold ? 210 : 200) / 1000
    }

    /// `text` with each space between two digits made a non-breaking one, so a phone number or
    /// a date with its time is never split over two lines.
    static func wholeNumbers(_ text: String) -> String {
        var result = ""
        var previous: Character?
        var pendingSpace = false
        for character in text {
            if pendingSpace {
                result.append(previous?.isNumber == true && character.isNumber ? "\u{00A0}" : " ")
                pendingSpace = false
            }
            if character == " " {
                pendingSpace = true
            } else {
                result.append(character)
                previous = character
            }
        }
        if pendingSpace { result.append(" ") }
        return result
    }

    /// A table as wide as the page; with a header, that row repeats on every page the table runs onto.
    private func table(_ xml: XMLWriter, columns: [Int], borders: Bool, header: [String]?, rows: [[String]], link: (String) -> String?) {
        xml.element("w:tbl") {
            xml.element("w:tblPr") {
                xml.element("w:tblW", [("w:w", "5000"), ("w:type", "pct")])
                if borders {
                    xml.element("w:tblBorders") {
                        for side in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
                            xml.element(side, [("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "888888")])
                        }
                    }
                }
                xml.element("w:tblLayout", [("w:type", "fixed")])
                xml.element("w:tblCellMar") {
                    xml.element("w:left", [("w:w", "\(Self.cellMargin)"), ("w:type", "dxa")])
                    xml.element("w:right", [("w:w", "\(Self.cellMargin)"), ("w:type", "dxa")])
                }
                xml.element("w:tblLook", [("w:val", "04A0"), ("w:firstRow", header == nil ? "0" : "1"), ("w:firstColumn", "1"),
                                          ("w:lastRow", "0"), ("w:lastColumn", "0"), ("w:noHBand", "1"), ("w:noVBand", "1")])
            }
            xml.element("w:tblGrid") {
                for width in columns { xml.element("w:gridCol", [("w:w", "\(width)")]) }
            }
            func row(_ cells: [String], isHeader: Bool) {
                xml.element("w:tr") {
                    xml.element("w:trPr") {
                        xml.element("w:cantSplit")
                        if isHeader { xml.element("w:tblHeader") }
                    }
                    for (index, width) in columns.enumerated() {
                        let text = index < cells.count ? cells[index] : ""
                        xml.element("w:tc") {
                            xml.element("w:tcPr") {
                                xml.element("w:tcW", [("w:w", "\(width)"), ("w:type", "dxa")])
                                if isHeader { xml.element("w:shd", [("w:val", "clear"), ("w:color", "auto"), ("w:fill", "E8ECEF")]) }
                            }
                            paragraph(xml, style: "TableText", keepNext: isHeader, text: text, bold: isHeader || index == 0,
                                      link: index == 1 ? link(cells[0]) : nil)
                        }
                    }
                }
            }
            if let header { row(header, isHeader: true) }
            for cells in rows { row(cells, isHeader: false) }
        }
    }
}
