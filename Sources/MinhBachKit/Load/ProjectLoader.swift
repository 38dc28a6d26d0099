import Diagnostics
import FileSystem
import Foundation
import Parallel

/// The only stage that reads the disk: the content folder and the theme (the theme folder over
/// the built-in theme), whole — but for the pages' bytes, when it leaves them on disk.
public struct ProjectLoader: Sendable {
    public var contentDirectory: URL
    public var themeDirectory: URL
    /// The theme folder may be missing (the default `theme`, not named with `--theme`): the
    /// built-in theme is then used alone.
    public var themeFolderIsOptional: Bool
    /// Paths in diagnostics are written relative to this folder.
    public var workingDirectory: URL
    /// Whether the Markdown files' bytes, the attachments' and the images' (`isLeftOnDisk`), are
    /// left on disk, to be read when needed (`SourceFile.read(diagnostics:)`): a one-shot build
    /// never holds every page's file at once, nor every document's PDF or every model's photo.
    public var leavesFilesOnDisk = false
    /// Whether the files left on disk are read once here for their digest (`SourceFile.leftDigest`):
    /// a part of a sharded build is made from the files as they were when it started, which its
    /// fingerprint (`SourceFingerprint`) names, and reading them again checks that.
    public var digestsFilesLeftOnDisk = false

    public init(contentDirectory: URL, themeDirectory: URL, themeFolderIsOptional: Bool = false, workingDirectory: URL) {
        self.contentDirectory = contentDirectory.standardizedFileURL
        self.themeDirectory = themeDirectory.standardizedFileURL
        self.themeFolderIsOptional = themeFolderIsOptional
        self.workingDirectory = workingDirectory.standardizedFileURL
    }

    public static let configFileName = "site.yml"

    public func load(diagnostics: inout Diagnostics) -> LoadedProject? {
        guard let content = readTree(contentDirectory, what: .content, diagnostics: &diagnostics),
              let theme = readTheme(diagnostics: &diagnostics) else { return nil }
        var templates: [String: SourceFile] = [:]
        var strings: [String: SourceFile] = [:]
        var staticFiles: [SourceFile] = []
        for file in theme {
            let path = file.relativePath
            if path.hasPrefix("templates/"), path.hasSuffix(".mustache") {
                templates[String(path.dropFirst("templates/".count).dropLast(".mustache".count))] = file
            } else if path.hasPrefix("i18n/"), path.hasSuffix(".yml") {
                strings[String(path.dropFirst("i18n/".count).dropLast(".yml".count))] = file
            } else if path.hasPrefix("static/") {
                staticFiles.append(file)
            }
        }
        // `name.en.md` and `site.en.yml` are translations when the theme speaks that language.
        var translations: [String: Translations] = [:]
        var pages: [SourceFile] = []
        var files: [SourceFile] = []
        for file in content {
            if let language = Self.translationLanguage(file.relativePath, extension: ".md"), strings[language] != nil {
                translations[language, default: Translations()].pages.append(file)
            } else if file.relativePath.hasSuffix(".md") {
                pages.append(file)
            } else if let language = Self.translationLanguage(file.relativePath, extension: ".yml"), strings[language] != nil,
                      file.relativePath == "site.\(language).yml" {
                translations[language, default: Translations()].config = file
            } else if file.relativePath != Self.configFileName {
                files.append(file)
            }
        }
        return LoadedProject(config: content.first { $0.relativePath == Self.configFileName }, pages: pages,
                             translations: translations, files: files,
                             theme: LoadedTheme(templates: templates, staticFiles: staticFiles, strings: strings))
    }

    /// `gioi-thieu.en.md` → `en`: a two-letter code before the extension.
    static func translationLanguage(_ path: String, extension ext: String) -> String? {
        guard path.hasSuffix(ext) else { return nil }
        let stem = path.dropLast(ext.count)
        guard let dot = stem.lastIndex(of: "."), !stem[..<dot].hasSuffix("/"), stem[..<dot].last != nil else { return nil }
        let code = stem[stem.index(after: dot)...]
        return code.count == 2 && code.allSatisfy({ $0.isASCII && $0.isLowercase }) ? String(code) : nil
    }

    /// The page a translation translates: `gioi-thieu.en.md` → `gioi-thieu.md`.
    public static func translatedPath(_ path: String, language: String) -> String {
        String(path.dropLast(".\(language).md".count)) + ".md"
    }

    /// Every regular file below `root`, sorted, skipping hidden ones. A symbolic link that leads
    /// outside `root` is refused: nothing outside the project is ever read.
    func readTree(_ root: URL, what: Folder, diagnostics: inout Diagnostics) -> [SourceFile]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            switch what {
            case .content:
                diagnostics.error(at: nil, Message("load.content-folder-missing", ["path": .text(displayPath(root))]),
                                  hint: Message("load.content-folder-missing-hint"))
            case .theme:
                diagnostics.error(at: nil, Message("load.theme-folder-missing", ["path": .text(displayPath(root))]),
                                  hint: Message("load.theme-folder-missing-hint"))
            }
            return nil
        }
        let realRoot = FileStatus.realPath(root.path) ?? root.path
        // `origin`: the file itself, or where the link inside the folder leads.
        var found: [(relative: String, path: String, origin: String)] = []
        FolderWalk.walk(root.path, skipping: { $0.hasPrefix(".") }) { relative, kind in
            let path = root.path + "/" + relative
            var origin = path
            switch kind {
            case .file:
                break
            case .link:
                // Only a link can lead out: it is followed only when it stays inside, and only
                // to a file.
                guard let real = FileStatus.realPath(path) else {
                    // A page that is a link to nothing would otherwise vanish from the site unsaid.
                    let location = SourceLocation(path: displayPath(path), line: 1, column: 1)
                    let hint = Message("load.broken-link-hint")
                    if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
                        diagnostics.error(at: location, Message("load.broken-link-to", ["target": .text(target)]), hint: hint)
                    } else {
                        diagnostics.error(at: location, Message("load.broken-link"), hint: hint)
                    }
                    return
                }
                guard FileStatus.isInside(real, root: realRoot) else {
                    let location = SourceLocation(path: displayPath(path), line: 1, column: 1)
                    switch what {
                    case .content: diagnostics.error(at: location, Message("load.link-outside-content"))
                    case .theme: diagnostics.error(at: location, Message("load.link-outside-theme"))
                    }
                    return
                }
                guard FileStatus.kind(real) == .regularFile else { return }
                origin = real
            case .folder, .other:
                return
            }
            found.append((relative, path, origin))
        }
        let leaves = { @Sendable (relative: String) in what == .content && leavesFilesOnDisk && Self.isLeftOnDisk(relative) }
        // Read on every core: opening and reading ten thousand files is most of loading.
        let contents = found.parallelMap { file -> (bytes: [UInt8]?, digest: UInt64?) in
            guard leaves(file.relative) else { return (FileBytes.read(file.path), nil) }
            guard digestsFilesLeftOnDisk else { return ([], nil) }
            return FileBytes.read(file.path).map { ([], ByteDigest.of($0)) } ?? (nil, nil)
        }
        var files: [SourceFile] = []
        let folder = SourceFolder(shown: displayPath(root.path + "/"), disk: root.path + "/")
        for (file, content) in zip(found, contents) {
            guard let bytes = content.bytes else {
                diagnostics.error(at: SourceLocation(path: displayPath(file.path), line: 1, column: 1), Message("load.cannot-read"))
                continue
            }
            // A file whose name is not the folder's part followed by its own path (when the working
            // folder is inside the content folder) keeps a name of its own.
            let shown = displayPath(file.path)
            let name = shown == folder.shown + file.relative ? SourceName(relativePath: file.relative, folder: folder)
                : SourceName(displayPath: shown, relativePath: file.relative)
            var source = SourceFile(name: name, bytes: bytes)
            if leaves(file.relative) { source.leave(at: file.origin, digest: content.digest) }
            files.append(source)
        }
        return files.sorted { $0.relativePath < $1.relativePath }
    }

    /// Whether a one-shot build leaves this content file on disk until it needs it: a page, read
    /// when it is parsed and resolved; an attachment, which the build only copies (a document's
    /// signed scan, an office file, an archive, a recording), read when its copy is written; an
    /// image, whose size is read from its first bytes (`ImageSize`). By its extension: SVG is
    /// read for what it runs, data files and maps for their values, as the site is loaded.
    static func isLeftOnDisk(_ relativePath: String) -> Bool {
        guard let dot = relativePath.lastIndex(of: "."), !relativePath[dot...].contains("/") else { return false }
        let suffix = relativePath[relativePath.index(after: dot)...]
        return suffix == "md" || leftExtensions.contains(suffix.lowercased())
    }

    static let leftExtensions: Set<String> = [
        "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf", "epub",
        "zip", "rar", "7z", "gz", "tar", "mp3", "m4a", "wav", "ogg", "mp4", "webm", "mov", "avi", "mkv", "tif", "tiff",
        "png", "jpg", "jpeg", "gif", "webp",
    ]

    /// The folders the loader reads, named in its messages.
    enum Folder { case content, theme }

    func displayPath(_ url: URL) -> String { displayPath(url.standardizedFileURL.path) }

    func displayPath(_ path: String) -> String {
        let base = workingDirectory.path
        return path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path
    }
}
