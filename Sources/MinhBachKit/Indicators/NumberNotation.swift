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
            return .failure(NumberProblem(message: "'\(text)' is not a number", hint: hint(for: text)))
        }
        let whole = parts[0], fraction = parts.count == 2 ? parts[1] : ""
        guard !whole.isEmpty, whole.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == thousands) }),
              fraction.allSatisfy({ $0.isASCII && $0.isNumber }), parts.count == 1 || !fraction.isEmpty else {
            return .failure(NumberProblem(message: "'\(text)' is not a number", hint: hint(for: text)))
        }
        if let thousands, whole.contains(thousands) {
            let groups = whole.split(separator: thousands, omittingEmptySubsequences: false)
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                return .failure(NumberProblem(
                    message: "'\(text)' has a thousands separator '\(thousands)' in the wrong place",
                    hint: "this file declares decimal '\(decimal)' and thousands '\(thousands)'; check the declaration or the number"))
            }
        }
        let digits = whole.filter { $0 != thousands } + (fraction.isEmpty ? "" : "." + fraction)
        guard let value = Double(digits), value.isFinite else {
            return .failure(NumberProblem(message: "'\(text)' is not a number", hint: nil))
        }
        return .success(negative ? -value : value)
    }

    private func hint(for text: String) -> String? {
        if text.hasSuffix("%") { return "write the number without '%': the indicator's measure says it is a percentage" }
        if text.contains(where: \.isLetter) { return "write the number alone; units and words go in the 'note' column" }
        let other: Character = decimal == "," ? "." : ","
        if text.contains(other), thousands != other {
            return "this file declares '\(decimal)' as its decimal mark; write \(text.replacingOccurrences(of: String(other), with: String(decimal)))"
        }
        return nil
    }
}

public struct NumberProblem: Error, Sendable, Equatable {
    public var message: String
    public var hint: String?
}
