/// Finds the numbers of known documents in running text: `Kế hoạch số 27-KH/BDVTU-BCSD ngày…`.
/// A number is matched as a whole word, so `125-NQ/TW` never matches `25-NQ/TW`.
struct DocumentNumberScanner: Sendable {
    let numbers: Set<String>

    /// The ranges of `text` that are numbers of known documents, in order.
    func matches(in text: String) -> [(range: Range<String.Index>, number: String)] {
        guard !numbers.isEmpty else { return [] }
        return PageCitations.words(in: text).filter { numbers.contains($0.number) }
    }
}
