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
        /// What it makes at its `index.html`, e.g. "the documents index".
        var index: Message
        var isSection: Bool
    }

    var folderSettings: [FolderSetting] {
        [FolderSetting(key: "documents_folder", folder: documentsFolder, index: Message("settings.index.documents"), isSection: true),
         FolderSetting(key: "indicators_folder", folder: indicatorsFolder, index: Message("settings.index.dashboard"), isSection: true),
         FolderSetting(key: "models_folder", folder: modelsFolder, index: Message("settings.index.gallery"), isSection: true),
         FolderSetting(key: "commitments_folder", folder: commitmentsFolder, index: Message("settings.index.commitments"), isSection: true),
         FolderSetting(key: "units_folder", folder: unitsFolder, index: Message("settings.index.units"), isSection: false),
         FolderSetting(key: "search_folder", folder: searchFolder, index: Message("settings.index.search"), isSection: false)]
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
        func written(_ setting: FolderSetting) -> Message.Value {
            locations[setting.key] == nil ? .message(Message("settings.the-default", ["key": .text(setting.key)])) : .text(setting.key)
        }
        func defaultFolder(_ setting: FolderSetting) -> Message.Value {
            .text(SiteConfig().folderSettings.first { $0.key == setting.key }!.folder)
        }
        for (offset, first) in settings.enumerated() {
            for second in settings[(offset + 1)...] {
                guard let (setting, other) = blamed(first, second) else { continue }
                if setting.folder == other.folder {
                    problems.append(.error(
                        at: locations[setting.key],
                        Message("settings.same-folder", ["key": .text(setting.key), "folder": .text(setting.folder), "other": written(other),
                                                         "index": .message(setting.index), "other-index": .message(other.index)]),
                        hint: Message("settings.same-folder-hint", ["folder": defaultFolder(setting), "other-folder": defaultFolder(other)])))
                } else if setting.isSection, other.isSection,
                          setting.folder.hasPrefix(other.folder + "/") || other.folder.hasPrefix(setting.folder + "/") {
                    let (inner, outer) = setting.folder.hasPrefix(other.folder + "/") ? (setting, other) : (other, setting)
                    problems.append(.error(
                        at: locations[setting.key],
                        Message("settings.folder-inside", ["key": .text(inner.key), "folder": .text(inner.folder),
                                                           "outer": written(outer), "outer-folder": .text(outer.folder)]),
                        hint: Message("settings.folder-inside-hint")))
                }
            }
        }
        if let location = locations["units_folder"], let facet = Self.modelFacetFolders.first(where: { modelsFolder + "/" + $0 == unitsFolder }) {
            problems.append(.error(
                at: location,
                Message("settings.units-folder-in-gallery", ["folder": .text(unitsFolder),
                                                             "facet": .message(Message(facet == "don-vi" ? "settings.facet-unit" : "settings.facet-other"))]),
                hint: Message("settings.units-folder-in-gallery-hint", ["models": .text(modelsFolder)])))
        }
        for language in languages.dropFirst() {
            for setting in settings where setting.folder == language || setting.folder.hasPrefix(language + "/") {
                guard let location = locations[setting.key] else { continue }
                problems.append(.error(
                    at: location, Message("settings.folder-in-language", ["key": .text(setting.key), "folder": .text(setting.folder), "language": .text(language)]),
                    hint: Message("settings.folder-in-language-hint")))
            }
        }
        if let location = locations["units_file"], unitsFile.hasPrefix(dataFolder + "/") {
            problems.append(.error(
                at: location, Message("settings.units-file-in-data", ["file": .text(unitsFile), "data": .text(dataFolder)]),
                hint: Message("settings.units-file-in-data-hint", ["data": .text(dataFolder)])))
        }
        return problems
    }
}
