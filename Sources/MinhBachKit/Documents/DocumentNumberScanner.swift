/// Finds the numbers of known documents in running text: `Kế hoạch số 27-KH/BDVTU-BCSD ngày…`.
/// A number is matched as a whole word, so `125-NQ/TW` never matches `25-NQ/TW`.
struct DocumentNumberScanner: Sendable {
    /// The catalog's map of its documents by number, shared with it: a set of the numbers was a
    /// copy of every key.
    private let known: [String: Int]

    init(documentsByNumber: [String: Int]) {
        known = documentsByNumber
    }

    func contains(_ number: String) -> Bool { known[number] != nil }

    /// Every number, for a parser that keeps the citations of a page's text (`PageParser.citing`).
    var numbers: Set<String> { Set(known.keys) }

    /// The ranges of `text` that are numbers of known documents, in order.
    func matches(in text: String) -> [(range: Range<String.Index>, number: String)] {
        guard !known.isEmpty else { return [] }
        return PageCitations.words(in: text).filter { contains($0.number) }
    }
}
