import Diagnostics
import Markdown

/// The outline of an official document, recognised from the numbering of its headings
/// (Phần › I › 1 › 2.1 › a) rather than from the number of `#`s. Each section's anchor is made
/// of its numbering (`phan-3-ii-2-1`), so that links survive a change of wording, and its level
/// on the page is its depth in the outline.
enum DocumentOutline {
    private struct OpenSection {
        var rank: Int
        var number: SectionNumber?
        var id: String
        /// The numbers of the children seen so far, by rank, to check that numbering runs on.
        var lastChild: [Int: SectionNumber] = [:]
    }

    /// Unnumbered headings rank below every numbering, among themselves by their `#`s.
    private static let unnumberedRank = 1000

    static func headings(of document: MarkdownDocument, reserved: [String], diagnostics: inout Diagnostics) -> [HeadingEntry] {
        var registry = SlugRegistry(reserved: reserved)
        var root = OpenSection(rank: -1, number: nil, id: "")
        var stack: [OpenSection] = []
        var entries: [HeadingEntry] = []
        for heading in PageParser.topLevelHeadings(document.blocks) {
            let text = heading.plainText
            let parsed = SectionNumber.parse(text)
            let rank = parsed.map(\.number.rank) ?? unnumberedRank + heading.level
            while let top = stack.last, top.rank >= rank { stack.removeLast() }
            let parent = stack.last ?? root
            var part: String
            if let number = parsed?.number {
                check(number, after: parent.lastChild[rank], at: heading.location, &diagnostics)
                part = number.anchorPart
                if number.kind == .decimal, let outer = parent.number, outer.kind == .arabic || outer.kind == .decimal,
                   number.values.starts(with: outer.values), number.values.count > outer.values.count {
                    part = number.values[outer.values.count...].map(String.init).joined(separator: "-")
                }
                if stack.isEmpty { root.lastChild[rank] = number } else { stack[stack.count - 1].lastChild[rank] = number }
            } else {
                part = Slug.make(text)
            }
            let id = registry.unique(parent.id.isEmpty ? part : parent.id + "-" + part)
            stack.append(OpenSection(rank: rank, number: parsed?.number, id: id))
            entries.append(HeadingEntry(id: id, text: text, level: min(stack.count + 1, 6), location: heading.location,
                                        label: parsed?.number.label, numberKind: parsed?.number.kind))
        }
        return entries
    }

    /// Warns when numbering skips or restarts (I then III; 1 then 3; a then c), which usually
    /// means a heading was lost or mistyped in conversion.
    private static func check(_ number: SectionNumber, after previous: SectionNumber?, at location: SourceLocation, _ diagnostics: inout Diagnostics) {
        let expected = (previous?.values.last ?? 0) + 1
        guard let actual = number.values.last, actual != expected else { return }
        let problem = previous.map { Message("documents.numbering-skips", ["section": .text(number.label), "previous": .text($0.label)]) }
            ?? Message("documents.numbering-skips-at-start", ["section": .text(number.label)])
        diagnostics.append(.warning(at: location, problem, hint: Message("documents.numbering-skips-hint")))
    }
}
