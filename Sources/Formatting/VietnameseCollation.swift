import Foundation

/// Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y,
/// letters first, then tones as dictionaries order them (ngang, huyền, hỏi, ngã, sắc, nặng),
/// then case. Byte order would put `Đ` after `Z` and `Ă` after every plain letter.
public struct VietnameseCollation {
    /// A string's sort key; compare keys instead of strings. Syllable by syllable, as
    /// dictionaries do: letters, then tone, so `cà mau` comes before `cả`.
    public struct Key: Comparable, Sendable {
        /// Per syllable: the letters' ranks, 0, then each letter's tone.
        var syllables: [[UInt32]]
        var text: String

        public static func < (a: Key, b: Key) -> Bool {
            for (x, y) in zip(a.syllables, b.syllables) where x != y { return x.lexicographicallyPrecedes(y) }
            if a.syllables.count != b.syllables.count { return a.syllables.count < b.syllables.count }
            return a.text < b.text
        }
    }

    public static func key(_ text: String) -> Key {
        latinKey(text) ?? decomposedKey(text)
    }

    /// The key of a text whose every scalar is a character of its own (`PlainCharacters`:
    /// precomposed Latin letters, digits, spaces, common punctuation — every title of a
    /// Vietnamese site), read scalar by scalar from a table that `decomposedKey` made; nil for
    /// other text, and for a scalar whose key does not stand alone.
    static func latinKey(_ text: String) -> Key? {
        guard PlainCharacters.count(Array(text.utf8)[...]) != nil else { return nil }
        var syllables: [[UInt32]] = []
        var letters: [UInt32] = []
        var tones: [UInt32] = []
        for scalar in text.unicodeScalars {
            switch LatinTable.entry(scalar) {
            case .unknown: return nil
            case .separator:
                if !letters.isEmpty { syllables.append(letters + [0] + tones) }
                letters.removeAll(keepingCapacity: true)
                tones.removeAll(keepingCapacity: true)
            case .letter(let rank, let tone):
                letters.append(rank)
                tones.append(tone)
            }
        }
        if !letters.isEmpty { syllables.append(letters + [0] + tones) }
        return Key(syllables: syllables, text: text)
    }

    enum LatinEntry: Equatable {
        /// Not read from the table: the text takes `decomposedKey`.
        case unknown
        /// Not a letter or digit: it ends a syllable.
        case separator
        case letter(rank: UInt32, tone: UInt32)
    }

    /// What `decomposedKey` makes of each scalar alone, for the scalars `PlainCharacters` counts
    /// as characters of their own: one letter, or none (a separator). A scalar outside these
    /// ranges is `.unknown`, so the ranges can only make the table slower, never wrong.
    enum LatinTable {
        static let ranges = [0..<0x300, 0x1E00..<0x1F00, 0x2010..<0x2028]
        static let entries: [LatinEntry] = ranges.joined().map { value in
            guard let scalar = Unicode.Scalar(UInt32(value)) else { return .unknown }
            let key = decomposedKey(String(scalar))
            if key.syllables.isEmpty { return .separator }
            guard key.syllables.count == 1, key.syllables[0].count == 3, key.syllables[0][1] == 0 else { return .unknown }
            return .letter(rank: key.syllables[0][0], tone: key.syllables[0][2])
        }

        static func entry(_ scalar: Unicode.Scalar) -> LatinEntry {
            var offset = 0
            let value = Int(scalar.value)
            for range in ranges {
                if range.contains(value) { return entries[offset + value - range.lowerBound] }
                offset += range.count
            }
            return .unknown
        }
    }

    /// The key from the text's canonical decomposition, character by character.
    static func decomposedKey(_ text: String) -> Key {
        var syllables: [[UInt32]] = []
        var letters: [UInt32] = []
        var tones: [UInt32] = []
        func finish() {
            if !letters.isEmpty { syllables.append(letters + [0] + tones) }
            letters.removeAll()
            tones.removeAll()
        }
        for character in text.decomposedStringWithCanonicalMapping.lowercased() {
            var scalars = character.unicodeScalars.makeIterator()
            guard let base = scalars.next() else { continue }
            guard character.isLetter || character.isNumber else {
                finish()
                continue
            }
            var modifier: UInt32 = 0
            var tone: UInt32 = 0
            while let mark = scalars.next() {
                switch mark.value {
                case 0x0306, 0x0302, 0x031B: modifier = mark.value
                case 0x0300: tone = 1
                case 0x0309: tone = 2
                case 0x0303: tone = 3
                case 0x0301: tone = 4
                case 0x0323: tone = 5
                default: break
                }
            }
            letters.append(rank(base, modifier))
            tones.append(tone)
        }
        finish()
        return Key(syllables: syllables, text: text)
    }

    /// Sorts by `name`, the Vietnamese way.
    public static func sorted<T>(_ items: [T], by name: (T) -> String) -> [T] {
        items.map { (key(name($0)), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// The letter an index groups a name under: its first letter without tone, vowel marks kept
    /// (`Ấp` → `Â`, `điện` → `Đ`, `Ủy` → `U`); `#` for a name that starts with no letter.
    public static func initial(_ text: String) -> String {
        guard let first = text.first(where: { !$0.isWhitespace }), first.isLetter else { return "#" }
        let kept = String(first).decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { ![0x0300, 0x0309, 0x0303, 0x0301, 0x0323].contains($0.value) }
        return String(String.UnicodeScalarView(kept)).precomposedStringWithCanonicalMapping.uppercased()
    }

    /// Digits before letters; letters in the alphabet's order; anything else after, by code point.
    static func rank(_ base: Unicode.Scalar, _ modifier: UInt32) -> UInt32 {
        let value = base.value
        // Four places per letter: the letter, then with breve (ă), circumflex (â ê ô), horn (ơ ư).
        if value == 0x111 { return 1000 + 4 * 3 + 1 }
        if value >= 0x61, value <= 0x7A {
            let step: UInt32 = switch modifier { case 0x0306: 1; case 0x0302: 2; case 0x031B: 3; default: 0 }
            return 1000 + 4 * (value - 0x61) + step
        }
        if value >= 0x30, value <= 0x39 { return 100 + value - 0x30 }
        return 10_000 + value
    }
}
