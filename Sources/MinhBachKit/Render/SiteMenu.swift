/// The main navigation: the pages that ask for it (`menu: true`), and, without being asked, the
/// home page and the index of each section the site has (the progress dashboard, the documents
/// index, the models gallery, the units index), so that a new site's generated pages can be
/// reached before anyone writes an `index.md`. That `index.md` may name the entry (`title:`),
/// move it (`weight:`) or take it out (`menu: false`).
struct SiteMenu: Sendable {
    struct Entry: Sendable {
        var title: String
        var path: String
        /// The page it stands for, if the site has one: the entry is current on that page.
        var pageID: String?
        var weight: Int
    }

    /// Every entry but the units index, in menu order.
    var entries: [Entry]
    /// The units index's entry, shown once the site turns out to have units; nil when hidden.
    var units: Entry?
    /// Where the units entry goes: right after the dashboard when the dashboard's own
    /// `index.md` puts it in the menu (the index of units is the dashboard's companion, and
    /// sites placed it so before the defaults existed), else by its weight, last of the defaults.
    var unitsFollowDashboard: Bool

    /// Weights of the default entries, below the weight of a page that gives none (0): a site's
    /// own entries follow them unless they say otherwise.
    static let defaultWeights = (home: -50, dashboard: -40, documents: -30, gallery: -20, units: -10)

    init(pages: [ParsedPage], config: SiteConfig, strings: UIStrings) {
        let byID = Dictionary(pages.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var entries: [Entry] = pages.filter { $0.meta.inMenu && !$0.isHome }
            .map { Entry(title: $0.meta.title, path: $0.outputPath, pageID: $0.id, weight: $0.meta.weight) }
        /// A section's index by default: unless its page says `menu` (true: listed above, false:
        /// hidden), with the page's title and weight when it has a page.
        func section(_ id: String, path: String, title: String, weight: Int, exists: Bool) -> Entry? {
            guard exists else { return nil }
            let page = byID[id]
            if let page, page.meta.inMenu || page.meta.isHiddenFromMenu { return nil }
            return Entry(title: page?.meta.title ?? title, path: page?.outputPath ?? path, pageID: page?.id,
                         weight: page.map { $0.meta.weight == 0 ? weight : $0.meta.weight } ?? weight)
        }
        let weights = Self.defaultWeights
        let home = byID["index"]
        // The home page's title is the site's long name: its entry says "Home".
        if let home, !home.meta.isHiddenFromMenu {
            entries.append(Entry(title: strings["home"], path: home.outputPath, pageID: home.id,
                                 weight: home.meta.weight == 0 ? weights.home : home.meta.weight))
        }
        let hasIndicators = pages.contains { $0.indicator != nil }
        let hasDocuments = pages.contains { $0.officialDocument != nil }
        let hasModels = pages.contains { $0.model != nil }
        entries += [
            section(config.indicatorsFolder + "/index", path: config.indicatorsFolder + "/index.html", title: strings["progress_title"],
                    weight: weights.dashboard, exists: hasIndicators),
            section(config.documentsFolder + "/index", path: config.documentsFolder + "/index.html", title: strings["documents_title"],
                    weight: weights.documents, exists: hasDocuments),
            section(config.modelsFolder + "/index", path: config.modelsFolder + "/index.html", title: strings["models_title"],
                    weight: weights.gallery, exists: hasModels),
        ].compactMap { $0 }
        self.entries = entries.sorted { ($0.weight, $0.title, $0.pageID ?? $0.path) < ($1.weight, $1.title, $1.pageID ?? $1.path) }
        // The units index has no page of its own to hide it with; it is listed whenever the site has units.
        units = Entry(title: strings["units_title"], path: config.unitsFolder + "/index.html", pageID: nil, weight: weights.units)
        unitsFollowDashboard = byID[config.indicatorsFolder + "/index"]?.meta.inMenu ?? false
        self.config = config
    }
    private let config: SiteConfig

    /// The entries with the units index (at `unitsPath`, when the site has units) in its place.
    func all(unitsPath: String?) -> [Entry] {
        guard var units, let unitsPath else { return entries }
        units.path = unitsPath
        var all = entries
        if unitsFollowDashboard, let dashboard = all.firstIndex(where: { $0.path == config.indicatorsFolder + "/index.html" }) {
            all.insert(units, at: dashboard + 1)
        } else {
            all.insert(units, at: all.firstIndex { ($0.weight, $0.title) > (units.weight, units.title) } ?? all.endIndex)
        }
        return all
    }
}
