@testable import Formatting
import Testing

/// Numbers, dates, periods, folding and alphabetical order, in Vietnamese and English.
struct LocaleFormatTests {
    let vi = LocaleFormat.vietnamese
    let en = LocaleFormat.english

    @Test func numbersAndMoney() {
        #expect(vi.numbers.string(41977, decimals: 0) == "41.977")
        #expect(en.numbers.string(41977, decimals: 0) == "41,977")
        #expect(vi.numbers.string(30.58, decimals: 2) + "%" == "30,58%")
        #expect(en.numbers.string(30.58, decimals: 2) + "%" == "30.58%")
        #expect(vi.numbers.string(13963.91, decimals: 2) + " tỷ đồng" == "13.963,91 tỷ đồng")
    }

    @Test func dates() {
        #expect(vi.shortDate(year: 2021, month: 12, day: 7) == "07/12/2021")
        #expect(vi.longDate(year: 2021, month: 12, day: 7) == "ngày 07 tháng 12 năm 2021")
        #expect(vi.longDate(year: 2021, month: 6, day: nil) == "ngày … tháng 6 năm 2021")
        #expect(en.shortDate(year: 2021, month: 12, day: 7) == "7 Dec 2021")
        #expect(en.longDate(year: 2021, month: 12, day: 7) == "7 December 2021")
        #expect(vi.shortDate(year: 2021, month: nil, day: nil) == "2021")
    }

    @Test func periods() {
        #expect(vi.period(.half(1, year: 2021)) == "6 tháng đầu năm 2021")
        #expect(en.period(.half(1, year: 2021)) == "the first half of 2021")
        #expect(vi.period(.quarter(3, year: 2024)) == "quý III/2024")
        #expect(en.period(.quarter(3, year: 2024)) == "Q3 2024")
        #expect(vi.period(.month(5, year: 2024)) == "tháng 5/2024")
        #expect(en.period(.month(5, year: 2024)) == "May 2024")
        #expect(vi.period(.years(2020, 2022)) == "giai đoạn 2020 - 2022")
        #expect(en.period(.since(2023)) == "from 2023")
        #expect(vi.shortPeriod(.half(1, year: 2021)) == "6T/2021")
        #expect(en.shortPeriod(.half(2, year: 2021)) == "H2 2021")
    }

    @Test func foldingKeepsOneCharacterForOne() {
        let text = TextFolding.normalized("ĐIỆN BIÊN, Mường Ảng – Tủa Chùa")
        #expect(TextFolding.fold(text) == "dien bien, muong ang – tua chua")
        #expect(TextFolding.fold(text).utf16.count == text.utf16.count)
        // Decomposed input (as some editors save it) folds the same once normalised.
        #expect(TextFolding.fold(TextFolding.normalized("D\u{0061}\u{0302}\u{0300}n")) == "dan")
    }

    @Test func vietnameseAlphabeticalOrder() {
        let names = ["Tuần Giáo", "Đồng Nai", "Ân Thi", "Tủa Chùa", "Bình Phước", "Ăn Uống", "An Giang", "Điện Biên", "Dầu Tiếng",
                     "Ơn", "Ông", "Ô Môn", "Ủy ban", "Ưu", "Zeta", "Yên Bái", "2 mô hình", "Cà Mau", "Cả", "Ca"]
        let sorted = VietnameseCollation.sorted(names) { $0 }
        #expect(sorted == ["2 mô hình", "An Giang", "Ăn Uống", "Ân Thi", "Bình Phước", "Ca", "Cà Mau", "Cả", "Dầu Tiếng",
                           "Điện Biên", "Đồng Nai", "Ô Môn", "Ông", "Ơn", "Tủa Chùa", "Tuần Giáo", "Ủy ban", "Ưu", "Yên Bái", "Zeta"])
        // Byte order would put every Đ after Z.
        #expect(names.sorted() != sorted)
    }

    /// Many titles' keys kept in a few large arrays order them exactly as each title's `Key`
    /// does, across the chunks they are made in, equal titles included.
    @Test func keysInBulkOrderAsKeys() {
        let words = ["Điện Biên", "dien bien", "Cà Mau", "cả", "ca", "Ω", "", "2 mô hình", "Dân vận khéo", "a\u{0300}", "Ưu"]
        let titles = (0..<10_000).map { words[$0 % words.count] + ($0 % 7 == 0 ? "" : " \($0 % 13)") }
        let keys = VietnameseCollation.Keys(titles)
        let one = titles.map(VietnameseCollation.key)
        let bulk = titles.indices.sorted(by: keys.precedes)
        #expect(bulk == titles.indices.sorted { one[$0] < one[$1] })
        for (a, b) in [(0, 4_200), (4_095, 4_096), (9_999, 11), (3, 3)] { #expect(keys.precedes(a, b) == (one[a] < one[b])) }
    }

    /// Titles in precomposed letters are keyed from a table, scalar by scalar; the table must
    /// give exactly the key of the canonical decomposition, and anything it does not cover must
    /// fall back to that.
    @Test func tableKeysEqualDecomposedKeys() {
        let letters = Array("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYfjwzFJWZ"
            + "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
            + "ÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬÈẺẼÉẸỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙỦŨÚỤỪỬỮỨỰỲỶỸÝỴ0123456789çñüßøæİı")
        let others = Array(" .,;:-–—()/\n\t\"'«»“”%&\u{00A0}")
        // Characters the table leaves to the decomposition: marks written apart, CR LF,
        // another script, an emoji with a joiner.
        let fallbacks = ["a\u{0300}", "\r\n", "Ω", "👩\u{200D}💻", "e\u{0302}\u{0301}", "\u{0301}", "x\u{200D}"]
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for round in 0..<3_000 {
            var text = ""
            for _ in 0..<(1 + next(24)) {
                text.append(next(5) == 0 ? others[next(others.count)] : letters[next(letters.count)])
            }
            let usesFallback = round % 4 == 0
            if usesFallback { text.insert(contentsOf: fallbacks[next(fallbacks.count)], at: text.index(text.startIndex, offsetBy: next(text.count + 1))) }
            #expect(VietnameseCollation.key(text) == VietnameseCollation.decomposedKey(text), "\(text.debugDescription)")
            #expect((VietnameseCollation.latinKey(text) == nil) == usesFallback, "\(text.debugDescription)")
        }
    }

    /// A key is one byte string; its order is the dictionaries' order it stands for: syllable by
    /// syllable, each its letters' ranks, 0, then its tones (a syllable before the longer ones it
    /// begins, fewer syllables first), then the text.
    @Test func keyBytesOrderAsSyllablesCompareOneByOne() {
        func syllableOrder(_ a: String, _ b: String) -> Bool {
            let x = VietnameseCollation.decomposedSyllables(a).map { $0.letters + [0] + $0.tones }
            let y = VietnameseCollation.decomposedSyllables(b).map { $0.letters + [0] + $0.tones }
            for (p, q) in zip(x, y) where p != q { return p.lexicographicallyPrecedes(q) }
            return x.count != y.count ? x.count < y.count : a < b
        }
        let words = ["a", "à", "ả", "ă", "â", "b", "đ", "d", "z", "0", "9", "10", "Ω", "ωa", "中", "👩", "cà mau", "cả", "ca", "ca mau",
                     "Điện Biên", "Điện Biên Phủ", "dien bien", "Dân vận", "dân vận khéo", "", " ", "A", "ư", "ươ", "uo", "a-b", "a b"]
        for a in words {
            for b in words {
                #expect((VietnameseCollation.key(a) < VietnameseCollation.key(b)) == syllableOrder(a, b), "\(a) < \(b)")
            }
        }
    }

    @Test func initialsKeepVowelMarksButNotTones() {
        #expect(VietnameseCollation.initial("Ấp Bắc") == "Â")
        #expect(VietnameseCollation.initial("điện biên") == "Đ")
        #expect(VietnameseCollation.initial("Ủy ban") == "U")
        #expect(VietnameseCollation.initial("2025") == "#")
    }
}
