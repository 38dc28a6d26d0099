extension English {
    /// The Markdown parser.
    static let markdown: [String: String] = [
        "markdown.directive-too-deep": "directive nested more than {limit} levels deep",
        "markdown.directive-too-deep-hint": "a fence that is never closed holds everything below it; check that each ``` has its closing ```",
        "markdown.footnote-too-deep": "footnote nested more than {limit} levels deep",
        "markdown.too-deep": "nested {depth} levels deep; at most {limit} are allowed",
        "markdown.too-deep-hint": "quotes, lists, emphasis, links, images and directives inside one another each count as a level",
    ]
}
