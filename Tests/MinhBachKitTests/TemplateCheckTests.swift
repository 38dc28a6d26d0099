import Diagnostics
import Foundation
@testable import MinhBachKit
import Testing
import TestSupport

/// The views of the checker's tests: a page of groups of items.
struct CheckedItem: TemplateView {
    var title: String
    static let fields: [TemplateField<CheckedItem>] = [.text("title") { $0.title }]
}

struct CheckedGroup: TemplateView {
    var count: Int
    var items: [CheckedItem]
    static let fields: [TemplateField<CheckedGroup>] = [.count("count") { $0.count }, .list("items", of: CheckedItem.self) { $0.items }]
}

struct CheckedPage: TemplateView {
    var heading: String
    var groups: [CheckedGroup]
    var tags: [String]
    var strings: [String: String]
    static let fields: [TemplateField<CheckedPage>] = [
        .text("heading") { $0.heading }, .list("groups", of: CheckedGroup.self) { $0.groups }, .texts("tags") { $0.tags },
        .flag("hasTags") { !$0.tags.isEmpty }, .strings("t") { $0.strings },
    ]
}

/// Every name a template uses is checked, when the renderer is made, against the view it will be
/// given — into the nested views of its sections and loops — and every UI string it or the code
/// asks for against the language's strings: a mistake is an error at its line and column, not
/// an empty spot or a key printed on every page.
struct TemplateCheckTests {
    let strings = UIStrings(language: "vi", table: ["hello": "xin chào", "count_label": "Số"])

    /// The checker's problems for `text` given a `CheckedPage`, as the command line shows them.
    func problems(_ text: String, partials: [String: String] = [:], strings: UIStrings? = nil) throws -> [String] {
        var library = TemplateLibrary()
        library.register(try Template(text), named: "main")
        for (name, partial) in partials { library.register(try Template(partial), named: name) }
        let checker = TemplateChecker(library: library, paths: ["main": "templates/main.mustache", "item": "templates/item.mustache"],
                                      strings: strings ?? self.strings, stringsPath: "i18n/vi.yml")
        var diagnostics = Diagnostics()
        checker.check("main", as: CheckedPage.templateType, diagnostics: &diagnostics)
        return diagnostics.sorted.map(\.description)
    }

    @Test func aTemplateUsingOnlyItsNamesPasses() throws {
        let text = """
            <h1>{{heading}}</h1>{{t.hello}}
            {{#groups}}{{count}} {{t.count_label}}{{#items}}{{title}}{{heading}}{{.title}}{{/items}}{{^items}}-{{/items}}{{/groups}}
            {{#hasTags}}{{#tags}}{{.}}{{/tags}}{{/hasTags}}{{#heading}}{{.}}{{/heading}}
            """
        #expect(try problems(text) == [])
    }

    /// A name inside a loop is looked for in the loop's item, then outward, as the engine does;
    /// found nowhere, it is an error at its tag with the closest name of those in reach.
    @Test func namesInsideNestedLoopsAreCheckedAgainstTheirItems() throws {
        #expect(try problems("{{#groups}}\n  {{#items}}<b>{{titel}}</b>{{/items}}{{/groups}}")
            == ["templates/main.mustache:2:16: error: unknown name 'titel' (not in CheckedItem, CheckedGroup, CheckedPage)\n    help: did you mean 'title'?"])
        // `title` is an item's name, not the page's.
        #expect(try problems("{{title}}") == ["templates/main.mustache:1:1: error: unknown name 'title' (not in CheckedPage)"])
        // An unknown section reports itself, not each name inside it.
        #expect(try problems("{{#grups}}{{count}}{{nope}}{{/grups}}")
            == ["templates/main.mustache:1:1: error: unknown name 'grups' (not in CheckedPage)\n    help: did you mean 'groups'?"])
        #expect(try problems("{{heading.size}}") == ["templates/main.mustache:1:1: error: 'heading.size': 'size' is read inside a value that has no names"])
    }

    @Test func uiStringsMustBeInTheLanguagesStrings() throws {
        #expect(try problems("x {{t.helo}}")
            == ["templates/main.mustache:1:3: error: missing UI string 'helo' for language 'vi' (add it to i18n/vi.yml)\n    help: did you mean 'hello'?"])
        #expect(try problems("{{#groups}}{{t.hello}}{{/groups}}", strings: UIStrings(language: "en", table: ["other": "x"]))
            == ["templates/main.mustache:1:12: error: missing UI string 'hello' for language 'en' (add it to i18n/vi.yml)"])
    }

    /// A partial is checked with the view where it is included, its problems at its own file,
    /// once however often it is included; one that includes itself is read once.
    @Test func partialsAreCheckedWhereTheyAreIncluded() throws {
        #expect(try problems("{{#groups}}{{#items}}{{> item}}{{/items}}{{/groups}}{{> item}}", partials: ["item": "{{title}}{{hedaing}}{{> item}}"])
            == ["templates/item.mustache:1:1: error: unknown name 'title' (not in CheckedPage)",
                "templates/item.mustache:1:10: error: unknown name 'hedaing' (not in CheckedItem, CheckedGroup, CheckedPage)\n    help: did you mean 'heading'?"])
    }

    /// The theme's own templates pass with the views they are given, in each of its languages.
    @Test(arguments: ["vi", "en"])
    func theBuiltInThemePasses(language: String) throws {
        let theme = Fixtures.projectRoot.appendingPathComponent("theme")
        var library = TemplateLibrary()
        for (name, _) in SiteRenderer.templateViews(sections: SiteSections.all) {
            library.register(try Template(String(contentsOf: theme.appendingPathComponent("templates/\(name).mustache"), encoding: .utf8)), named: name)
        }
        var diagnostics = Diagnostics()
        let file = SourceFile(displayPath: "i18n/\(language).yml", relativePath: "i18n/\(language).yml",
                              bytes: Array(try Data(contentsOf: theme.appendingPathComponent("i18n/\(language).yml"))))
        let strings = UIStrings.load([language: file], language: language, diagnostics: &diagnostics)
        let checker = TemplateChecker(library: library, paths: [:], strings: strings, stringsPath: "i18n/\(language).yml")
        for (name, type) in SiteRenderer.templateViews(sections: SiteSections.all) { checker.check(name, as: type, diagnostics: &diagnostics) }
        checker.checkRequiredStrings(diagnostics: &diagnostics)
        #expect(diagnostics.all.map(\.description) == [])
    }

    @Test func stringsTheCodeAsksForAreRequired() {
        var table = Dictionary(UIStrings.requiredKeys.map { ($0, "x") }, uniquingKeysWith: { a, _ in a })
        table["back_home"] = nil
        table[UIStrings.caseKeys[0]] = nil
        let checker = TemplateChecker(library: TemplateLibrary(), paths: [:], strings: UIStrings(language: "en", table: table), stringsPath: "theme/i18n/en.yml")
        var diagnostics = Diagnostics()
        checker.checkRequiredStrings(diagnostics: &diagnostics)
        #expect(diagnostics.sorted.map(\.description).sorted() == [
            "theme/i18n/en.yml:1:1: error: missing UI string 'back_home' for language 'en' (add it to theme/i18n/en.yml)",
            "theme/i18n/en.yml:1:1: error: missing UI string '\(UIStrings.caseKeys[0])' for language 'en' (add it to theme/i18n/en.yml)",
        ].sorted())
    }

    /// Every `strings["key"]` written in the code is one the build requires of a theme.
    @Test func everyLiteralKeyTheCodeAsksForIsRequired() throws {
        let sources = Fixtures.projectRoot.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var asked: Set<String> = []
        for case let url as URL in files where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in text.matches(of: /strings\["([a-z_]+)"\]/) { asked.insert(String(match.output.1)) }
        }
        #expect(asked.count > 100)
        #expect(asked.subtracting(UIStrings.requiredKeys) == [])
    }

    // MARK: Whole sites

    func build(_ site: String) throws -> (report: BuildReport, unchanged: Bool) {
        let (_, output, before) = try previousSite(site)
        // With the site's own theme folder over the built-in theme.
        let report = buildSite(fixtureSite(site), output: output)
        return (report, SiteTree.read(output) == before)
    }

    func checkGoldens(_ report: BuildReport, named name: String) {
        for language in MessageLanguage.allCases {
            let text = report.diagnostics.sorted.map { $0.rendered(in: language) }.joined(separator: "\n") + "\n"
            do { try Golden.check(text, named: "\(name)/diagnostics.\(language.rawValue).txt") } catch { Issue.record(error) }
        }
    }

    /// A theme with misspelled names (at the top, in the breadcrumbs' loop, in the documents
    /// index's loop inside a loop) and a misspelled UI string: each an error at its tag, all in
    /// one run, and the previous output left as it was.
    @Test func aMisspelledNameInAThemeFailsTheBuildAtItsTag() throws {
        let (report, unchanged) = try build("invalid-templates")
        #expect(!report.wroteOutput)
        #expect(unchanged)
        #expect(report.diagnostics.all.filter { $0.severity == .error }.count == 4)
        checkGoldens(report, named: "invalid-templates")
    }

    /// A theme whose strings (in both its languages) lack one the layout uses and one the code asks for.
    @Test func aMissingUIStringFailsTheBuildNamingKeyAndLanguage() throws {
        let (report, unchanged) = try build("invalid-ui-strings")
        #expect(!report.wroteOutput)
        #expect(unchanged)
        #expect(report.diagnostics.all.filter { $0.severity == .error }.count == 2)
        checkGoldens(report, named: "invalid-ui-strings")
    }
}
