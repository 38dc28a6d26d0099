import Formatting
import Markup

/// The dashboard's tools: its filters as links (a page per status and per kind of unit, for
/// readers without JavaScript), its filter form (shown by `dashboard.js`), the units × targets
/// grid with a list for small screens, and the pages the links lead to.
extension DataPages {
    /// Links to the filter pages; `current` is the page being written, marked as such.
    func filterLinks(current: String?) -> HTML {
        func item(_ title: String, _ path: String) -> HTML {
            let attributes: [(String, String?)] = path == current ? [("href", link(path)), ("aria-current", "page")] : [("href", link(path))]
            return HTML.element("li", [], HTML.element("a", attributes, .text(title)))
        }
        func line(_ label: String, _ items: [HTML]) -> HTML {
            HTML.element("p", [], .text(label + ": ")) + HTML.element("ul", [], HTML.joined(items))
        }
        var lines = [line(strings["filter_by_status"], data.targetStatuses.map { status in
            item(ProgressBadge.symbol(status) + " " + strings[status.stringKey], data.statusPagePath(status))
        })]
        let kinds = data.targetUnitKinds
        if !kinds.isEmpty {
            lines.append(line(strings["filter_by_unit_kind"], kinds.map { item(strings[$0.stringKey], data.unitKindPagePath($0)) }))
        }
        var all = [item(strings["filter_all_targets"], data.dashboardPath)]
        if !data.units.units.isEmpty { all.append(item(strings["units_title"], data.unitsIndexPath)) }
        all.append(HTML.element("li", [], HTML.element("a", [("href", current == nil ? "#cach-danh-gia" : link(data.dashboardPath) + "#cach-danh-gia")],
                                                       .text(strings["method_link"]))))
        lines.append(line(strings["filter_see_also"], all))
        return HTML.element("nav", [("class", "dashboard-filters"), ("aria-label", strings["filter_links"])],
                            HTML.joined(lines.map { HTML.element("div", [("class", "dashboard-filters__line")], $0) }))
    }

    /// The in-page filter: hidden until the dashboard's script shows it.
    func filterForm(_ targets: [IndicatorResult]) -> HTML {
        func select(_ key: String, _ label: String, _ options: [(String, String)]) -> HTML {
            HTML.element("label", [], .text(label) + HTML.element("select", [("data-filter", key)],
                HTML.element("option", [("value", "")], .text(strings["model_filter_all"]))
                + HTML.joined(options.map { HTML.element("option", [("value", $0.0)], .text($0.1)) })))
        }
        let units = data.units.codes.filter { code in targets.contains { $0.unit(code)?.latest != nil } }
        return HTML.element("form", [("class", "tile-filter"), ("hidden", ""), ("aria-label", strings["filter_targets"]),
                                     ("data-shown", strings["filter_shown"])],
            select("status", strings["status"], data.targetStatuses.map { ($0.rawValue, ProgressBadge.symbol($0) + " " + strings[$0.stringKey]) })
            + select("kinds", strings["unit_kind"], data.targetUnitKinds.map { ($0.rawValue, strings[$0.stringKey]) })
            + select("units", strings["unit"], units.map { ($0, data.units.unit($0)?.name(in: strings.language) ?? $0) })
            + HTML.element("p", [("class", "tile-filter__count"), ("aria-live", "polite")], .empty))
    }

    /// Units × targets: the grid, whose rows, columns and cells are links, and the same as a
    /// list for screens too narrow for the grid. `units`: only these rows.
    mutating func unitsGrid(_ columns: [IndicatorResult], units: [String]?, id: String = "bieu-do-don-vi") -> HTML {
        var request = ChartRequest(kind: .heatGrid, indicators: columns)
        request.units = units
        let grid = chart(request, id: id)
        let codes = units ?? data.units.codes
        let items = codes.compactMap { code -> HTML? in
            let cells = columns.compactMap { result -> HTML? in
                guard let progress = result.unit(code), progress.latest != nil else { return nil }
                return HTML.element("li", [], HTML.element("a", [("href", link(result.indicator.page.outputPath) + "#" + IndicatorCharts.unitsSectionID)],
                                                           .text(result.indicator.shortTitle))
                    + .text(": ") + ProgressBadge.render(progress.assessment.status, strings: strings))
            }
            guard !cells.isEmpty else { return nil }
            return HTML.element("li", [], blocks.unitLink(code, short: false) + HTML.element("ul", [], HTML.joined(cells)))
        }
        return HTML.element("div", [("class", "units-grid__chart")], grid)
            + HTML.element("ul", [("class", "units-grid__list")], HTML.joined(items, separator: "\n")) + .raw("\n")
    }

    /// The targets of one status, most behind first.
    func statusPage(_ status: ProgressStatus) -> HTML {
        let targets = data.targetResults.filter { $0.assessment.status == status }
        var html = HTML.empty
        if targets.contains(where: \.illustrative) { html += blocks.illustrativeNotice() }
        html += filterLinks(current: data.statusPagePath(status))
        html += HTML.element("p", [("class", "overview-count")], .text(strings["filter_count"].replacing(every: "{n}", with: String(targets.count))))
        html += section("cac-chi-tieu", strings["progress_targets"], blocks.asOfLine(targets) + blocks.tiles(targets, idPrefix: "o"))
        return html
    }

    /// The targets that units of one kind report, the grid of those units, and each unit with
    /// its counts by status.
    mutating func unitKindPage(_ kind: OrganisationUnit.Kind) -> HTML {
        let codes = data.units.codes.filter { data.units.unit($0)?.kind == kind }
        let targets = data.targetResults.filter { result in codes.contains { result.unit($0)?.latest != nil } }
        var html = HTML.empty
        if targets.contains(where: \.illustrative) { html += blocks.illustrativeNotice() }
        html += filterLinks(current: data.unitKindPagePath(kind))
        let shownCodes = codes.filter { code in targets.contains { $0.unit(code)?.latest != nil } }
        html += section("cac-chi-tieu", strings["progress_targets"], blocks.asOfLine(targets) + blocks.tiles(targets, idPrefix: "o"))
        html += section("tien-do-don-vi", strings["chart_heatgrid_title"], unitsGrid(targets, units: shownCodes))
        html += section("cac-don-vi", strings["units_title"],
                        HTML.element("ul", [("class", "unit-index")], HTML.joined(codes.compactMap { data.units.unit($0) }.map(unitItem))))
        return html
    }

    /// A unit in a list: its name, when it started or ended, and its counts by status.
    func unitItem(_ unit: OrganisationUnit) -> HTML {
        var line = blocks.unitLink(unit.code, short: false)
        var dates: [String] = []
        if let end = unit.validTo { dates.append("\(strings["ended_on"]) \(strings.format.date(end))") }
        if let start = unit.validFrom { dates.append("\(strings["started_on"]) \(strings.format.date(start))") }
        if !dates.isEmpty { line += .text(" (" + dates.joined(separator: ", ") + ")") }
        line = HTML.element("span", [("class", "unit-index__name")], line)
        let statuses = blocks.unitStatuses(unit.code)
        let counts = IndicatorBlocks.urgency.compactMap { status -> HTML? in
            let count = statuses.filter { $0 == status }.count
            guard count > 0 else { return nil }
            return HTML.element("li", [], ProgressBadge.render(status, strings: strings) + .text(" " + String(count)))
        }
        if !counts.isEmpty { line += HTML.element("ul", [("class", "status-counts status-counts--unit")], HTML.joined(counts)) }
        return HTML.element("li", [], line)
    }

    /// The units grouped by kind (the province, its departments, districts, communes, agencies),
    /// each with its counts by status.
    func unitsIndex() -> HTML {
        let order: [OrganisationUnit.Kind] = [.tinh, .soNganh, .huyen, .xa, .coQuan]
        var html = compareLink()
        // The status counts are made from the units' values: say so when some are illustrative.
        if data.indicators.contains(where: { data.result($0.id)?.units.contains { $0.series.contains(where: \.illustrative) } ?? false }) {
            html = blocks.illustrativeNotice() + html
        }
        for kind in order + data.units.kinds.filter({ !order.contains($0) }) {
            let units = VietnameseCollation.sorted(data.units.units.filter { $0.kind == kind }) { $0.shortName(in: strings.language) }
            guard !units.isEmpty else { continue }
            html += section("loai-" + kind.rawValue, strings[kind.stringKey] + " (\(units.count))",
                            HTML.element("ul", [("class", "unit-index")], HTML.joined(units.map(unitItem), separator: "\n")))
        }
        return html + section("tai-du-lieu", strings["downloads"], downloads(nil))
    }
}
