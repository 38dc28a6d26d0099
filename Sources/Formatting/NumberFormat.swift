import Foundation

/// How a language writes numbers: Vietnamese `41.977`, `30,58`, `−4,32`, `13,96 nghìn tỷ`;
/// English `41,977`, `30.58`, `−4.32`, `13.96 trillion`. Used by pages and charts alike, so a
/// number reads the same in a table, a sentence and on an axis.
public struct NumberFormat: Sendable, Equatable {
    public var decimalMark: String
    public var groupSeparator: String
    /// Words for 10³, 10⁶, 10⁹, 10¹², 10¹⁵ in compact numbers.
    public var scaleWords: [String]

    public static let vietnamese = NumberFormat(
        decimalMark: ",", groupSeparator: ".", scaleWords: Words.vietnamese.numberScale)
    public static let english = NumberFormat(
        decimalMark: ".", groupSeparator: ",", scaleWords: Words.english.numberScale)

    /// The number rounded to `decimals` places, grouped by thousands, with a true minus sign.
    /// Not a number or infinite: an en dash, so nothing broken ever reaches a page.
    public func string(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "–" }
        let places = min(max(0, decimals), 12)
        let scaled = (abs(value) * Self.powersOfTen[places]).rounded()
        // Beyond 2⁵³ the digits are not exact anyway; fall back to the C formatter's digits.
        guard scaled < 9.0e15 else { return grouped(Self.plainDigits(abs(value)), fraction: "", negative: value < 0) }
        var number = UInt64(scaled)
        let negative = value < 0 && number != 0
        // Digits from the right into a small buffer, with the decimal mark and the group
        // separators put in as they come: no intermediate strings.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 96) { buffer in
            var start = buffer.count
            func put(_ byte: UInt8) {
                start -= 1
                buffer[start] = byte
            }
            for _ in 0..<places {
                put(UInt8(48 + number % 10))
                number /= 10
            }
            if places > 0 { decimalMark.utf8.reversed().forEach(put) }
            var digits = 0
            repeat {
                if digits > 0, digits % 3 == 0 { groupSeparator.utf8.reversed().forEach(put) }
                put(UInt8(48 + number % 10))
                number /= 10
                digits += 1
            } while number > 0
            if negative { "−".utf8.reversed().forEach(put) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }

    /// Large numbers with a scale word: `13.963,91` → `13,96 nghìn`, `2.500.000` → `2,5 triệu`.
    /// Numbers under ten thousand are written in full. Trailing zero decimals are dropped.
    public func compact(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "–" }
        var magnitude = abs(value), scale = -1
        guard magnitude >= 10_000 else { return trimmed(string(value, decimals: decimals)) }
        while magnitude >= 1000, scale + 1 < scaleWords.count {
            magnitude /= 1000
            scale += 1
        }
        return trimmed(string(value < 0 ? -magnitude : magnitude, decimals: decimals)) + " " + scaleWords[scale]
    }

    /// `2,50` → `2,5`; `3,00` → `3`.
    public func trimmed(_ text: String) -> String {
        guard text.contains(decimalMark) else { return text }
        var text = Substring(text)
        while text.hasSuffix("0") { text = text.dropLast() }
        if text.hasSuffix(decimalMark) { text = text.dropLast(decimalMark.count) }
        return String(text)
    }

    private func grouped(_ whole: String, fraction: String, negative: Bool) -> String {
        var groups: [Substring] = []
        var end = whole.endIndex
        while end > whole.startIndex {
            let start = whole.index(end, offsetBy: -3, limitedBy: whole.startIndex) ?? whole.startIndex
            groups.append(whole[start..<end])
            end = start
        }
        let body = groups.reversed().joined(separator: groupSeparator)
        return (negative ? "−" : "") + body + (fraction.isEmpty ? "" : decimalMark + fraction)
    }

    /// For machines (CSV, JSON): `30.58`, `41977`, no grouping, a point for the decimal mark.
    public static func plain(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        // Below 2^18 a double's spacing is under 1e-10, so its shortest form, when it has at
        // most ten decimals, is what rounding to ten decimals prints — without `String(format:)`.
        if abs(value) < 262_144 {
            let shortest = value.description
            if !shortest.utf8.contains(UInt8(ascii: "e")), let point = shortest.utf8.firstIndex(of: UInt8(ascii: ".")),
               shortest.utf8.distance(from: point, to: shortest.utf8.endIndex) <= 11 {
                return shortest
            }
        }
        var text = String(format: "%.10f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    private static let powersOfTen: [Double] = (0...12).map { power in (0..<power).reduce(1.0) { acc, _ in acc * 10 } }

    private static func plainDigits(_ value: Double) -> String { String(format: "%.0f", value) }
}
