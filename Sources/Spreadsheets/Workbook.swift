import Formatting
import Markup

/// An Office Open XML workbook (`.xlsx`) written by hand: the few parts a spreadsheet needs
/// (`[Content_Types].xml`, the relationships, `xl/workbook.xml`, one `xl/worksheets/sheetN.xml`
/// per sheet with inline strings, a minimal `xl/styles.xml`), zipped by `ZipArchive`, so that two
/// builds give the same bytes. No shared strings table, no document properties: nothing that
/// depends on the order of work or on the clock.
public struct Workbook: Sendable, Equatable {
    public var sheets: [Sheet]

    public init(sheets: [Sheet]) { self.sheets = sheets }

    /// Styles by index in `styles.xml`: 0 plain, 1 the header (bold), 2 text a spreadsheet would
    /// read as a formula if typed (`=`, `+`, `-`, `@`, tab, CR first), shown as written with the
    /// quote prefix — the workbook's form of the CSV's apostrophe, kept if the cell is edited.
    enum Style: Int { case plain = 0, header = 1, quoted = 2 }

    public func bytes() -> [UInt8] {
        let writer = Writer(sheetNames: sheets.map(\.name))
        for sheet in sheets { writer.add(sheet) }
        return writer.bytes()
    }

    /// A workbook written a sheet at a time, each sheet's XML zipped as soon as it is made: a
    /// workbook of every indicator then never holds every sheet's rows at once.
    public final class Writer {
        private let archive = ZipArchive.Writer()
        private var added = 0

        /// `sheetNames`: the names of the sheets `add` will be given, in order.
        public init(sheetNames: [String]) {
            let names = SheetNames.unique(sheetNames)
            for entry in [
                ZipArchive.Entry(path: "[Content_Types].xml", bytes: Array(Workbook.contentTypes(sheetCount: names.count).utf8)),
                ZipArchive.Entry(path: "_rels/.rels", bytes: Array(Workbook.rootRelationships.utf8)),
                ZipArchive.Entry(path: "xl/workbook.xml", bytes: Array(Workbook.workbook(names).utf8)),
                ZipArchive.Entry(path: "xl/_rels/workbook.xml.rels", bytes: Array(Workbook.workbookRelationships(sheetCount: names.count).utf8)),
                ZipArchive.Entry(path: "xl/styles.xml", bytes: Array(Workbook.styles.utf8)),
            ] { archive.add(entry) }
        }

        public func add(_ sheet: Sheet) {
            added += 1
            archive.add(ZipArchive.Entry(path: "xl/worksheets/sheet\(added).xml", bytes: Workbook.worksheet(sheet)))
        }

        public func bytes() -> [UInt8] { archive.bytes() }
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    static func contentTypes(sheetCount: Int) -> String {
        Self.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + (0..<sheetCount).map {
                "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            }.joined()
            + "</Types>"
    }

    static let rootRelationships = declaration + "<Relationships xmlns=\"\(packageRelationships)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"

    static func workbook(_ names: [String]) -> String {
        Self.declaration + "<workbook xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.relationships)\"><sheets>"
            + names.enumerated().map { "<sheet name=\"\(Escape.xml($1))\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined()
            + "</sheets></workbook>"
    }

    /// Sheets first (`rId1`…), then the styles.
    static func workbookRelationships(sheetCount: Int) -> String {
        Self.declaration + "<Relationships xmlns=\"\(Self.packageRelationships)\">"
            + (0..<sheetCount).map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(Self.relationships)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined()
            + "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(Self.relationships)/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>"
    }

    /// One font plain and one bold; the two fills every workbook must have; one border.
    static let styles = declaration + "<styleSheet xmlns=\"\(main)\">"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" quotePrefix=\"1\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"

    /// The header row frozen in view; each row's cells with their references (`A1`, `B1`…).
    /// Written as bytes, each text escaped on its own: joining strings cell by cell took most of
    /// the time of a data-heavy site's downloads.
    static func worksheet(_ sheet: Sheet) -> [UInt8] {
        var xml: [UInt8] = []
        xml.reserveCapacity(sheet.rows.reduce(256) { $0 + 64 * $1.count })
        xml += (declaration + "<worksheet xmlns=\"\(main)\">").utf8
        if sheet.rows.count > 1 {
            xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>".utf8
        }
        xml += "<sheetData>".utf8
        let letters = (0..<(sheet.rows.map(\.count).max() ?? 0)).map { Array(column($0).utf8) }
        for (rowIndex, row) in sheet.rows.enumerated() {
            let number = Array(String(rowIndex + 1).utf8)
            xml += "<row r=\"".utf8
            xml += number
            xml += "\">".utf8
            for (columnIndex, cell) in row.enumerated() {
                append(cell, column: letters[columnIndex], row: number, header: rowIndex == 0, to: &xml)
            }
            xml += "</row>".utf8
        }
        xml += "</sheetData></worksheet>".utf8
        return xml
    }

    /// One cell, `<c r="B2" …>`; nothing for an empty one.
    static func append(_ cell: SheetCell, column: [UInt8], row: [UInt8], header: Bool, to xml: inout [UInt8]) {
        func open(_ style: Style, type: StaticString?) {
            xml += "<c r=\"".utf8
            xml += column
            xml += row
            xml.append(UInt8(ascii: "\""))
            if style != .plain {
                xml += " s=\"".utf8
                xml += String(style.rawValue).utf8
                xml.append(UInt8(ascii: "\""))
            }
            if let type { xml += UnsafeBufferPointer(start: type.utf8Start, count: type.utf8CodeUnitCount) }
            xml.append(UInt8(ascii: ">"))
        }
        let base = header ? Style.header : .plain
        switch cell {
        case .empty:
            return
        case .number(let value):
            guard value.isFinite else { return }
            open(base, type: nil)
            xml += "<v>".utf8
            xml += NumberFormat.plain(value).utf8
            xml += "</v></c>".utf8
        case .bool(let value):
            open(base, type: " t=\"b\"")
            xml += (value ? "<v>1</v></c>" : "<v>0</v></c>").utf8
        case .text(let text):
            guard !text.isEmpty else { return }
            let quoted = !header && text.utf8.first.map { formulaStarts.contains($0) } == true
            open(quoted ? .quoted : base, type: " t=\"inlineStr\"")
            xml += "<is><t xml:space=\"preserve\">".utf8
            xml += Escape.xml(text).utf8
            xml += "</t></is></c>".utf8
        }
    }

    /// The same first characters as `CSVField`'s rule.
    static let formulaStarts: Set<UInt8> = Set("=+-@\t\r".utf8)

    /// `A`…`Z`, `AA`…: the column's letters.
    public static func column(_ index: Int) -> String {
        var index = index
        var letters = ""
        repeat {
            letters = String(UnicodeScalar(UInt8(65 + index % 26))) + letters
            index = index / 26 - 1
        } while index >= 0
        return letters
    }
}
