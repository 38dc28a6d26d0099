import Diagnostics
import Markdown
import Testing

struct SyntaxTests {
    func parse(_ text: String, firstLine: Int = 1) -> MarkdownDocument {
        MarkdownParser().parse(text, path: "x.md", firstLine: firstLine)
    }

    @Test func aFencedBlockWithBracedNameIsADirectiveWithOptionsAndBody() throws {
        let document = parse("Đoạn đầu.\n\n```{note} Tiêu đề\n:class: compact\n:name: ghi-chu\n\nThân **Markdown**.\n```\n", firstLine: 5)
        guard case .directive(let directive) = document.blocks[1] else {
            Issue.record("expected a directive, got \(document.blocks)")
            return
        }
        #expect(directive.name == "note")
        #expect(directive.argument == "Tiêu đề")
        #expect(directive.options.map(\.key) == ["class", "name"])
        #expect(directive.options[0].location == SourceLocation(path: "x.md", line: 8, column: 1))
        #expect(directive.options[0].valueLocation == SourceLocation(path: "x.md", line: 8, column: 9))
        #expect(directive.body == "Thân **Markdown**.")
        #expect(directive.location == SourceLocation(path: "x.md", line: 7, column: 1))
        #expect(directive.bodyLocation.line == 11)
    }

    @Test func aRoleIsBracedNameBeforeACodeSpanWithItsColumnInCharacters() {
        let document = parse("Ủy ban {abbr}`UBND (Ủy ban nhân dân)` họp.")
        guard case .paragraph(let inlines, _) = document.blocks[0] else { Issue.record("no paragraph"); return }
        let roles = inlines.compactMap { if case .role(let role) = $0 { role } else { nil } }
        #expect(roles.map(\.name) == ["abbr"])
        #expect(roles.first?.content == "UBND (Ủy ban nhân dân)")
        #expect(roles.first?.location == SourceLocation(path: "x.md", line: 1, column: 8))
    }

    @Test func directiveAndRoleSyntaxInsideCodeStaysLiteral() {
        let document = parse("`{abbr}`x`` and\n\n~~~\n```{note}\n~~~\n\n    {ref}`y`\n")
        #expect(!document.blocks.contains { if case .directive = $0 { true } else { false } })
        guard case .paragraph(let inlines, _) = document.blocks[0] else { Issue.record("no paragraph"); return }
        #expect(!inlines.contains { if case .role = $0 { true } else { false } })
    }

    @Test func footnotesAreTakenOutAndLinesKeepTheirNumbers() {
        let document = parse("Câu một.[^1] Câu hai.[^ghi-chu]\n\n[^1]: Nguồn một.\n[^ghi-chu]: Nguồn hai,\n    tiếp tục.\n\n## Sau\n")
        #expect(document.footnotes.map(\.label) == ["1", "ghi-chu"])
        #expect(document.footnotes.map(\.location.line) == [3, 4])
        guard case .heading(let heading) = document.blocks.last else { Issue.record("no heading"); return }
        #expect(heading.location.line == 7)
        guard case .paragraph(let inlines, _) = document.blocks[0] else { Issue.record("no paragraph"); return }
        let references = inlines.compactMap { if case .footnoteReference(let r) = $0 { r } else { nil } }
        #expect(references.map(\.label) == ["1", "ghi-chu"])
        #expect(references.map(\.location.column) == [9, 22])
    }

    @Test func aOneWordFootnoteIsNotReadAsALinkReference() {
        let document = parse("Xem.[^a]\n\n[^a]: nguon\n")
        #expect(document.footnotes.count == 1)
        #expect(document.blocks.count == 1)
    }
}
