import Diagnostics
import Formatting

/// Parts of messages that are more than a name: numbers written as the reader's language writes
/// them (`1,234.5` in English, `1.234,5` in Vietnamese), and lists of messages.
///
/// A `Message.Value` holds whole counts only; a decimal is a small message of its sign, its
/// whole part (a count, grouped by language) and its digits after the mark, so that the English
/// stays exactly as the number was written before.
enum MessageParts {
    /// `english` as English writes a number (`−1,234.56`, `34.9`, `12`): the same number in
    /// the reader's notation. Anything else (`1e-05`, `–`) is kept as it is.
    static func number(_ english: String) -> Message.Value {
        var rest = Substring(english)
        var sign = ""
        if let first = rest.first, first == "−" || first == "-" {
            sign = String(first)
            rest = rest.dropFirst()
        }
        let parts = rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : nil
        guard !whole.isEmpty, whole.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ",") }),
              fraction.map({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) ?? true,
              let digits = Int(whole.filter { $0 != "," }) else { return .text(english) }
        // Grouped as written: a count regroups it alike in English; ungrouped (`12345.0`,
        // Swift's own writing) stays ungrouped in every language.
        let wholeValue: Message.Value = whole.contains(",") || whole.count <= 3 ? .count(digits) : .text(String(whole))
        if let fraction {
            return .message(Message("indicators.number-decimal", ["sign": .text(sign), "whole": wholeValue, "fraction": .text(String(fraction))]))
        }
        return sign.isEmpty ? wholeValue : .message(Message("indicators.number-signed", ["sign": .text(sign), "whole": wholeValue]))
    }

    /// `value` rounded to `decimals` places, as pages write it.
    static func number(_ value: Double, decimals: Int) -> Message.Value {
        number(NumberFormat.english.string(value, decimals: decimals))
    }

    /// `value` as Swift writes a `Double` (`34.9`, `100.0`): how some messages always wrote it.
    static func number(_ value: Double) -> Message.Value { number("\(value)") }

    /// Messages one after another, `; ` between them.
    static func joined(_ messages: [Message]) -> Message.Value {
        guard var all = messages.first else { return .text("") }
        for next in messages.dropFirst() {
            all = Message("indicators.join-semicolon", ["first": .message(all), "next": .message(next)])
        }
        return .message(all)
    }
}
