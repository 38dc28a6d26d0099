/// The numbering that opens a heading of an official document: `Phần thứ hai`, `Chương I`,
/// `Mục 1`, `Điều 5`, `II-`, `3.`, `2.1.`, `a)`. Its kind places the heading in the outline;
/// its parts make the section's anchor.
public struct SectionNumber: Sendable, Equatable {
    public enum Kind: Int, Sendable, Comparable {
        case part, chapter, section, article, roman, arabic, decimal, letter
        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    public var kind: Kind
    /// The numbers it is made of: `Phần thứ hai` → [2], `II` → [2], `2.1` → [2, 1], `b)` → [2].
    public var values: [Int]
    /// The label as printed, e.g. `Phần thứ hai` or `2.1.`.
    public var label: String

    /// Outline rank: a lower rank contains a higher one; decimals rank by depth (2.1 < 2.1.1).
    var rank: Int { kind == .decimal ? Kind.decimal.rawValue * 10 + values.count : kind.rawValue * 10 }

    /// The anchor of this level: `phan-2`, `chuong-1`, `ii`, `3`, `1` (the last part of `2.1`), `b`.
    var anchorPart: String {
        switch kind {
        case .part: "phan-\(values[0])"
        case .chapter: "chuong-\(values[0])"
        case .section: "muc-\(values[0])"
        case .article: "dieu-\(values[0])"
        case .roman: RomanNumeral.string(values[0]).lowercased()
        case .arabic: String(values[0])
        case .decimal: values.map(String.init).joined(separator: "-")
        case .letter: String(SectionNumber.letters[values[0] - 1])
        }
    }

    /// `anchorPart` in ASCII letters: `đ)`, the letter after `d)`, is `d`, as the anchor of a
    /// numbered paragraph is typed in the `section` of a tasks file.
    var asciiAnchorPart: String {
        guard kind == .letter, case let letter = Self.letters[values[0] - 1], !letter.isASCII else { return anchorPart }
        return "d"
    }

    /// Vietnamese letters used for numbering (đ is one of them, after d).
    static let letters: [Character] = Array("abcdđeghiklmnopqrstuvxy")
    static let ordinals = ["nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                           "tám": 8, "chín": 9, "mười": 10]
    static let separators: Set<Character> = [".", "-", "–", ")", ":"]

    /// The numbering at the start of a heading's text and the title after it, or nil.
    public static func parse(_ text: String) -> (number: SectionNumber, title: String)? {
        let words = leadingWords(text)
        guard let firstWord = words.first else { return nil }
        if let named = parseNamed(words) { return named }
        let first = String(firstWord)
        var token = first
        var trailing = ""
        while let last = token.last, separators.contains(last) {
            trailing = String(last) + trailing
            token.removeLast()
        }
        var label = first
        var titleStart = 1
        // "III - PHẠM VI": the separator printed apart from the number.
        if trailing.isEmpty, words.count > 1, words[1].count == 1, let separator = words[1].first,
           separators.contains(separator), separator != ")" {
            trailing = String(words[1])
            label = first + " " + words[1]
            titleStart = 2
        }
        let title = words.dropFirst(titleStart).joined(separator: " ")
        guard !token.isEmpty, !trailing.isEmpty || title.isEmpty else { return nil }
        if let value = RomanNumeral.value(token), trailing != ")" {
            return (SectionNumber(kind: .roman, values: [value], label: label), title)
        }
        let pieces = token.split(separator: ".", omittingEmptySubsequences: false)
        if pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }) {
            let values = pieces.map { Int($0)! }
            return (SectionNumber(kind: values.count == 1 ? .arabic : .decimal, values: values, label: label), title)
        }
        if token.count == 1, let letter = token.lowercased().first, let index = letters.firstIndex(of: letter), trailing.hasPrefix(")") {
            return (SectionNumber(kind: .letter, values: [index + 1], label: label), title)
        }
        return nil
    }

    /// The words of `text` as `split(separator: " ")` gives them, except that a fourth and every
    /// word after it come as one, joined by single spaces: a numbering is at most three words,
    /// and a heading can be a long sentence.
    static func leadingWords(_ text: String) -> [Substring] {
        var words = text.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
        guard words.count == 4 else { return words }
        let rest = words.removeLast()
        let bytes = rest.utf8
        let isSpaced = bytes.first == 0x20 || bytes.last == 0x20 || zip(bytes, bytes.dropFirst()).contains { $0 == 0x20 && $1 == 0x20 }
        if !isSpaced {
            words.append(rest)
        } else {
            let joined = rest.split(separator: " ").joined(separator: " ")
            if !joined.isEmpty { words.append(Substring(joined)) }
        }
        return words
    }

    /// `Phần thứ nhất`, `Phần I`, `Phần 1`, `Chương II`, `Mục 2`, `Điều 3`.
    private static let namedKinds: [String: Kind] = ["phần": .part, "chương": .chapter, "mục": .section, "điều": .article]

    private static func parseNamed(_ words: [Substring]) -> (number: SectionNumber, title: String)? {
        guard words.count >= 2, let kind = namedKinds[words[0].lowercased()] else { return nil }
        var index = 1
        if kind == .part, words[1].lowercased() == "thứ", words.count >= 3 { index = 2 }
        var token = String(words[index])
        while let last = token.last, separators.contains(last) { token.removeLast() }
        let value: Int?
        if index == 2 {
            value = ordinals[token.lowercased()]
        } else {
            value = Int(token) ?? RomanNumeral.value(token)
        }
        guard let value else { return nil }
        let label = words[...index].joined(separator: " ")
        return (SectionNumber(kind: kind, values: [value], label: label), words[(index + 1)...].joined(separator: " "))
    }
}

/// Roman numerals as documents number their sections (I to about XL).
enum RomanNumeral {
    private static let digits: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
    private static let numerals: [(Int, String)] = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
                                                    (5, "V"), (4, "IV"), (1, "I")]

    static func value(_ text: String) -> Int? {
        guard !text.isEmpty, text.count <= 8 else { return nil }
        var total = 0
        var previous = 0
        for character in text.reversed() {
            guard let digit = digits[character] else { return nil }
            total += digit < previous ? -digit : digit
            previous = max(previous, digit)
        }
        return string(total) == text ? total : nil
    }

    static func string(_ value: Int) -> String {
        var rest = value
        var text = ""
        for (amount, numeral) in numerals {
            while rest >= amount {
                text += numeral
                rest -= amount
            }
        }
        return text
    }
}
