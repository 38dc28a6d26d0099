import Diagnostics

/// Folder settings that would make two parts of the site write the same files, or read the same
/// pages as two kinds: each is an error at the setting in `site.yml`, instead of one part
/// silently replacing the other (`units_folder: chi-tieu` replaced the progress dashboard).
extension SiteConfig {
    /// A folder setting, what it makes at its `index.html`, and whether its pages are a section
    /// of their own (a page belongs to one section only).
    struct FolderSetting {
        var key: String
        var folder: String
        var index: String
        var isSection: Bool
    }

    var folderSettings: [FolderSetting] {
        [FolderSetting(key: "documents_folder", folder: documentsFolder, index: "the documents index", isSection: true),
         FolderSetting(key: "indicators_folder", folder: indicatorsFolder, index: "the progress dashboard", isSection: true),
         FolderSetting(key: "models_folder", folder: modelsFolder, index: "the models gallery", isSection: true),
         FolderSetting(key: "units_folder", folder: unitsFolder, index: "the units index", isSection: false),
         FolderSetting(key: "search_folder", folder: searchFolder, index: "the search page", isSection: false)]
    }

    /// The folders the models gallery writes its pages by field, unit, level and year into.
    static let modelFacetFolders = ["linh-vuc", "don-vi", "cap", "nam"]

    func folderCollisions() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let settings = folderSettings
        /// The setting written later in `site.yml` is the one reported; a default is never.
        func blamed(_ a: FolderSetting, _ b: FolderSetting) -> (FolderSetting, FolderSetting)? {
            switch (locations[a.key], locations[b.key]) {
            case (nil, nil): return nil
            case (nil, _?): return (b, a)
            case (_?, nil): return (a, b)
            case let (l?, r?): return l < r ? (b, a) : (a, b)
            }
        }
        func written(_ setting: FolderSetting) -> String { locations[setting.key] == nil ? "\(setting.key) (the default)" : setting.key }
        for (offset, first) in settings.enumerated() {
            for second in settings[(offset + 1)...] {
                guard let (setting, other) = blamed(first, second) else { continue }
                if setting.folder == other.folder {
                    problems.append(.error(
                        at: locations[setting.key], "\(setting.key) '\(setting.folder)' is also \(written(other)): \(setting.index) and \(other.index) would both be written to \(setting.folder)/index.html",
                        hint: "give each its own folder (by default \(SiteConfig().folderSettings.first { $0.key == setting.key }!.folder) and \(SiteConfig().folderSettings.first { $0.key == other.key }!.folder))"))
                } else if setting.isSection, other.isSection,
                          setting.folder.hasPrefix(other.folder + "/") || other.folder.hasPrefix(setting.folder + "/") {
                    let (inner, outer) = setting.folder.hasPrefix(other.folder + "/") ? (setting, other) : (other, setting)
                    problems.append(.error(
                        at: locations[setting.key], "\(inner.key) '\(inner.folder)' is inside \(written(outer)) '\(outer.folder)': its pages would belong to both",
                        hint: "put each kind of page in a folder of its own, side by side"))
                }
            }
        }
        if let location = locations["units_folder"], let facet = Self.modelFacetFolders.first(where: { modelsFolder + "/" + $0 == unitsFolder }) {
            problems.append(.error(
                at: location, "units_folder '\(unitsFolder)' is where the models gallery writes its pages by \(facet == "don-vi" ? "unit" : "facet"): the unit pages would be written over them",
                hint: "give units_folder a folder outside '\(modelsFolder)', e.g. don-vi"))
        }
        for language in languages.dropFirst() {
            for setting in settings where setting.folder == language || setting.folder.hasPrefix(language + "/") {
                guard let location = locations[setting.key] else { continue }
                problems.append(.error(
                    at: location, "\(setting.key) '\(setting.folder)' is inside '\(language)/', where the site in '\(language)' is written",
                    hint: "choose a folder that is not a language code of the site"))
            }
        }
        if let location = locations["units_file"], unitsFile.hasPrefix(dataFolder + "/") {
            problems.append(.error(
                at: location, "units_file '\(unitsFile)' is inside data_folder '\(dataFolder)', whose files are read as data",
                hint: "keep the units registry outside '\(dataFolder)/', e.g. units_file: don-vi.csv"))
        }
        return problems
    }
}
