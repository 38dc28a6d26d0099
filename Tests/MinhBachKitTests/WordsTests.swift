import Formatting
import Foundation
import Testing
import TestSupport

/// The words the Swift code writes into a site live in one file per language
/// (`Sources/Formatting/Words/`): both languages have the same words, every sentence uses every
/// value it is given, and no other source file writes a Vietnamese word.
struct WordsTests {
    static let languages = [Words.vietnamese, Words.english]

    @Test func everyLanguageIsRegisteredByItsCode() {
        #expect(Set(Words.all.keys) == ["vi", "en"])
        for (code, words) in Words.all { #expect(words.code == code) }
        #expect(Words.forLanguage("vi").code == "vi")
        #expect(Words.forLanguage("fr").code == "en")
    }

    @Test func bothLanguagesNameTheSameThings() {
        let (vi, en) = (Words.vietnamese, Words.english)
        #expect(Set(vi.documentKinds.keys) == Set(en.documentKinds.keys))
        #expect(Set(vi.moneyUnits.keys) == Set(en.moneyUnits.keys))
        #expect(Set(vi.chart.kinds.keys) == Set(en.chart.kinds.keys))
        #expect(vi.numberScale.count == en.numberScale.count)
        for words in Self.languages {
            let plain = [words.languageName, words.chart.noData, words.chart.target, words.chart.pathToTarget, words.chart.period,
                         words.chart.total, words.chart.value, words.chart.name, words.chart.missing, words.chart.notApplicable,
                         words.chart.dataTable] + words.numberScale + Array(words.documentKinds.values)
                + Array(words.moneyUnits.values) + Array(words.chart.kinds.values)
            #expect(plain.allSatisfy { !$0.isEmpty && $0 == $0.trimmingCharacters(in: .whitespaces) }, "\(words.code)")
        }
    }

    /// Like a message's blanks: a sentence that drops one of its values loses a fact from the page.
    @Test func everySentenceUsesEveryValueInEveryLanguage() {
        let (a, b, c, d, e) = ("‹a›", "‹b›", "‹c›", "‹d›", "‹e›")
        for words in Self.languages {
            let chart = words.chart
            let sentences: [(String, [String])] = [
                (chart.stayed(a, b, c, d), [a, b, c, d]),
                (chart.rose(a, b, c, d, e), [a, b, c, d, e]),
                (chart.fell(a, b, c, d, e), [a, b, c, d, e]),
                (chart.rankWorsened(a, b, c, d, e), [a, b, c, d, e]),
                (chart.rankImproved(a, b, c, d, e), [a, b, c, d, e]),
                (chart.single(a, b, c), [a, b, c]),
                (chart.targetIs(a), [a]),
                (chart.targetForIs(a, b), [a, b]),
                (chart.gaps(a), [a]),
                (chart.missingCount(7001), ["7001"]),
                (chart.moreSeries(7002), ["7002"]),
                (chart.items(7003), ["7003"]),
                (chart.extremes(a, b, c, d), [a, b, c, d]),
                (chart.position(a, b, 7004, 7005), [a, b, "7004", "7005"]),
                (chart.meetingTarget(7006, 7007, a), ["7006", "7007", a]),
                (chart.largestPart(a, b, c, d), [a, b, c, d]),
                (chart.shareWithTarget(a, b, c), [a, b, c]),
                (chart.ofTarget(a), [a]),
                (chart.cellCounts(7008, 7009, a), ["7008", "7009", a]),
                (chart.unnamedAreas(a), [a]),
                (chart.moreNames(7010), ["7010"]),
                (chart.unlabelledBars(a), [a]),
                (chart.regions(7011, 7012), ["7011", "7012"]),
                (words.documentNumber(a), [a]),
                (words.longDate(7013, 11, 28), ["7013", "28"]),
                (words.shortDate(7014, 11, 28), ["7014", "28"]),
            ]
            for (index, (sentence, values)) in sentences.enumerated() {
                for value in values { #expect(sentence.contains(value), "\(words.code) sentence \(index): \(sentence)") }
            }
            let periods: [PeriodName] = [.year(7015), .half(1, year: 7015), .half(2, year: 7015), .quarter(3, year: 7015),
                                         .month(5, year: 7015), .years(7015, 7016), .since(7015)]
            for period in periods {
                for text in [words.period(period), words.periodAdverbial(period), words.shortPeriod(period)] {
                    #expect(text.contains("7015"), "\(words.code) \(period): \(text)")
                }
            }
        }
    }

    /// Where a Vietnamese word may still be written in a Swift string literal outside the words
    /// folder, the message catalogues, the starter's files and the tests: text the code READS (tables
    /// to recognise what content writes), not words it writes.
    static let exceptions: [String: String] = [
        "MinhBachKit/Text/SectionNumber.swift": "recognises the ordinal words of a document's own headings (Điều thứ nhất)",
        "MinhBachKit/Review/CitationConflicts.swift": "recognises the words of a citation in a document's text",
        "MinhBachKit/Indicators/IndicatorDefinition.swift": "recognises the money units front matter writes (triệu đồng)",
        "MinhBachKit/Starter/StarterWords.swift": "the starter site's content, written by `minhbach new` like Starter/Files",
        // Left as they were: the downloads' README and definitions sheet are one bilingual text
        // for every reader ("Vietnamese / English" in one line), not a word of one language.
        "MinhBachKit/Render/Data/DataDownloads+Archive.swift": "the data archive's bilingual README",
        "MinhBachKit/Render/Data/DataDownloads+Workbook.swift": "the workbook's bilingual definitions sheet",
    ]

    static let vietnameseLetters = Set("ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđàáâãèéêìíòóôõùúýăơư")

    @Test func noVietnameseWordOutsideTheWordsFolder() throws {
        let root = Fixtures.projectRoot.appendingPathComponent("Sources").path + "/"
        let allowedFolders = ["Formatting/Words/", "Diagnostics/Messages/", "MinhBachKit/Starter/Files/"]
        var found: [String] = []
        for (file, text) in try MessageCatalogueTests.sourceTexts() {
            let relative = String(file.dropFirst(root.count))
            guard !allowedFolders.contains(where: relative.hasPrefix), Self.exceptions[relative] == nil else { continue }
            for literal in Self.stringLiterals(text) {
                // The program's name is a name, the same in every language.
                let words = literal.text.replacingOccurrences(of: "MinhBạch", with: "")
                if words.lowercased().contains(where: Self.vietnameseLetters.contains) {
                    found.append("\(relative):\(literal.line): \(literal.text.prefix(60))")
                }
            }
        }
        #expect(found == [], "write these words in Sources/Formatting/Words/ (or list the file as an exception, with why)")
        // The exceptions still hold Vietnamese words: a list that outlived its reason goes.
        for file in Self.exceptions.keys {
            let text = try String(contentsOfFile: root + file, encoding: .utf8)
            #expect(Self.stringLiterals(text).contains { $0.text.lowercased().contains(where: Self.vietnameseLetters.contains) }, "\(file)")
        }
    }

    @Test func theLiteralReaderSkipsCommentsAndReadsEveryKindOfString() {
        let text = "// Tiếng Việt\nlet a = \"Kỳ\" /* đồng */ + #\"tỷ\"# + \"\"\"\n  nghìn\n  \"\"\" + \"a\\\"b\"\n"
        #expect(Self.stringLiterals(text).map(\.text) == ["Kỳ", "tỷ", "\n  nghìn\n  ", "a\\\"b"])
        #expect(Self.stringLiterals(text).map(\.line) == [2, 2, 2, 4])
    }

    /// The string literals of a Swift file, comments skipped: plain, raw (`#"…"#`) and multi-line.
    static func stringLiterals(_ source: String) -> [(line: Int, text: String)] {
        let chars = Array(source.unicodeScalars)
        var literals: [(line: Int, text: String)] = []
        var index = 0
        var line = 1
        func starts(_ text: String, at position: Int) -> Bool {
            var position = position
            for scalar in text.unicodeScalars {
                guard position < chars.count, chars[position] == scalar else { return false }
                position += 1
            }
            return true
        }
        while index < chars.count {
            if starts("//", at: index) {
                while index < chars.count, chars[index] != "\n" { index += 1 }
            } else if starts("/*", at: index) {
                while index < chars.count, !starts("*/", at: index) {
                    if chars[index] == "\n" { line += 1 }
                    index += 1
                }
                index += 2
            } else if chars[index] == "\n" {
                line += 1
                index += 1
            } else if chars[index] == "\"" || starts("#\"", at: index) || starts("##\"", at: index) {
                var hashes = 0
                while chars[index] == "#" { hashes += 1; index += 1 }
                let quote = starts("\"\"\"", at: index) ? "\"\"\"" : "\""
                index += quote.unicodeScalars.count
                let end = quote + String(repeating: "#", count: hashes)
                let (start, startLine) = (index, line)
                while index < chars.count, !starts(end, at: index) {
                    if chars[index] == "\\" && hashes == 0 { index += 1 }
                    if index < chars.count, chars[index] == "\n" { line += 1 }
                    index += 1
                }
                var text = String.UnicodeScalarView()
                text.append(contentsOf: chars[start..<min(index, chars.count)])
                literals.append((startLine, String(text)))
                index += end.unicodeScalars.count
            } else {
                index += 1
            }
        }
        return literals
    }
}
