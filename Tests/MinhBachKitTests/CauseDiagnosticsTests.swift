import Diagnostics
import Foundation
import Markdown
@testable import MinhBachKit
import Testing
import TestSupport

/// Mistakes whose messages once pointed elsewhere — the parser's words a line early, nine errors
/// for one wrong delimiter, the same error on every row, a complaint about the paragraph an
/// unclosed fence swallowed — each said once, where the user must change something, in English
/// and in Vietnamese.
struct CauseDiagnosticsTests {
    func diagnostics(_ site: String) -> [Diagnostic] {
        let output = SiteTree.temporaryFolder("causes-\(site)").appendingPathComponent("site")
        let report = buildSite(fixtureSite("invalid-causes/\(site)"), output: output)
        #expect(!report.wroteOutput)
        return report.diagnostics.sorted
    }

    func text(_ diagnostics: [Diagnostic], in language: MessageLanguage) -> String {
        diagnostics.map { $0.rendered(in: language) }.joined(separator: "\n") + "\n"
    }

    /// Both languages' goldens, each checked (or recorded) even when the other differs.
    func checkGoldens(_ diagnostics: [Diagnostic], named name: String) {
        for language in MessageLanguage.allCases {
            do { try Golden.check(text(diagnostics, in: language), named: "causes/\(name).\(language.rawValue).txt") } catch { Issue.record(error) }
        }
    }

    /// One mistake per file: YAML indentation in front matter and a declaration, a `;` file
    /// under a `,` declaration and the reverse, a wrong decimal declaration, a short row, an
    /// unclosed directive fence.
    @Test func eachMistakeIsOneErrorAtItsCause() {
        let found = diagnostics("content")
        checkGoldens(found, named: "content")
        // One error per file: no cascade of per-row or per-paragraph errors.
        let files = found.compactMap { $0.location?.path }
        #expect(files.count == Set(files).count, "\(files)")
        #expect(!found.contains { $0.message.contains("quote inside an unquoted field") || $0.message.contains("takes no content") })
    }

    @Test func siteSettingsIndentationIsAtTheLineToChange() {
        let found = diagnostics("settings")
        checkGoldens(found, named: "settings")
        #expect(found.map(\.description) == [
            "content/site.yml:5:2: error: the indentation of this line in the site settings site.yml does not match the lines above it\n"
                + "    help: this line is indented 1 space; the lines of the same list above use 2 spaces",
        ])
    }

    /// The line to change, not the one libyaml names; valid continuation lines are not blamed.
    @Test(arguments: [
        ("a: 1\n  b: 2\n", 2, 0, YAMLIndentation.Kind.map),
        ("a:\n  - x\n - y\n", 3, 2, .list),
        ("a:\n    - x\n  - y\n", 3, 4, .list),
        ("a:\n  - k: 1\n    l: 2\n     m: 3\n", 4, 4, .map),
        ("a:\n  b: 1\n   c: 2\nd: 3\n", 3, 2, .map),
        ("  a: 1\nb: 2\n", 1, 0, .map),
    ])
    func indentationProblem(yaml: String, line: Int, expected: Int, kind: YAMLIndentation.Kind) {
        let problem = YAMLIndentation.problem(in: yaml, upTo: 100)
        #expect(problem?.line == line)
        #expect(problem?.expected == expected)
        #expect(problem?.kind == kind)
    }

    @Test(arguments: [
        "a: some text\n  going on\nb: 2\n",
        "a:\n- x\n- y\nb:\n  c: |\n    text: not a key\n      more\n  d: 1\n",
        "list:\n  - k: 1\n    l: 2\n  - k: 3\nnext: x\n",
    ])
    func wellIndentedYAMLHasNoProblem(yaml: String) {
        #expect(YAMLIndentation.problem(in: yaml, upTo: 100) == nil)
    }

    @Test func aTabIsNamed() {
        let problem = YAMLIndentation.problem(in: "a: 1\n\tb: 2\n", upTo: 100)
        #expect(problem?.line == 2 && problem?.expected == nil)
    }

    @Test func aShortRowNamesItsMissingColumns() {
        let (_, problems) = CSVReader().read("a,b,c,d\n1,2\n")
        #expect(problems.map(\.message) == ["this row has 2 of the header's 4 fields: 'c', 'd' missing"])
        #expect(problems.first?.hint?.contains("'a,b,,'") == true)
    }

    @Test func theOtherDelimiterIsOneProblemAtTheHeader() {
        let (table, problems) = CSVReader(delimiter: ",").read("a;b;c\n\"1,5\";2;3\n\"4,5\";5;6\n")
        #expect(problems.count == 1)
        #expect(problems.first?.betterDelimiter == ";" && problems.first?.line == 1)
        #expect(table.rows.isEmpty)
        // A one-column file is one column with either delimiter: nothing to suggest.
        #expect(CSVReader(delimiter: ",").read("a\n1\n").problems.isEmpty)
    }

    /// A closed directive, one in a list and one in a quote, are not reported.
    @Test func closedFencesAreNotReported() {
        let document = MarkdownParser().parse(
            "```{note}\nx\n```\n\n- ```{note}\n  y\n  ```\n\n> ```{note}\n> z\n> ```\n\n````{note}\n```\nw\n````\n", path: "x.md")
        #expect(document.problems.isEmpty, "\(document.problems)")
        let open = MarkdownParser().parse("a\n\n```{note}\nx\n\nb\n", path: "x.md")
        #expect(open.problems.map(\.description) == [
            "x.md:3:1: error: the block opened here is never closed: ```{note}\n"
                + "    help: end it with a line ``` after its last line; until then everything below belongs to it (a block inside another needs a shorter fence than the one around it)",
        ])
    }
}
