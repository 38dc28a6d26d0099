import Diagnostics
import Foundation

/// How a file writes its numbers: the decimal mark and the thousands separator, as declared
/// beside the file, never guessed. `41.977` is forty-one thousand in Vietnamese notation and
/// forty-one in English notation; only the declaration can tell.
public struct NumberNotation: Sendable, Equatable {
    public var decimal: Character
    /// nil: no thousands separator is allowed.
    public var thousands: Character?

    public static let vietnamese = NumberNotation(decimal: ",", thousands: ".")

    public init(decimal: Character, thousands: Character?) {
        self.decimal = decimal
        self.thousands = thousands
    }

    /// The value of `text`, or why it is not a number in this notation.
    public func parse(_ text: String) -> Result<Double, NumberProblem> {
        var body = Substring(text)
        var negative = false
        if body.first == "-" || body.first == "−" { negative = true; body = body.dropFirst() }
        let parts = body.split(separator: decimal, omittingEmptySubsequences: false)
        guard !body.isEmpty, parts.count <= 2 else {
            return .failure(NumberProblem(text: Message("notation.not-a-number", ["text": .text(text)]), hintText: hint(for: text)))
        }
        let whole = parts[0], fraction = parts.count == 2 ? parts[1] : ""
        guard !whole.isEmpty, whole.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == thousands) }),
              fraction.allSatisfy({ $0.isASCII && $0.isNumber }), parts.count == 1 || !fraction.isEmpty else {
            return .failure(NumberProblem(text: Message("notation.not-a-number", ["text": .text(text)]), hintText: hint(for: text)))
        }
        if let thousands, whole.contains(thousands) {
            let groups = whole.split(separator: thousands, omittingEmptySubsequences: false)
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                return .failure(NumberProblem(
                    text: Message("notation.thousands-misplaced", ["text": .text(text), "thousands": .text(String(thousands))]),
                    hintText: Message("notation.thousands-misplaced-hint", ["decimal": .text(String(decimal)), "thousands": .text(String(thousands))])))
            }
        }
        let digits = whole.filter { $0 != thousands } + (fraction.isEmpty ? "" : "." + fraction)
        guard let value = Double(digits), value.isFinite else {
            return .failure(NumberProblem(text: Message("notation.not-a-number", ["text": .text(text)]), hintText: nil))
        }
        return .success(negative ? -value : value)
    }

    private func hint(for text: String) -> Message? {
        if text.hasSuffix("%") { return Message("notation.percent-hint") }
        if text.contains(where: \.isLetter) { return Message("notation.letters-hint") }
        let other: Character = decimal == "," ? "." : ","
        if text.contains(other), thousands != other {
            return Message("notation.decimal-hint", ["decimal": .text(String(decimal)),
                                                     "number": .text(text.replacingOccurrences(of: String(other), with: String(decimal)))])
        }
        return nil
    }
}

public struct NumberProblem: Error, Sendable, Equatable {
    public var text: Message
    public var hintText: Message?

    /// In English, for callers and tests that compare words.
    public var message: String { text.text(in: .en) }
    public var hint: String? { hintText?.text(in: .en) }
}
