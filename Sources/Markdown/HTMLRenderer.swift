import Diagnostics
import Markup

/// What the site decides while a document is rendered: heading ids, the meaning of directives,
/// roles and footnote references, and where links and images point. The defaults render plain
/// CommonMark exactly as libcmark does.
public protocol MarkdownRenderDelegate {
    /// The `id` of a heading, or nil for none.
    mutating func headingID(for heading: Heading) -> String?
    /// The `id` of the paragraph that starts at `location`, or nil for none (most paragraphs).
    mutating func paragraphID(at location: SourceLocation) -> String?
    /// The whole markup of a heading, given its rendered content; nil for the CommonMark form.
    mutating func renderHeading(_ heading: Heading, content: String) -> String?
    /// The markup of a run of text outside links and headings; nil to write it escaped.
    mutating func render(text: String) -> HTML?
    mutating func render(_ directive: Directive) -> HTML
    mutating func render(_ role: Role) -> HTML
    mutating func render(_ reference: FootnoteReference) -> HTML
    /// The destination to write for a link or image (already checked by the site); nil leaves
    /// the link out and shows its text alone (an image: nothing), for a target the build leaves out.
    mutating func destination(of link: Link, isImage: Bool) -> String?
}

extension MarkdownRenderDelegate {
    public mutating func headingID(for heading: Heading) -> String? { nil }
    public mutating func paragraphID(at location: SourceLocation) -> String? { nil }
    public mutating func renderHeading(_ heading: Heading, content: String) -> String? { nil }
    public mutating func render(text: String) -> HTML? { nil }
    public mutating func render(_ directive: Directive) -> HTML {
        // Without a site, a directive shows as the code block it is written as.
        HTML.raw("<pre><code class=\"language-{\(Escape.html(directive.name))}\">")
            + HTML.text(directive.body.isEmpty ? "" : directive.body + "\n") + HTML.raw("</code></pre>\n")
    }
    public mutating func render(_ role: Role) -> HTML { HTML.text("{\(role.name)}") + HTML.raw("<code>") + HTML.text(role.content) + HTML.raw("</code>") }
    public mutating func render(_ reference: FootnoteReference) -> HTML { HTML.text("[^\(reference.label)]") }
    public mutating func destination(of link: Link, isImage: Bool) -> String? { link.destination }
}

/// Plain CommonMark rendering, no site.
public struct PlainRenderDelegate: MarkdownRenderDelegate {
    public init() {}
}

/// Renders blocks to HTML the way libcmark's `html.c` does, byte for byte, plus heading ids and
/// whatever the delegate makes of directives and roles.
public struct HTMLRenderer<Delegate: MarkdownRenderDelegate> {
    public var delegate: Delegate
    /// Raw HTML in Markdown is emitted only when the site opts in; otherwise it is dropped.
    public var allowsRawHTML: Bool

    private var out = ""
    /// Inside a link or a heading, text is never turned into markup by the delegate.
    private var plainTextDepth = 0

    public init(delegate: Delegate, allowsRawHTML: Bool = false) {
        self.delegate = delegate
        self.allowsRawHTML = allowsRawHTML
    }

    public mutating func render(_ blocks: [Block]) -> String {
        out = ""
        for block in blocks { render(block, tight: false) }
        return out
    }

    /// cmark's `cr()`: start a new line unless at the start of one.
    private mutating func newline() {
        if let last = out.utf8.last, last != 0x0A { out += "\n" }
    }

    private mutating func render(_ block: Block, tight: Bool) {
        switch block {
        case .paragraph(let inlines, let location):
            if tight {
                render(inlines)
            } else {
                newline()
                if let id = delegate.paragraphID(at: location) {
                    out += "<p id=\"\(Escape.html(id))\">"
                } else {
                    out += "<p>"
                }
                render(inlines)
                out += "</p>\n"
            }
        case .heading(let heading):
            newline()
            plainTextDepth += 1
            let start = out.endIndex
            render(heading.content)
            plainTextDepth -= 1
            let content = String(out[start...])
            out.removeSubrange(start...)
            if let custom = delegate.renderHeading(heading, content: content) {
                out += custom
                newline()
                return
            }
            if let id = delegate.headingID(for: heading) {
                out += "<h\(heading.level) id=\"\(Escape.html(id))\">"
            } else {
                out += "<h\(heading.level)>"
            }
            out += content
            out += "</h\(heading.level)>\n"
        case .blockQuote(let blocks):
            newline()
            out += "<blockquote>\n"
            for child in blocks { render(child, tight: false) }
            newline()
            out += "</blockquote>\n"
        case .list(let list):
            newline()
            if !list.isOrdered {
                out += "<ul>\n"
            } else if list.start == 1 {
                out += "<ol>\n"
            } else {
                out += "<ol start=\"\(list.start)\">\n"
            }
            for item in list.items {
                newline()
                out += "<li>"
                for child in item { render(child, tight: list.isTight) }
                out += "</li>\n"
            }
            out += list.isOrdered ? "</ol>\n" : "</ul>\n"
        case .codeBlock(let code):
            newline()
            let language = code.info.prefix { !" \t\n\r\u{0B}\u{0C}".contains($0) }
            if language.isEmpty {
                out += "<pre><code>"
            } else {
                out += "<pre><code class=\"language-\(Escape.html(language))\">"
            }
            out += Escape.html(code.literal)
            out += "</code></pre>\n"
        case .html(let literal):
            newline()
            out += allowsRawHTML ? literal : "<!-- raw HTML omitted -->"
            newline()
        case .thematicBreak:
            newline()
            out += "<hr />\n"
        case .directive(let directive):
            newline()
            out += delegate.render(directive).rendered
            newline()
        }
    }

    private mutating func render(_ inlines: [Inline]) {
        for inline in inlines { render(inline) }
    }

    private mutating func render(_ inline: Inline) {
        switch inline {
        case .text(let text):
            if plainTextDepth == 0, let markup = delegate.render(text: text) {
                out += markup.rendered
            } else {
                out += Escape.html(text)
            }
        case .softBreak: out += "\n"
        case .lineBreak: out += "<br />\n"
        case .code(let code): out += "<code>" + Escape.html(code) + "</code>"
        case .html(let literal): out += allowsRawHTML ? literal : "<!-- raw HTML omitted -->"
        case .emphasis(let children):
            out += "<em>"
            render(children)
            out += "</em>"
        case .strong(let children):
            out += "<strong>"
            render(children)
            out += "</strong>"
        case .link(let link):
            guard let destination = delegate.destination(of: link, isImage: false) else {
                plainTextDepth += 1
                render(link.content)
                plainTextDepth -= 1
                return
            }
            out += "<a href=\"" + safeHref(destination) + "\""
            if let title = link.title { out += " title=\"" + Escape.html(title) + "\"" }
            out += ">"
            plainTextDepth += 1
            render(link.content)
            plainTextDepth -= 1
            out += "</a>"
        case .image(let link):
            guard let source = delegate.destination(of: link, isImage: true) else { return }
            out += "<img src=\"" + safeHref(source) + "\" alt=\""
            out += Escape.html(Self.altText(link.content))
            if let title = link.title { out += "\" title=\"" + Escape.html(title) }
            out += "\" />"
        case .role(let role): out += delegate.render(role).rendered
        case .footnoteReference(let reference): out += delegate.render(reference).rendered
        }
    }

    private func safeHref(_ url: String) -> String {
        allowsRawHTML || !URLSafety.isDangerous(url) ? Escape.href(url) : ""
    }

    /// An image's alt text: its content as plain text, as cmark writes it (breaks become spaces,
    /// inline HTML kept as text).
    static func altText(_ inlines: [Inline]) -> String {
        inlines.map { inline -> String in
            switch inline {
            case .text(let text), .code(let text), .html(let text): text
            case .softBreak, .lineBreak: " "
            case .emphasis(let children), .strong(let children): altText(children)
            case .link(let link), .image(let link): altText(link.content)
            case .role(let role): role.content
            case .footnoteReference(let reference): "[^\(reference.label)]"
            }
        }.joined()
    }
}
