import Diagnostics
import Markdown
import Markup

/// ```` ```{figure} anh/x.png ```` with a caption as body, and ```` ```{image} anh/x.png ````.
/// Alt text is required; the file must exist under `content/`.
enum Figure {
    static let options: [(String, DirectiveSpec.Value)] = [
        ("alt", .text), ("width", .integer(1...10_000)), ("height", .integer(1...10_000)),
        ("class", .identifier), ("name", .identifier),
    ]
    static let figure = DirectiveKind(
        spec: DirectiveSpec(name: "figure", argument: .required(Message("directive.argument.image-path")), body: .optional, options: options, required: ["alt"]),
        render: { context, directive in render(directive, caption: true, &context) })
    static let image = DirectiveKind(
        spec: DirectiveSpec(name: "image", argument: .required(Message("directive.argument.image-path")), body: .none, options: options, required: ["alt"]),
        render: { context, directive in render(directive, caption: false, &context) })

    static func render(_ directive: Directive, caption: Bool, _ context: inout PageRenderContext) -> HTML {
        let location = directive.location
        guard let file = context.contentFile(directive.argument, at: location, what: Message("directive.what.image")) else { return .empty }
        guard ImageSize.isImage(file.relativePath) else {
            context.diagnostics.error(at: location, Message("directive.not-an-image", ["path": .text(directive.argument)]))
            return .empty
        }
        let size = ImageSize.of(file)
        let width = directive.option("width")?.value ?? size.map { String($0.width) }
        let height = directive.option("height")?.value ?? size.map { String($0.height) }
        let img = HTML.void("img", [
            ("src", context.copy(file, as: directive.argument, at: location)), ("alt", directive.option("alt")?.value ?? ""),
            ("width", width), ("height", height), ("loading", "lazy"), ("decoding", "async"),
        ])
        guard caption else {
            return HTML.element("p", [("class", directive.option("class")?.value), ("id", directive.option("name")?.value)], img)
        }
        let classes = ["figure", directive.option("class")?.value].compactMap { $0 }.joined(separator: " ")
        var inner = img
        guard let body = context.parseBody(of: directive) else { return .empty }
        if !body.isEmpty {
            inner += .raw("\n") + HTML.element("figcaption", [], context.renderMarkdown(body))
        }
        return HTML.element("figure", [("class", classes), ("id", directive.option("name")?.value)], inner)
    }
}

extension PageRenderContext {
    /// A file named in a page, found under `content/`; a problem if it is not there.
    mutating func contentFile(_ reference: String, at location: SourceLocation, what: Message) -> SourceFile? {
        guard !URLSafety.isExternal(reference), !reference.hasPrefix("/") else {
            diagnostics.error(at: location, Message("directive.file-not-relative", ["what": .message(what), "path": .text(reference)]),
                              hint: Message("directive.file-not-relative-hint"))
            return nil
        }
        if let path = ContentFiles.resolve(reference, fromPage: page.source.relativePath),
           warnsWithheldDataFile(path, at: location, Message("withheld.this-quotes"), shown: Message("withheld.left-out-here")) {
            return nil
        }
        guard let path = ContentFiles.resolve(reference, fromPage: page.source.relativePath), let file = file(path) else {
            diagnostics.error(at: location, Message("directive.file-not-found", ["what": .message(what), "path": .text(reference)]))
            return nil
        }
        return file
    }

    /// Copies a content file to the same path in the output, and returns its href from this page;
    /// a file that would be live on the site (`PublishedFile`) is an error at `location` instead.
    mutating func copy(_ file: SourceFile, as reference: String, at location: SourceLocation) -> String {
        if let problem = PublishedFile.problem(with: file, reference: reference, rawFilesAllowed: config.publishesRawFiles) {
            diagnostics.error(at: location, problem.message, hint: problem.hint)
            return ""
        }
        copiedFiles[file.relativePath] = file
        return href(toSitePath: file.relativePath)
    }
}
