import Foundation
import Parallel

/// Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y,
/// letters first, then tones as dictionaries order them (ngang, huyền, hỏi, ngã, sắc, nặng),
/// then case. Byte order would put `Đ` after `Z` and `Ă` after every plain letter.
public struct VietnameseCollation {
    /// A string's sort key; compare keys instead of strings. Syllable by syllable, as
    /// dictionaries do: letters, then tone, so `cà mau` comes before `cả`.
    public struct Key: Comparable, Sendable {
        /// Per syllable: the letters' ranks, 0, then each letter's tone, each as `append` writes
        /// it, and a 0 byte to end the syllable; so that byte order is the order of syllables
        /// compared one by one (a syllable before the longer ones it begins). One array, not one
        /// per syllable: a key was a kilobyte, and a site of a million titles sorts them all.
        var bytes: [UInt8] = []
        var text: String

        public static func < (a: Key, b: Key) -> Bool {
            a.bytes != b.bytes ? a.bytes.lexicographicallyPrecedes(b.bytes) : a.text < b.text
        }

        /// The syllable `letters` + 0 + `tones`.
        mutating func appendSyllable(letters: [UInt32], tones: [UInt32]) {
            for rank in letters { append(rank) }
            append(0)
            for tone in tones { append(tone) }
            bytes.append(0)
        }

        /// A value the key is made of — a tone or the 0 between letters and tones (0–5), a
        /// digit's rank (100–109), a letter's (1000–1103), anything else's (10,000 and up, to
        /// 10,000 + 0x10FFFF) — as bytes whose order is the values' order, none of them 0: the
        /// first three ranges a byte each, the last 0xF0 and three bytes.
        private mutating func append(_ value: UInt32) {
            switch value {
            case 0...5: bytes.append(UInt8(value + 1))
            case 100...109: bytes.append(UInt8(value - 93))
            case 1000...1103: bytes.append(UInt8(value - 983))
            default: bytes += [0xF0, UInt8(truncatingIfNeeded: value >> 16), UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value)]
            }
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
        var key = Key(text: text)
        var letters: [UInt32] = []
        var tones: [UInt32] = []
        for scalar in text.unicodeScalars {
            switch LatinTable.entry(scalar) {
            case .unknown: return nil
            case .separator:
                if !letters.isEmpty { key.appendSyllable(letters: letters, tones: tones) }
                letters.removeAll(keepingCapacity: true)
                tones.removeAll(keepingCapacity: true)
            case .letter(let rank, let tone):
                letters.append(rank)
                tones.append(tone)
            }
        }
        if !letters.isEmpty { key.appendSyllable(letters: letters, tones: tones) }
        return key
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
            let syllables = decomposedSyllables(String(scalar))
            if syllables.isEmpty { return .separator }
            guard syllables.count == 1, syllables[0].letters.count == 1 else { return .unknown }
            return .letter(rank: syllables[0].letters[0], tone: syllables[0].tones[0])
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
        var key = Key(text: text)
        for syllable in decomposedSyllables(text) { key.appendSyllable(letters: syllable.letters, tones: syllable.tones) }
        return key
    }

    /// Each syllable's letters' ranks and their tones.
    static func decomposedSyllables(_ text: String) -> [(letters: [UInt32], tones: [UInt32])] {
        var syllables: [(letters: [UInt32], tones: [UInt32])] = []
        var letters: [UInt32] = []
        var tones: [UInt32] = []
        func finish() {
            if !letters.isEmpty { syllables.append((letters, tones)) }
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
        return syllables
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

extension VietnameseCollation {
    /// The sort keys of many texts, made on every core and kept as bytes in a few large arrays:
    /// a `Key` each was an array of its own, and the search page sorts a title for every page
    /// of the site at once (a million at the end of the largest builds).
    public struct Keys: Sendable {
        private let texts: [String]
        /// Each chunk's keys one after another, and where each ends.
        private let chunks: [(bytes: [UInt8], ends: [Int32])]
        private static let chunkSize = 4096

        public init(_ texts: [String]) {
            self.texts = texts
            let starts = Array(stride(from: 0, to: texts.count, by: Self.chunkSize))
            chunks = starts.parallelMap { start in
                var bytes: [UInt8] = []
                var ends: [Int32] = []
                for text in texts[start..<min(start + Self.chunkSize, texts.count)] {
                    bytes += VietnameseCollation.key(text).bytes
                    ends.append(Int32(bytes.count))
                }
                return (bytes, ends)
            }
        }

        /// Whether the `a`-th text comes before the `b`-th, as their `Key`s compare.
        public func precedes(_ a: Int, _ b: Int) -> Bool {
            let (x, y) = (key(a), key(b))
            return x.elementsEqual(y) ? texts[a] < texts[b] : x.lexicographicallyPrecedes(y)
        }

        private func key(_ index: Int) -> ArraySlice<UInt8> {
            let chunk = chunks[index / Self.chunkSize]
            let offset = index % Self.chunkSize
            return chunk.bytes[(offset == 0 ? 0 : Int(chunk.ends[offset - 1]))..<Int(chunk.ends[offset])]
        }
    }
}
