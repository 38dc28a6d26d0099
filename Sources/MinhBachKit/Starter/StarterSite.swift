/// The small working site `minhbach new` writes: every file as a path and its bytes, made from
/// the kind of document the site follows and the site's language. The texts live in this
/// folder as Swift source (`Files/`), so the binary alone can start a site: nothing is read
/// from the repository at run time.
public struct StarterSite: Sendable {
    public var kind: StarterKind
    public var language: StarterLanguage

    public init(kind: StarterKind = .deAn, language: StarterLanguage = .vi) {
        self.kind = kind
        self.language = language
    }

    /// Every file of the site, paths relative to the new folder, in the order they are listed.
    public var files: [StarterFile] {
        let words = StarterWords(kind: kind, language: language)
        return [
            StarterFile("content/site.yml", SiteSettingsFile.text(words)),
            StarterFile("content/index.md", HomePageFile.text(words)),
            StarterFile("content/gioi-thieu.md", AboutPageFile.text(words)),
            StarterFile("content/van-ban/index.md", DocumentFiles.index(words)),
            StarterFile("content/van-ban/\(words.documentID).md", DocumentFiles.document(words)),
            StarterFile("content/chi-tieu/index.md", IndicatorFiles.index(words)),
            StarterFile("content/chi-tieu/\(StarterWords.indicatorID).md", IndicatorFiles.indicator(words)),
            StarterFile("content/so-lieu/\(StarterWords.dataName).csv", DataFiles.csv(words)),
            StarterFile("content/so-lieu/\(StarterWords.dataName).yml", DataFiles.declaration(words)),
            StarterFile("content/don-vi.csv", UnitsFile.text(words)),
            StarterFile("content/nhiem-vu/index.md", TaskFiles.index(words)),
            StarterFile("content/nhiem-vu/\(words.documentID).csv", TaskFiles.tasks(words)),
            StarterFile("content/nhiem-vu/\(words.documentID).yml", TaskFiles.declaration(words)),
            StarterFile("content/nhiem-vu/tien-do.csv", TaskFiles.progress(words)),
            StarterFile("content/nhiem-vu/tien-do.yml", TaskFiles.progressDeclaration(words)),
            StarterFile("content/mo-hinh/index.md", ModelFiles.index(words)),
            StarterFile("content/mo-hinh/linh-vuc.csv", ModelFiles.fields(words)),
            StarterFile("content/mo-hinh/\(StarterWords.modelID).md", ModelFiles.model(words)),
            StarterFile("content/mo-hinh/anh/\(StarterWords.modelID).png", bytes: StarterImage.modelPicture()),
        ]
    }
}

/// One file of the starter site.
public struct StarterFile: Sendable, Equatable {
    /// Relative to the new site's folder, `/`-separated.
    public var path: String
    public var bytes: [UInt8]

    init(_ path: String, _ text: String) {
        self.path = path
        self.bytes = Array(text.utf8)
    }

    init(_ path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// The language of the new site: its interface, its texts and the comments in its files.
public enum StarterLanguage: String, Sendable, CaseIterable {
    case vi, en
}
