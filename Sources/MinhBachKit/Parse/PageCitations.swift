import Markdown

/// What a document's text may cite, in the order it first says it: the targets of its `{doc}`
/// roles and the words of its prose that could be numbers. Taken from the Markdown when the page
/// is parsed, so that the documents catalog finds a document's citations without keeping its
/// Markdown.
public struct PageCitations: Sendable, Equatable {
    public struct Name: Sendable, Hashable {
        /// A `{doc}` role's target (an id or a number), or a word of the text.
        public var text: String
        /// Whether a `{doc}` role names it: a word of the text cites only when it is a number.
        public var isRole: Bool
    }

    /// Each name once, where it first comes.
    public private(set) var names: [Name] = []

    public init() {}

    /// The citations `names` are, as a page catalog keeps them (`PageCatalog`).
    init(names: [Name]) { self.names = names }

    /// The citations of `document`; `numbers`, when known, keeps only the words that are numbers
    /// of documents (any superset of the catalog's numbers gives the catalog the same citations).
    /// Words are looked at only when `scansText` (the site links document numbers in prose).
    init(of document: MarkdownDocument, numbers: Set<String>?, scansText: Bool) {
        var seen: Set<Name> = []
        func add(_ name: Name) {
            if seen.insert(name).inserted { names.append(name) }
        }
        func visit(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .text(let text) where scansText:
                    for word in Self.words(in: text) where numbers?.contains(word.number) ?? !word.number.isEmpty {
                        add(Name(text: word.number, isRole: false))
                    }
                case .role(let role) where role.name == "doc":
                    add(Name(text: RoleTarget(role.content).name, isRole: true))
                case .emphasis(let children), .strong(let children): visit(children)
                default: break
                }
            }
        }
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .paragraph(let inlines, _): visit(inlines)
                case .blockQuote(let children): visit(children)
                case .list(let list): list.items.forEach(visit)
                default: break
                }
            }
        }
        visit(document.blocks)
        for footnote in document.footnotes { visit(footnote.blocks) }
    }

    /// Characters that may stand next to a number without being part of it.
    private static let edgePunctuation: Set<Character> = [",", ";", ":", ".", ")", "(", "“", "”", "\"", "'", "‘", "’", "…"]

    /// The words of `text` that could be a document's number, whatever the site's numbers are:
    /// every word, its edge punctuation aside, of a text with a `/` or a `-` (a text without one
    /// is taken to cite none, as numbers are written `12/KH-UBND`, `19-CT/TU`).
    static func words(in text: String) -> [(range: Range<String.Index>, number: String)] {
        guard text.contains(where: { $0 == "/" || $0 == "-" }) else { return [] }
        var found: [(Range<String.Index>, String)] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard !text[index].isWhitespace else { index = text.index(after: index); continue }
            var end = index
            while end < text.endIndex, !text[end].isWhitespace { end = text.index(after: end) }
            var lower = index, upper = end
            while lower < upper, edgePunctuation.contains(text[lower]) { lower = text.index(after: lower) }
            while upper > lower, edgePunctuation.contains(text[text.index(before: upper)]) {
                upper = text.index(before: upper)
            }
            found.append((lower..<upper, String(text[lower..<upper])))
            index = end
        }
        return found
    }
}
