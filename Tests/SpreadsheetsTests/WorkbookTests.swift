import Foundation
import Spreadsheets
import Testing
import ZIPFoundation

/// The workbook and zip writers: the same bytes every time, numbers stored as numbers, text
/// escaped once and never a formula, sheet names a spreadsheet accepts.
struct WorkbookTests {
    static let sheet = Sheet(name: "ho-ngheo-ty-le", rows: [
        [.text("indicator"), .text("value"), .text("illustrative"), .text("note")],
        [.text("ho-ngheo-ty-le"), .number(30.58), .bool(false), .text("=HYPERLINK(\"x\") & <b>")],
        [.text("ho-ngheo-ty-le"), .number(41977), .bool(true), .empty],
        [.text("ho-ngheo-ty-le"), .number(-4.32), .bool(false), .text("-5 điểm")],
    ])

    /// The parts of a zip, by path, in the archive's order.
    static func entries(_ bytes: [UInt8]) throws -> [(path: String, text: String)] {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        return try archive.map { entry in
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return (entry.path, String(decoding: data, as: UTF8.self))
        }
    }

    @Test func sameBytesEveryTime() throws {
        let first = Workbook(sheets: [Self.sheet]).bytes()
        let second = Workbook(sheets: [Self.sheet]).bytes()
        #expect(first == second)
        #expect(first.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let zip = ZipArchive.bytes([.init(path: "b.txt", bytes: Array("b".utf8)), .init(path: "a.txt", bytes: Array("a".utf8))])
        #expect(zip == ZipArchive.bytes([.init(path: "b.txt", bytes: Array("b".utf8)), .init(path: "a.txt", bytes: Array("a".utf8))]))
        // Entries in the order given, dated 1980-01-01 00:00 whatever the clock says.
        let archive = try Archive(data: Data(zip), accessMode: .read)
        #expect(archive.map(\.path) == ["b.txt", "a.txt"])
        for entry in archive {
            #expect(entry.fileAttributes[.modificationDate] as? Date == ZipArchive.fixedDate)
        }
    }

    @Test func numbersAreNumbersAndTextIsInlineAndEscapedOnce() throws {
        let parts = try Self.entries(Workbook(sheets: [Self.sheet]).bytes())
        #expect(parts.map(\.path) == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                      "xl/styles.xml", "xl/worksheets/sheet1.xml"])
        let sheet = try #require(parts.last?.text)
        #expect(sheet.contains("<c r=\"B2\"><v>30.58</v></c>"))
        #expect(sheet.contains("<c r=\"B3\"><v>41977</v></c>"))
        #expect(sheet.contains("<c r=\"B4\"><v>-4.32</v></c>"))
        #expect(sheet.contains("<c r=\"C3\" t=\"b\"><v>1</v></c>"))
        #expect(!sheet.contains("<f>"))
        // A formula's text is an inline string with the quote prefix, escaped once.
        #expect(sheet.contains("<c r=\"D2\" s=\"2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">=HYPERLINK(&quot;x&quot;) &amp; &lt;b&gt;</t></is></c>"))
        #expect(sheet.contains("<c r=\"D4\" s=\"2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">-5 điểm</t></is></c>"))
        #expect(sheet.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\">"))
        #expect(!sheet.contains("D3"))
        #expect(parts[2].text.contains("<sheet name=\"ho-ngheo-ty-le\" sheetId=\"1\" r:id=\"rId1\"/>"))
    }

    @Test func sheetNamesAreValidAndUnique() {
        let long = String(repeating: "chi-tieu-", count: 5)
        let names = SheetNames.unique([long, long, "a[b]:c*d?e/f\\g", "'x'", "", "History", "Định nghĩa", "định nghĩa"])
        #expect(names[0] == String(long.prefix(31)))
        #expect(names[1] == String(long.prefix(27)) + " (2)")
        #expect(names[2] == "a-b--c-d-e-f-g")
        #expect(names[3] == "x")
        #expect(names[4] == "Sheet")
        #expect(names[5] == "History-")
        #expect(names[6] == "Định nghĩa" && names[7] == "định nghĩa (2)")
        #expect(names.allSatisfy { $0.utf16.count <= 31 })
    }

    @Test func columnLetters() {
        #expect(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"] == [0, 25, 26, 51, 52, 701, 702].map(Workbook.column))
    }
}
