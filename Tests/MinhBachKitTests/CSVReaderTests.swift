import MinhBachKit
import Testing

struct CSVReaderTests {
    @Test func readsQuotedFieldsWithDelimitersQuotesAndNewlines() {
        let (table, problems) = CSVReader().read("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n")
        #expect(problems.isEmpty)
        #expect(table.rows == [["a", "b"], ["x, y", "say \"hi\""], ["two\nlines", "z"]])
        #expect(table.rowLines == [1, 2, 3])
    }

    @Test func stripsTheByteOrderMarkAndReadsSemicolonsAndCRLF() {
        let (table, problems) = CSVReader(delimiter: ";").read("\u{FEFF}mã;giá trị\r\nA;1,5\r\n")
        #expect(problems.isEmpty)
        #expect(table.rows == [["mã", "giá trị"], ["A", "1,5"]])
    }

    @Test func emptyCellsStayEmpty() {
        let (table, _) = CSVReader().read("a,b,c\n1,,3\n,,\n")
        #expect(table.rows == [["a", "b", "c"], ["1", "", "3"], ["", "", ""]])
    }

    @Test func anUnclosedQuoteIsAnErrorAtItsRowAndField() {
        let (_, problems) = CSVReader().read("a,b\n1,2\n3,\"open\n4,5\n")
        #expect(problems.count == 1)
        #expect(problems.first?.line == 3)
        #expect(problems.first?.field == 2)
        #expect(problems.first?.message.contains("unclosed quote") == true)
    }

    @Test func aRowOfTheWrongWidthIsAnError() {
        let (_, problems) = CSVReader().read("a,b\n1,2,3\n")
        #expect(problems.map(\.line) == [2])
        #expect(problems.first?.field == 3)
    }

    @Test func strayQuotesAndTextAfterAClosingQuoteAreErrors() {
        let (_, stray) = CSVReader().read("a\nab\"c\n")
        #expect(stray.map(\.line) == [2])
        let (_, after) = CSVReader().read("a,b\n\"x\"y,1\n")
        #expect(after.map(\.line) == [2])
        #expect(after.first?.field == 1)
    }
}
