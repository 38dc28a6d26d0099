import Markup

/// What any page request gets while the last build failed: the errors instead of a stale page.
/// Every message passes through `Escape.html`, the project's one escaping point.
enum ErrorPage {
    static func html(_ problems: [BuildProblem]) -> [UInt8] {
        let count = problems.count == 1 ? "1 error" : "\(problems.count) errors"
        let items = problems.map { "<li>\(Escape.html($0.text))</li>" }.joined(separator: "\n")
        let page = """
        <!DOCTYPE html>
        <html lang="en" data-minhbach-errors>
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Build failed – MinhBạch</title>
        <style>
        body { margin: 2rem; font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; }
        h1 { color: #a4000f; font-size: 1.5rem; }
        li { margin: .5rem 0; white-space: pre-wrap; font-family: ui-monospace, monospace; }
        </style>
        </head>
        <body>
        <main role="alert">
        <h1>Build failed: \(count)</h1>
        <p>The previous site is not shown while the content has errors. This page reloads by itself once they are fixed.</p>
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
