import Diagnostics
import Markup
import Search

/// Indicators (`indicators_folder`): each page defines one, and shows its progress from the
/// data files; the section makes the progress dashboard and its filters, the units index and a
/// page per unit, and the downloads.
struct IndicatorsSection: PageKind, SectionRenderer {
    let name = "indicators"
    var readsData: Bool { true }

    func folder(in config: SiteConfig) -> String { config.indicatorsFolder }
    var keys: [String] { IndicatorDefinition.keys }
    var translationKeys: [String] { ["short_title", "unit_label", "money_unit"] }

    func decode(_ fields: inout YAMLFields, config: SiteConfig) -> (any PageFields)? {
        IndicatorDefinition.decode(&fields, unitKinds: config.unitKinds)
    }

    func translated(_ original: any PageFields, by fields: inout YAMLFields) -> any PageFields {
        guard var definition = original as? IndicatorDefinition else { return original }
        if let shortTitle = fields.string("short_title") { definition.shortTitle = shortTitle }
        if let label = fields.string("unit_label") { definition.unitLabel = label }
        if let unit = fields.string("money_unit") { definition.moneyUnit = unit }
        return definition
    }

    func entryPage(_ resolved: ResolvedPage, site: SiteIndex, layout: SiteRenderer) -> SectionPage? {
        let page = resolved.page
        guard page.indicator != nil, let result = site.data.result(String(page.id.split(separator: "/").last ?? "")) else { return nil }
        var pages = layout.dataPages(site.data, at: page.outputPath)
        let content = HTMLBytes(pages.indicatorPage(result, body: resolved.bodyHTML).rendered)
        return SectionPage(content: content, kind: "indicator", searchKind: .indicator, files: pages.chartFiles, dates: site.data.dates(of: result))
    }

    /// The progress dashboard, the units index and pages, and the downloads; nothing when the
    /// site has no data.
    func files(site: SiteIndex, introPage: ResolvedPage?, layout: SiteRenderer, into made: inout SectionFiles) {
        let data = site.data
        guard !data.isEmpty else { return }
        let config = layout.config, strings = layout.strings
        let dashboardMaker = OutputMaker.section(Message("output.maker.dashboard"), setting: "indicators_folder", config: config)
        let unitsMaker = OutputMaker.section(Message("output.maker.unit-pages"), setting: "units_folder", config: config)
        func add(_ files: [OutputFile]) {
            for file in files { made.add([file], by: file.path.hasPrefix(config.unitsFolder + "/") ? unitsMaker : dashboardMaker) }
        }
        func page(_ path: String, title: String, kind: String, content: HTML, crumbs: [(title: String, path: String?)],
                  search: SearchKind, description: String? = nil, currentID: String? = nil, script: String? = nil) {
            add([layout.generatedPage(path, title: title, kind: kind, content: HTMLBytes(content.rendered), crumbs: crumbs,
                                      description: description, currentID: currentID, script: script, search: search)])
        }
        let dashboardTitle = introPage?.page.meta.title ?? strings["progress_title"]
        if !data.indicators.isEmpty {
            var dashboard = layout.dataPages(data, at: data.dashboardPath)
            let dates = data.indicators.compactMap { data.result($0.id) }
                .reduce(DataDates(updated: introPage?.page.meta.date)) { $0.merging(data.dates(of: $1)) }
            page(data.dashboardPath, title: dashboardTitle, kind: "dashboard",
                 content: dashboard.dashboard(intro: introPage?.bodyHTML ?? "") + IndicatorBlocks.datesLine(dates, strings: strings),
                 crumbs: [(dashboardTitle, nil)], search: .indicator, description: introPage?.page.description,
                 currentID: introPage?.page.id, script: layout.assets.outputPaths[SiteRenderer.dashboardScript])
            add(dashboard.chartFiles)
            add(layout.dashboardFilterPages(data, dashboardTitle: dashboardTitle, currentID: introPage?.page.id))
            let downloads = DataDownloads(data: data, siteTitle: config.title, illustrativeDescription: strings["illustrative_data_description"],
                                          unitsTitle: strings["units_registry_title"], language: strings.language)
            downloads.files(sourceFiles: site.files) { add($0) }
        }
        if !data.units.units.isEmpty {
            let unitsTitle = strings["units_title"]
            page(data.unitsIndexPath, title: unitsTitle, kind: "units", content: layout.dataPages(data, at: data.unitsIndexPath).unitsIndex(),
                 crumbs: [(unitsTitle, nil)], search: .unit)
            // A few units at a time, on every core: a unit's page and charts can weigh a megabyte.
            let units = data.units.units
            for start in stride(from: 0, to: units.count, by: Self.unitsPerBatch) {
                add(Array(units[start..<min(start + Self.unitsPerBatch, units.count)]).parallelMap { unit in
                    let path = data.unitPath(unit.code)
                    var pages = layout.dataPages(data, at: path)
                    let content = pages.unitPage(unit) + IndicatorBlocks.datesLine(data.dates(ofUnit: unit.code), strings: strings)
                    return [layout.generatedPage(path, title: unit.name(in: strings.language), kind: "unit", content: HTMLBytes(content.rendered),
                                                 crumbs: [(unitsTitle, data.unitsIndexPath), (unit.name(in: strings.language), nil)], description: nil, currentID: nil,
                                                 search: .unit)]
                        + pages.chartFiles
                }.flatMap { $0 })
            }
            add(layout.unitCompareFiles(data, unitsTitle: unitsTitle))
        }
    }

    static let unitsPerBatch = 8
}
