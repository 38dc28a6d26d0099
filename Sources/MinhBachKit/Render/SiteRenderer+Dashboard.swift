import Markup

/// The dashboard's filter pages and the units index's place in the menu.
extension SiteRenderer {
    /// Filters the dashboard's tiles in the page; without it the filter pages do the same.
    static let dashboardScript = "static/dashboard.js"

    /// A page per status the targets have and per kind of unit they are reported for. They only
    /// list again what the dashboard shows, so they are left out of search.
    func dashboardFilterPages(_ data: DataCatalog, dashboardTitle: String, currentID: String?) -> [OutputFile] {
        var files: [OutputFile] = []
        for status in data.targetStatuses {
            let path = data.statusPagePath(status)
            let title = "\(strings["progress_targets"]): \(strings[status.stringKey].lowercased())"
            let content = dataPages(data, at: path).statusPage(status)
            files.append(generatedPage(path, title: title, kind: "dashboard-filter", content: HTMLBytes(content.rendered),
                                       crumbs: [(dashboardTitle, data.dashboardPath), (strings[status.stringKey], nil)],
                                       description: nil, currentID: currentID, search: nil))
        }
        for kind in data.targetUnitKinds {
            let path = data.unitKindPagePath(kind)
            var pages = dataPages(data, at: path)
            let content = pages.unitKindPage(kind)
            files.append(generatedPage(path, title: "\(strings["progress_targets"]): \(strings[kind.stringKey].lowercased())",
                                       kind: "dashboard-filter", content: HTMLBytes(content.rendered),
                                       crumbs: [(dashboardTitle, data.dashboardPath), (strings[kind.stringKey], nil)],
                                       description: nil, currentID: currentID, search: nil))
            files += pages.chartFiles
        }
        return files
    }

    /// Lists the units index in the menu, when the site has units to list.
    public mutating func listUnitsIndex(_ data: DataCatalog) {
        unitsMenuPath = data.units.units.isEmpty ? nil : data.unitsIndexPath
    }
}
