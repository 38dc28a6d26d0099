import Markup

extension SiteRenderer {
    /// The compare page (see `UnitComparePage`) and its data file; nothing when no unit has a value.
    func unitCompareFiles(_ data: DataCatalog, unitsTitle: String) -> [OutputFile] {
        let path = UnitComparePage.pagePath(data)
        let page = UnitComparePage(data: data, strings: strings) { OutputPaths.link(from: path, to: $0, pretty: self.config.prettyURLs) }
        guard !page.results.isEmpty else { return [] }
        let title = strings["compare_units_title"]
        return [generatedPage(path, title: title, kind: "unit-compare", content: HTMLBytes(page.content().rendered),
                              crumbs: [(unitsTitle, data.unitsIndexPath), (title, nil)], description: nil, currentID: nil,
                              script: assets.outputPaths["static/compare.js"], search: nil),
                page.dataFile()]
    }
}
