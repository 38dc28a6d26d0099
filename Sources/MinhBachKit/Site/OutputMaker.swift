import Diagnostics

/// What makes an output file — a page, a section's generated pages, the theme — so that two
/// makers of one path are an error that names both, instead of one silently replacing the
/// other in the output folder.
struct OutputMaker: Sendable {
    /// A build keeps the maker of every file it makes, for the duplicate check: a page's is its
    /// file's name (the strings the file already holds), made into words only when two makers
    /// meet — a message of its own was 170 bytes a page.
    private enum Naming: Sendable {
        case page(SourceName)
        indirect case described(name: Message, location: SourceLocation?)
    }
    private var naming: Naming
    /// The language of the edition it is made again for, under its prefix: where two makers
    /// meet, the other one is where to act (a page `content/en/x.md` is in the way of the
    /// English edition).
    var edition: String?
    var isEdition: Bool { edition != nil }

    /// - Parameters:
    ///   - name: for the message: "the units index (units_folder)".
    ///   - location: where to report it, e.g. the setting in `site.yml` that placed a section.
    init(name: Message, location: SourceLocation?) {
        naming = .described(name: name, location: location)
    }

    /// For the message: `content/x.md`, "the units index (units_folder)", "… in the 'en' edition".
    var name: Message {
        let own: Message = switch naming {
        case .page(let file): .verbatim(file.displayPath)
        case .described(let name, _): name
        }
        guard let edition else { return own }
        return Message("output.maker.in-edition", ["maker": .message(own), "language": .text(edition)])
    }

    /// Where to report it: the page, or the setting in `site.yml` that placed a section.
    var location: SourceLocation? {
        switch naming {
        case .page(let file): SourceLocation(path: file.displayPath, line: 1, column: 1)
        case .described(_, let location): location
        }
    }

    private init(naming: Naming) { self.naming = naming }

    static func page(_ file: SourceFile) -> OutputMaker { OutputMaker(naming: .page(file.name)) }

    static func section(_ name: Message, setting: String, config: SiteConfig) -> OutputMaker {
        OutputMaker(name: Message("output.maker.section", ["name": .message(name), "setting": .text(setting), "folder": .text(config.folder(of: setting) ?? "")]),
                    location: config.locations[setting])
    }

    /// Every path made twice: one error each, at the second maker (or the first, when only
    /// it has a place), naming both. `path(i)` and `maker(i)` are the `i`-th file's, from 0 to
    /// `count`: the first to have a path made it.
    static func duplicates(count: Int, path: (Int) -> String, maker: (Int) -> OutputMaker) -> [Diagnostic] {
        // The files' numbers by their path: a dictionary of every path was the largest thing the
        // end of a large build made.
        var made = PositionTable(capacity: count)
        var problems: [Diagnostic] = []
        for index in 0..<count {
            let current = path(index)
            guard let earlier = made.insert(index, text: current, key: path) else { continue }
            let (a, b) = (maker(earlier), maker(index))
            problems.append(.error(at: (b.isEdition ? nil : b.location) ?? a.location ?? b.location,
                                   Message("output.written-twice", ["path": .text(current), "first": .message(a.name), "second": .message(b.name)]),
                                   hint: Message("output.written-twice-hint")))
        }
        return problems
    }
}

extension SiteConfig {
    /// The value of a folder setting by its key.
    func folder(of setting: String) -> String? {
        folderSettings.first { $0.key == setting }?.folder ?? (setting == "data_folder" ? dataFolder : nil)
    }
}
