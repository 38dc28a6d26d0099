import Diagnostics
@testable import Markdown
import Testing

/// Input an attacker or a careless editor writes: other line endings, deep nesting, long lines.
struct HostileInputTests {
    func parse(_ text: String, firstLine: Int = 1) -> MarkdownDocument {
        MarkdownParser().parse(text, path: "x.md", firstLine: firstLine)
    }

    /// Every position that a document reports, in order, for comparing two spellings of it.
    func positions(_ document: MarkdownDocument) -> [String] {
        var found: [String] = []
        func visit(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .role(let role): found.append("role \(role.location)")
                case .footnoteReference(let reference): found.append("note \(reference.location)")
                case .link(let link), .image(let link):
                    found.append("link \(link.location)")
                    visit(link.content)
                case .emphasis(let children), .strong(let children): visit(children)
                default: break
                }
            }
        }
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .paragraph(let inlines, _): visit(inlines)
                case .heading(let heading):
                    found.append("heading \(heading.location)")
                    visit(heading.content)
                case .blockQuote(let children): visit(children)
                case .list(let list): list.items.forEach(visit)
                case .codeBlock(let code): found.append("code \(code.location)")
                case .directive(let directive):
                    found.append("directive \(directive.location) body \(directive.bodyLocation)")
                    found += directive.options.map { "option \($0.location) \($0.valueLocation)" }
                default: break
                }
            }
        }
        visit(document.blocks)
        found += document.footnotes.map { "definition \($0.location)" }
        return found
    }

    static let sample = """
        # Tiêu đề

        Ủy ban {abbr}`UBND (Ủy ban nhân dân)` họp.[^1] Xem [mục](#a) và ![ảnh](a.png).

        ```{note} Ghi chú
        :class: compact

        Thân *có* `mã`.
        ```

        > Trích [dẫn](#b).

        [^1]: Nguồn,
            tiếp tục.

        ## Cuối
        """

    /// cmark ends lines at LF, CRLF and a lone CR alike; so must every position we report.
    @Test(arguments: ["\r\n", "\r"])
    func otherLineEndingsGiveTheSamePositionsAsLF(ending: String) {
        let lf = parse(Self.sample, firstLine: 4)
        let other = parse(Self.sample.replacingOccurrences(of: "\n", with: ending), firstLine: 4)
        #expect(positions(lf).count == 10)
        #expect(positions(other) == positions(lf))
        #expect(other == lf)
    }

    /// Nine bytes that once crashed the build: a lone CR put cmark's second line where ours
    /// had none.
    @Test func aLoneCarriageReturnBeforeACodeSpan() {
        let document = parse("`a`\r`b`\n\n")
        #expect(document.problems.isEmpty)
        guard case .paragraph(let inlines, _) = document.blocks.first else { Issue.record("no paragraph"); return }
        #expect(inlines == [.code("a"), .softBreak, .code("b")])
    }

    @Test func nestingUpToTheLimitIsKept() {
        let limit = MarkdownParser.nestingLimit
        let document = parse(String(repeating: "> ", count: limit) + "x\n")
        #expect(document.problems.isEmpty)
        var depth = 0
        var blocks = document.blocks
        while case .blockQuote(let children)? = blocks.first {
            depth += 1
            blocks = children
        }
        #expect(depth == limit)
        guard blocks.count == 1, case .paragraph(let inlines, _) = blocks[0] else { Issue.record("no paragraph"); return }
        #expect(inlines == [.text("x")])
    }

    static func deeplyNested(_ kind: String) -> String {
        switch kind {
        case "quotes": String(repeating: "> ", count: 20_000) + "x\n"
        case "emphasis": String(repeating: "*", count: 3_000) + "x" + String(repeating: "*", count: 3_000) + "\n"
        case "images": String(repeating: "![a", count: 35_000) + "x" + String(repeating: "](i.png)", count: 35_000) + "\n"
        default: (0..<100).map { String(repeating: "  ", count: $0) + "- a\n" }.joined()
        }
    }

    /// Past the limit: one error at the part that crosses it, saying how deep it goes; its text
    /// is kept as plain text, and nothing below the limit is built (which would overflow the stack).
    @Test(arguments: [
        ("quotes", "3:129: error: nested 20000 levels deep"),
        ("emphasis", "3:1: error: nested 1500 levels deep"),
        ("images", "3:193: error: nested 35000 levels deep"),
        ("lists", "67:129: error: nested 100 levels deep"),
    ])
    func deeperNestingIsOneLocatedError(kind: String, expected: String) {
        let document = parse(Self.deeplyNested(kind), firstLine: 3)
        #expect(document.problems.map(\.description) == [
            "x.md:\(expected); at most \(MarkdownParser.nestingLimit) are allowed\n"
                + "    help: quotes, lists, emphasis, links, images and directives inside one another each count as a level"
        ])
    }

    /// A fence never closed holds the rest of the file: 600 of them once nested 600 deep. Now
    /// the first is one error at its line, and what it holds is not parsed.
    @Test func unclosedDirectiveFencesAreOneErrorAtTheFirst() {
        let document = parse(String(repeating: "```{note}\n", count: 600), firstLine: 2)
        #expect(document.problems.map(\.description) == [
            "x.md:2:1: error: the block opened here is never closed: ```{note}\n"
                + "    help: end it with a line ``` after its last line; until then everything below belongs to it (a block inside another needs a shorter fence than the one around it)"
        ])
    }

    /// An unclosed fence on a line of 200,000 characters: the message shows its first 80.
    @Test func aHugeUnclosedFenceIsShownShortened() {
        let document = parse("```{note} " + String(repeating: "x", count: 200_000) + "\nText.\n")
        #expect(document.problems.count == 1)
        #expect(document.problems.first?.message == "the block opened here is never closed: ```{note} " + String(repeating: "x", count: 70) + "…")
    }

    /// Closed fences, each longer than the one it holds, nested deeper than the limit: parsing
    /// stops at the limit with one error.
    @Test func nestedDirectiveFencesStopAtTheLimit() {
        let depth = 70
        var text = ""
        for level in 0..<depth { text += String(repeating: "`", count: 3 + depth - level) + "{note}\n" }
        text += "x\n"
        for level in (0..<depth).reversed() { text += String(repeating: "`", count: 3 + depth - level) + "\n" }
        var document = parse(text, firstLine: 2)
        var level = 0
        while document.problems.isEmpty, case .directive(let directive)? = document.blocks.first {
            level += 1
            #expect(directive.depth == level)
            document = MarkdownParser().parseBody(of: directive)
        }
        #expect(level == MarkdownParser.nestingLimit + 1)
        #expect(document.problems.map(\.description) == [
            "x.md:\(level + 1):1: error: directive nested more than \(MarkdownParser.nestingLimit) levels deep\n"
                + "    help: a fence that is never closed holds everything below it; check that each ``` has its closing ```"
        ])
    }

    /// Columns on a long line are found without counting from the line's start each time (which
    /// made 100,000 emphasised words on one line take minutes): both a plain and a line with
    /// combining marks give each word its exact column.
    @Test(arguments: ["w", "đ", "e\u{301}"])
    func columnsOnALongLineAreExact(letter: String) {
        let words = (0..<2_000).map { "[\(letter)\($0)](#x)" }
        let document = parse(words.joined(separator: " ") + "\n")
        guard case .paragraph(let inlines, _) = document.blocks.first else { Issue.record("no paragraph"); return }
        let columns = inlines.compactMap { if case .link(let link) = $0 { link.location.column } else { nil } }
        var expected: [Int] = []
        var column = 1
        for word in words {
            expected.append(column)
            column += word.count + 1
        }
        #expect(columns == expected)
    }

    /// Many footnote references and roles on one line keep their exact columns.
    @Test func referencesOnOneLineKeepTheirColumns() {
        let line = (0..<1_000).map { _ in "đ[^a] {abbr}`X (x)`" }.joined(separator: " ")
        let document = parse(line + "\n\n[^a]: n\n")
        guard case .paragraph(let inlines, _) = document.blocks.first else { Issue.record("no paragraph"); return }
        let notes = inlines.compactMap { if case .footnoteReference(let r) = $0 { r.location.column } else { nil } }
        let roles = inlines.compactMap { if case .role(let r) = $0 { r.location.column } else { nil } }
        let width = "đ[^a] {abbr}`X (x)` ".count
        #expect(notes == (0..<1_000).map { $0 * width + 2 })
        #expect(roles == (0..<1_000).map { $0 * width + 7 })
    }
}
