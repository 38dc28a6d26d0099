import Diagnostics
import Foundation

/// `minhbach render FILE.md`: one Markdown file to an HTML fragment, with the site's renderer.
/// A file under the content folder is rendered in the context of its site (references and links
/// checked); any other file is rendered alone, its links kept as written.
public struct FragmentRenderer: Sendable {
    public var options: BuildOptions

    public init(options: BuildOptions) { self.options = options }

    public func render(fileAt url: URL) -> (html: String?, diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        let file = url.standardizedFileURL
        let content = options.contentDirectory.standardizedFileURL
        let loader = ProjectLoader(options: options)
        if file.path.hasPrefix(content.path + "/"), let project = loader.load(diagnostics: &diagnostics) {
            let relative = String(file.path.dropFirst(content.path.count + 1))
            // The site as the build for this audience sees it; drafts are rendered, as they always were.
            var options = options
            options.includeDrafts = true
            let builder = SiteBuilder(options: options)
            guard let edition = builder.parse(project, releasesMarkdown: false, diagnostics: &diagnostics).first else { return (nil, diagnostics) }
            guard let page = edition.pages.first(where: { $0.source.relativePath == relative }) else {
                if edition.withheld.page(sourcePath: relative) != nil {
                    diagnostics.error(at: SourceLocation(path: loader.displayPath(file), line: 1, column: 1),
                                      Message("output.render-internal-page"),
                                      hint: Message("output.render-internal-hint"))
                } else {
                    diagnostics.error(at: nil, Message("output.not-a-page", ["path": .text(loader.displayPath(file))]))
                }
                return (nil, diagnostics)
            }
            let site = SiteIndex(pages: edition.pages, config: edition.config, files: project.files, withheld: edition.withheld)
            let (resolved, problems) = builder.resolve(page, in: edition, site: site)
            diagnostics.append(contentsOf: problems)
            return (diagnostics.hasErrors ? nil : resolved.bodyHTML, diagnostics)
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            diagnostics.error(at: nil, Message("output.cannot-read", ["path": .text(loader.displayPath(file))]))
            return (nil, diagnostics)
        }
        let source = SourceFile(displayPath: loader.displayPath(file), relativePath: file.lastPathComponent, bytes: [UInt8](data))
        return Self.renderAlone(source, strings: Self.defaultStrings(options, &diagnostics), diagnostics: diagnostics)
    }

    /// Renders a lone page: no other pages, no content files, links as written.
    public static func renderAlone(_ source: SourceFile, strings: UIStrings, diagnostics: Diagnostics = Diagnostics())
        -> (html: String?, diagnostics: Diagnostics) {
        var diagnostics = diagnostics
        var parse = Diagnostics()
        guard let page = PageParser(prettyURLs: false).parse(source, diagnostics: &parse) else {
            diagnostics.append(contentsOf: parse)
            return (nil, diagnostics)
        }
        // A lone fragment needs no title.
        diagnostics.append(contentsOf: parse.all.filter { !$0.message.contains("'title'") })
        let resolver = PageResolver(site: SiteIndex(pages: [page]), strings: strings, config: SiteConfig())
        let (resolved, problems) = resolver.resolve(page, checkingLinks: false)
        diagnostics.append(contentsOf: problems)
        return (diagnostics.hasErrors ? nil : resolved.bodyHTML, diagnostics)
    }

    static func defaultStrings(_ options: BuildOptions, _ diagnostics: inout Diagnostics) -> UIStrings {
        var ignored = Diagnostics()
        // The theme as a build sees it; a missing --theme folder falls back to the built-in strings.
        let theme = ProjectLoader(options: options).readTheme(diagnostics: &ignored) ?? ProjectLoader.builtInTheme
        var files: [String: SourceFile] = [:]
        for file in theme where file.relativePath.hasPrefix("i18n/") && file.relativePath.hasSuffix(".yml") {
            files[String(file.relativePath.dropFirst(5).dropLast(4))] = file
        }
        return UIStrings.load(files, language: "vi", diagnostics: &ignored)
    }
}
