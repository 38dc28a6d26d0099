@testable import MinhBachKit
import Testing

/// The theme's Mustache dialect: values, sections, standalone lines, partials, delimiters, and
/// the errors a theme author sees.
struct TemplateTests {
    func render(_ text: String, _ context: [String: Any], partials: [String: String] = [:]) throws -> String {
        var library = TemplateLibrary()
        library.register(try Template(text), named: "main")
        for (name, partial) in partials { library.register(try Template(partial), named: name) }
        return try #require(library.render(context, withTemplate: "main"))
    }

    @Test func variablesAreEscapedOnceUnlessTripleBraced() throws {
        let context: [String: Any] = ["a": "<b>&'\"", "n": 3, "yes": true]
        #expect(try render("{{a}}|{{{a}}}|{{& a}}|{{n}}|{{yes}}|{{missing}}", context)
            == "&lt;b&gt;&amp;&#39;&quot;|<b>&'\"|<b>&'\"|3|true|")
    }

    /// Trusted HTML handed over as bytes (a page's content) is written as it is by a triple
    /// brace and escaped, like any text, by a double one.
    @Test func htmlBytesAreWrittenAsTheyAreOnlyWhenTripleBraced() throws {
        let context: [String: Any] = ["content": HTMLBytes("<p>Dân & vận</p>"), "more": "x"]
        #expect(try render("{{{content}}}|{{content}}|{{#content}}{{more}}{{/content}}", context)
            == "<p>Dân & vận</p>|&lt;p&gt;Dân &amp; vận&lt;/p&gt;|x")
    }

    @Test func sectionsRepeatListsAndLookUpTheStack() throws {
        let context: [String: Any] = [
            "title": "T", "t": ["hello": "xin chào"],
            "items": [["name": "a"], ["name": "b", "title": "own"]] as [[String: Any]],
            "tags": ["x", "y"], "empty": [String](), "off": false, "on": true, "text": "",
        ]
        #expect(try render("{{#items}}{{name}}:{{title}}:{{t.hello}};{{/items}}", context) == "a:T:xin chào;b:own:xin chào;")
        #expect(try render("{{#tags}}[{{.}}]{{/tags}}{{^empty}}none{{/empty}}{{#empty}}never{{/empty}}", context) == "[x][y]none")
        #expect(try render("{{#off}}1{{/off}}{{^off}}2{{/off}}{{#on}}3{{/on}}{{^on}}4{{/on}}{{#text}}5{{/text}}{{^missing}}6{{/missing}}", context)
            == "2356")
        #expect(try render("{{#items}}{{.name}}{{.title}}{{/items}}", context) == "abown")
    }

    @Test func standaloneTagLinesLeaveNothing() throws {
        let template = "<ul>\n  {{#items}}\n  <li>{{.}}</li>\n  {{/items}}\n  {{! a note }}\n</ul>\n{{#items}}x{{/items}} \n"
        #expect(try render(template, ["items": ["a", "b"]]) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\nxx \n")
    }

    @Test func partialsOnTheirOwnLineAreIndented() throws {
        let text = try render("<div>\n  {{> item}}\n</div>", ["v": "1"], partials: ["item": "<p>{{v}}</p>\n<p>2</p>\n"])
        #expect(text == "<div>\n  <p>1</p>\n  <p>2</p>\n</div>")
    }

    @Test func delimitersCanChangeAndChangeBackAfterASection() throws {
        #expect(try render("{{=<% %>=}}<% a %>{{a}}", ["a": "1"]) == "1{{a}}")
        #expect(try render("{{#s}}{{=<% %>=}}<% a %><%/s%>{{a}}", ["s": true, "a": "1"]) == "11")
    }

    @Test func mistakesAreReportedWhereTheyAre() {
        func problem(_ text: String) -> Template.SyntaxError? {
            do { _ = try Template(text); return nil } catch { return error }
        }
        #expect(problem("a\n  {{#list}}\nb") == Template.SyntaxError(line: 3, column: 2, message: "'{{#list}}' is never closed (add '{{/list}}')"))
        #expect(problem("{{#a}}{{/b}}")?.message == "'{{/b}}' closes no open section; '{{#a}}' is open")
        #expect(problem("x {{ name") == Template.SyntaxError(line: 1, column: 3, message: "this tag is not closed by '}}' (a name is made of letters, digits and . - _ ?)"))
        #expect(problem("{{{raw}}")?.message == "'{{{' must end with '}}}'")
        #expect(problem("{{upper(name)}}")?.message == "'upper(name)': transforms are not supported")
        #expect(problem("{{< base}}{{/base}}")?.message == "template inheritance and configuration tags are not supported")
    }
}
