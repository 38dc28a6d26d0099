/// Finds the numbers of known documents in running text: `Kế hoạch số 27-KH/BDVTU-BCSD ngày…`.
/// A number is matched as a whole word, so `125-NQ/TW` never matches `25-NQ/TW`.
struct DocumentNumberScanner: Sendable {
    let numbers: Set<String>

    /// Characters that may stand next to a number without being part of it.
    private static let edgePunctuation: Set<Character> = [",", ";", ":", ".", ")", "(", "“", "”", "\"", "'", "‘", "’", "…"]

    /// The ranges of `text` that are numbers of known documents, in order.
    func matches(in text: String) -> [(range: Range<String.Index>, number: String)] {
        guard !numbers.isEmpty, text.contains(where: { $0 == "/" || $0 == "-" }) else { return [] }
        var found: [(Range<String.Index>, String)] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard !text[index].isWhitespace else { index = text.index(after: index); continue }
            var end = index
            while end < text.endIndex, !text[end].isWhitespace { end = text.index(after: end) }
            var lower = index, upper = end
            while lower < upper, Self.edgePunctuation.contains(text[lower]) { lower = text.index(after: lower) }
            while upper > lower, Self.edgePunctuation.contains(text[text.index(before: upper)]) {
                upper = text.index(before: upper)
            }
            let word = String(text[lower..<upper])
            if numbers.contains(word) { found.append((lower..<upper, word)) }
            index = end
        }
        return found
    }
}
