import Diagnostics
import Markdown

/// The outline of an official document, recognised from the numbering of its headings
/// (Phần › I › 1 › 2.1 › a) rather than from the number of `#`s. Each section's anchor is made
/// of its numbering (`phan-3-ii-2-1`), so that links survive a change of wording, and its level
/// on the page is its depth in the outline.
///
/// A paragraph of text that opens with a numbering (`1\. Tiếp tục…`, `c) Thực hiện…`) is no
/// heading, but gets an anchor the same way, so that a link, a quote or a task can name the very
/// sentence: `iii-3-c` for `c)` under `#### 3.` under `### III.`, `1` for `1\.` above every
/// heading (a chỉ thị's items). Such anchors come after the headings' and never change them.
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

    /// A numbered paragraph as the walk meets it, given its anchor once every heading has its own.
    private struct ParagraphAnchor {
        var rank: Int
        var number: SectionNumber
        var part: String
        /// The anchor it sits under: the heading's id, or the index of a numbered paragraph
        /// (`a)` under `1\.`) in `paragraphs`, whose id is made first.
        var parent: Parent
        var level: Int
        var location: SourceLocation

        enum Parent { case heading(String), paragraph(Int) }
    }

    /// A heading or a paragraph of the document's text, in order.
    private enum Item {
        case heading(Heading)
        case paragraph([Inline], SourceLocation)
    }

    static func headings(of document: MarkdownDocument, reserved: [String], diagnostics: inout Diagnostics) -> [HeadingEntry] {
        var registry = SlugRegistry(reserved: reserved)
        var root = OpenSection(rank: -1, number: nil, id: "")
        var stack: [OpenSection] = []
        var entries: [HeadingEntry] = []
        var paragraphs: [ParagraphAnchor] = []
        /// Numbered paragraphs since the last heading, outermost first.
        var openParagraphs: [Int] = []
        for item in items(of: document.blocks) {
            guard case .heading(let heading) = item else {
                guard case .paragraph(let inlines, let location) = item, let number = paragraphNumber(inlines) else { continue }
                let rank = number.rank
                while let last = openParagraphs.last, paragraphs[last].rank >= rank { openParagraphs.removeLast() }
                let outer: (number: SectionNumber?, level: Int, parent: ParagraphAnchor.Parent)
                if let last = openParagraphs.last {
                    outer = (paragraphs[last].number, paragraphs[last].level, .paragraph(last))
                } else {
                    // Under the innermost open heading; at the top, under the page's title.
                    outer = (stack.last?.number, stack.isEmpty ? 1 : entries[entries.count - 1].level, .heading(stack.last?.id ?? ""))
                }
                openParagraphs.append(paragraphs.count)
                // In ASCII (`đ)` is `d`): a paragraph's anchor is typed in the sections of tasks files.
                let part = number.kind == .letter ? number.asciiAnchorPart : part(of: number, under: outer.number)
                paragraphs.append(ParagraphAnchor(rank: rank, number: number, part: part,
                                                  parent: outer.parent, level: outer.level + 1, location: location))
                continue
            }
            openParagraphs.removeAll()
            let text = heading.plainText
            let parsed = SectionNumber.parse(text)
            let rank = parsed.map(\.number.rank) ?? unnumberedRank + heading.level
            while let top = stack.last, top.rank >= rank { stack.removeLast() }
            let parent = stack.last ?? root
            var part: String
            if let number = parsed?.number {
                check(number, after: parent.lastChild[rank], at: heading.location, &diagnostics)
                part = self.part(of: number, under: parent.number)
                if stack.isEmpty { root.lastChild[rank] = number } else { stack[stack.count - 1].lastChild[rank] = number }
            } else {
                part = Slug.make(text)
            }
            let id = registry.unique(parent.id.isEmpty ? part : parent.id + "-" + part)
            stack.append(OpenSection(rank: rank, number: parsed?.number, id: id))
            entries.append(HeadingEntry(id: id, text: text, level: min(stack.count + 1, 6), location: heading.location,
                                        label: parsed?.number.label, numberKind: parsed?.number.kind))
        }
        guard !paragraphs.isEmpty else { return entries }
        // Paragraphs take what ids the headings left, so that no heading's anchor moves.
        var paragraphRegistry = SlugRegistry(reserved: reserved + entries.map(\.id))
        var ids: [String] = []
        var anchors: [HeadingEntry] = []
        for paragraph in paragraphs {
            let parentID = switch paragraph.parent {
            case .heading(let id): id
            case .paragraph(let index): ids[index]
            }
            let id = paragraphRegistry.unique(parentID.isEmpty ? paragraph.part : parentID + "-" + paragraph.part)
            ids.append(id)
            anchors.append(HeadingEntry(id: id, text: paragraph.number.label, level: paragraph.level, location: paragraph.location,
                                        label: paragraph.number.label, numberKind: paragraph.number.kind, isParagraph: true))
        }
        return (entries + anchors).sorted { $0.location < $1.location }
    }

    /// The anchor part of a numbering under the numbering it sits in: `2.1` under `2` adds `1`.
    private static func part(of number: SectionNumber, under outer: SectionNumber?) -> String {
        if number.kind == .decimal, let outer, outer.kind == .arabic || outer.kind == .decimal,
           number.values.starts(with: outer.values), number.values.count > outer.values.count {
            return number.values[outer.values.count...].map(String.init).joined(separator: "-")
        }
        return number.anchorPart
    }

    /// The numbering a paragraph opens with, when it is one a paragraph of text is numbered
    /// with: `1.`, `2.1.`, `a)`, written against the number. Not `Điều 5 …` or `V. …`: in a
    /// running sentence those are words more often than numberings.
    static func paragraphNumber(_ inlines: [Inline]) -> SectionNumber? {
        guard let number = SectionNumber.parse(String(firstWord(inlines)))?.number,
              [.arabic, .decimal, .letter].contains(number.kind),
              !number.label.contains(" "), let last = number.label.last, SectionNumber.separators.contains(last) else { return nil }
        return number
    }

    /// The first word of a paragraph's text: all a paragraph's numbering can be, found without
    /// making the text of the whole paragraph (which cost a tenth of the parsing stage).
    /// `SectionNumber.parse` gives the same numbering for it as for the whole text whenever
    /// `paragraphNumber` keeps one: a label without a space that ends in a separator.
    private static func firstWord(_ inlines: [Inline]) -> Substring {
        var text = ""
        for inline in inlines {
            text += Inline.plainText([inline])
            if let word = text.split(separator: " ", maxSplits: 1).first, word.endIndex < text.endIndex { return word }
        }
        return text.split(separator: " ", maxSplits: 1).first ?? ""
    }

    /// The document's headings (also those in quotes and lists, as `PageParser` finds them)
    /// and its paragraphs outside quotes and lists, in order.
    private static func items(of blocks: [Block]) -> [Item] {
        blocks.flatMap { block -> [Item] in
            switch block {
            case .heading(let heading): [.heading(heading)]
            case .paragraph(let inlines, let location): [.paragraph(inlines, location)]
            default: PageParser.topLevelHeadings([block]).map(Item.heading)
            }
        }
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
