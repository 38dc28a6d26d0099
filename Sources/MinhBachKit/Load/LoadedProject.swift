/// Everything a build reads from disk, read once by the `ProjectLoader`.
public struct LoadedProject: Sendable {
    /// `content/site.yml`, the site's settings.
    public var config: SourceFile?
    /// Markdown pages under `content/`, sorted by path.
    public var pages: [SourceFile]
    /// Translations, by language: `page.en.md` beside `page.md`, and `site.en.yml`.
    public var translations: [String: Translations] = [:]
    /// Every other file under `content/` (images, CSV data …), sorted by path.
    public var files: [SourceFile]
    public var theme: LoadedTheme

    /// Lets the list of pages' files go (not the other files', which pages copy): for a one-shot
    /// build that has parsed and checked them and will not again. Each page keeps its own file;
    /// the list was one more copy of every page's, at up to twice its size.
    mutating func releasePages() {
        pages = []
        for language in translations.keys { translations[language]!.pages = [] }
    }

    public func file(at relativePath: String) -> SourceFile? {
        files.first { $0.relativePath == relativePath }
    }
}

public struct Translations: Sendable {
    public var config: SourceFile?
    public var pages: [SourceFile] = []
}

public struct LoadedTheme: Sendable {
    /// `theme/templates/*.mustache`, by name without the extension.
    public var templates: [String: SourceFile]
    /// `theme/static/…`, copied with content-hashed names.
    public var staticFiles: [SourceFile]
    /// `theme/i18n/<lang>.yml`, by language code.
    public var strings: [String: SourceFile]
}
