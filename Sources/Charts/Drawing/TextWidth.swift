import Foundation

/// Estimates how wide a text is, without a font engine: advance widths of the theme's
/// sans-serif stack (Helvetica/Arial metrics, which Segoe UI, Roboto and Noto Sans are close
/// to, plus a margin), in thousandths of an em. Vietnamese letters take the width of their base
/// letter: tone marks and the circumflex sit above or below it. Good enough that a label
/// measured here neither overlaps its neighbour nor is clipped.
public enum TextWidth {
    /// Other fonts of the stack run wider than Helvetica: DejaVu Sans, the sans-serif of many
    /// Linux desktops, by up to 15%.
    static let safety = 1.15

    /// The width of `text` in pixels at `fontSize`, bold text 7% wider.
    public static func of(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        var thousandths = 0
        for scalar in text.unicodeScalars { thousandths += width(of: scalar) }
        return Double(thousandths) * fontSize / 1000 * (bold ? 1.07 : 1) * safety
    }

    /// `text` shortened with an ellipsis to fit `maxWidth`: the longest start that fits, in one pass.
    public static func shortened(_ text: String, toFit maxWidth: Double, fontSize: Double, bold: Bool = false) -> String {
        let scale = fontSize / 1000 * (bold ? 1.07 : 1) * safety
        var total = 0
        for scalar in text.unicodeScalars { total += width(of: scalar) }
        guard Double(total) * scale > maxWidth else { return text }
        let room = maxWidth / scale - Double(width(of: "…"))
        var used = 0, end = text.unicodeScalars.startIndex
        for index in text.unicodeScalars.indices {
            used += width(of: text.unicodeScalars[index])
            if Double(used) > room { break }
            end = text.unicodeScalars.index(after: index)
        }
        var kept = String(text.unicodeScalars[..<end])
        // Never end on a combining mark's base alone or on a space.
        while let last = kept.unicodeScalars.last, last.properties.generalCategory == .nonspacingMark || last == " " {
            kept.unicodeScalars.removeLast()
        }
        return kept + "…"
    }

    /// `text` broken into at most `maxLines` lines of `maxWidth`; the last shortened if needed.
    public static func wrapped(_ text: String, toFit maxWidth: Double, fontSize: Double, maxLines: Int) -> [String] {
        var lines: [String] = [], current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if current.isEmpty || of(candidate, fontSize: fontSize) <= maxWidth {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        guard lines.count > maxLines else { return lines.map { shortened($0, toFit: maxWidth, fontSize: fontSize) } }
        let kept = Array(lines.prefix(maxLines - 1))
        let rest = lines.dropFirst(maxLines - 1).joined(separator: " ")
        return (kept + [rest]).map { shortened($0, toFit: maxWidth, fontSize: fontSize) }
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 32, value < 127 { return ascii[Int(value - 32)] }
        if let width = extended[value] { return width }
        if (0x300...0x36F).contains(value) { return 0 }  // combining marks
        return 1000  // CJK, symbols, emoji: a full em, so that nothing is underestimated
    }

    /// Space to tilde.
    private static let ascii: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ]

    /// Latin letters with diacritics (Latin-1, Extended-A/B, Vietnamese), by their base letter;
    /// `ơ` and `ư` carry a horn on the right, `Đ`/`đ` a bar, and the typographic marks charts use.
    private static let extended: [UInt32: Int] = {
        var table: [UInt32: Int] = [:]
        let ranges: [ClosedRange<UInt32>] = [0xC0...0x24F, 0x1E00...0x1EFF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let parts = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
                guard let base = parts.first, base.value < 127, base.value >= 32 else { continue }
                let hasHorn = parts.contains { $0.value == 0x31B }
                table[value] = ascii[Int(base.value - 32)] + (hasHorn ? 60 : 0)
            }
        }
        table[0x110] = 722; table[0x111] = 556  // Đ đ
        table[0xA0] = 278   // no-break space
        for (mark, width) in [("–", 556), ("—", 1000), ("…", 1000), ("−", 584), ("’", 222), ("“", 333), ("”", 333),
                              ("•", 350), ("·", 278), ("≥", 584), ("≤", 584), ("✔", 800), ("▲", 800),
                              ("◆", 800), ("▼", 800), ("○", 800), ("★", 800), ("●", 800), ("■", 800), ("◀", 800)] {
            table[mark.unicodeScalars.first!.value] = width
        }
        return table
    }()
}
