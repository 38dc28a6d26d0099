import Diagnostics
import Markup

/// What any page request gets while the last build failed: the errors instead of a stale page,
/// in the site's language (its editor reads it). Every message passes through `Escape.html`,
/// the project's one escaping point.
enum ErrorPage {
    static func html(_ problems: [BuildProblem], in language: MessageLanguage = .en) -> [UInt8] {
        let errors = problems.count == 1 ? Message("cli.errors.one") : Message("cli.errors", ["count": .text(String(problems.count))])
        let heading = Escape.html(Message("serve.page.heading", ["errors": .message(errors)]).text(in: language))
        let title = Escape.html(Message("serve.page.title").text(in: language))
        let explanation = Escape.html(Message("serve.page.explanation").text(in: language))
        let items = problems.map { "<li>\(Escape.html($0.text))</li>" }.joined(separator: "\n")
        let page = """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)" data-minhbach-errors>
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title)</title>
        <style>
        body { margin: 2rem; font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; }
        h1 { color: #a4000f; font-size: 1.5rem; }
        li { margin: .5rem 0; white-space: pre-wrap; font-family: ui-monospace, monospace; }
        </style>
        </head>
        <body>
        <main role="alert">
        <h1>\(heading)</h1>
        <p>\(explanation)</p>
        <ol>
        \(items)
        </ol>
        </main>
        </body>
        </html>

        """
        return LiveReloadScript.inject(into: Array(page.utf8))
    }
}
