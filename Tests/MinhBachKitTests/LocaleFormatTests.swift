import Formatting
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

    @Test func initialsKeepVowelMarksButNotTones() {
        #expect(VietnameseCollation.initial("Ấp Bắc") == "Â")
        #expect(VietnameseCollation.initial("điện biên") == "Đ")
        #expect(VietnameseCollation.initial("Ủy ban") == "U")
        #expect(VietnameseCollation.initial("2025") == "#")
    }
}
