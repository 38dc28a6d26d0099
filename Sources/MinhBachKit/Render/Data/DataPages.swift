import Charts
import Formatting
import Markup

/// The generated parts of the progress pages: the dashboard, each indicator's page, each
/// unit's page and the units index.
struct DataPages {
    let blocks: IndicatorBlocks
    let pagePath: String
    /// Links without `index.html` (the site's `pretty_urls`), for files other than the page.
    var pretty = false
    /// The `.svg` and `.csv` files of the charts placed so far.
    private(set) var chartFiles: [OutputFile] = []
    var data: DataCatalog { blocks.data }
    var strings: UIStrings { blocks.strings }
    var link: (String) -> String { blocks.link }

    func section(_ id: String, _ title: String, _ content: HTML) -> HTML {
        HTML.element("section", [("aria-labelledby", id)],
                     .raw("\n") + HTML.element("h2", [("id", id)], .text(title)) + .raw("\n") + content + .raw("\n")) + .raw("\n")
    }

    /// A chart of this page, its files kept for writing.
    mutating func chart(_ request: ChartRequest, id: String) -> HTML {
        guard request.kind == .heatGrid else {
            let (chart, illustrative) = IndicatorCharts(data: data, strings: strings).draw(request, id: id)
            return place(chart, illustrative: illustrative)
        }
        // A heat grid links its units and indicators: once from the page, once from its own file.
        let placement = ChartPlacement(pagePath: pagePath, strings: strings, link: link)
        let (chart, illustrative) = IndicatorCharts(data: data, strings: strings, link: link).draw(request, id: id)
        let svgPath = placement.filePath(chart, "svg")
        let fromFile = { [pretty] (path: String) in OutputPaths.link(from: svgPath, to: path, pretty: pretty) }
        let standalone = IndicatorCharts(data: data, strings: strings, link: fromFile).draw(request, id: id).chart
        let placed = placement.place(chart, illustrative: illustrative, standalone: standalone)
        chartFiles += placed.files
        return placed.html
    }

    /// A drawn chart on this page, its files kept for writing.
    mutating func place(_ chart: DrawnChart, illustrative: Bool) -> HTML {
        let placed = ChartPlacement(pagePath: pagePath, strings: strings, link: link).place(chart, illustrative: illustrative)
        chartFiles += placed.files
        return placed.html
    }

    func facts(_ rows: [(String, HTML)]) -> HTML {
        HTML.element("dl", [("class", "facts")], HTML.joined(rows.map { HTML.element("dt", [], .text($0.0)) + HTML.element("dd", [], $0.1) }))
    }

    /// The progress dashboard: first the overview (as of, counts by status, a tile per target,
    /// most behind first) with its filters, then units × targets, the other indicators, the
    /// targets' table, the method and the downloads.
    mutating func dashboard(intro: String) -> HTML {
        let targets = data.targetResults
        let others = data.indicators.filter { !$0.isTarget }.compactMap { data.result($0.id) }
            .filter { !$0.whole.isEmpty }
        var html = HTML.empty
        if targets.contains(where: \.illustrative) || others.contains(where: \.illustrative) { html += blocks.illustrativeNotice() }
        html += section("tong-hop", strings["progress_summary"],
                        blocks.asOfLine(targets) + blocks.urgencyCounts(targets.map(\.assessment.status), statusLinks: true)
                        + filterForm(targets) + blocks.tiles(targets, idPrefix: "o") + filterLinks(current: nil))
        html += HTML.raw(intro)
        let gridColumns = targets.filter { !$0.units.isEmpty }
        if !gridColumns.isEmpty {
            html += section("tien-do-don-vi", strings["chart_heatgrid_title"], unitsGrid(gridColumns, units: nil))
        }
        if !others.isEmpty {
            html += section("chi-so-theo-doi", strings["progress_tracked"],
                            blocks.progressTable(others, caption: strings["progress_tracked"], id: "bang-chi-so"))
        }
        html += section("chi-tieu-de-an", strings["progress_targets"],
                        blocks.progressTable(targets, caption: strings["progress_targets"], id: "bang-chi-tieu"))
        html += section("cach-danh-gia", strings["method_link"], methodNote())
        html += section("tai-du-lieu", strings["downloads"], downloads(nil))
        return html
    }

    /// The five statuses and how they are decided, in short.
    func methodNote() -> HTML {
        let items = ProgressStatus.allCases.map { status in
            HTML.element("li", [], ProgressBadge.render(status, strings: strings) + .text(": " + strings["method_" + status.rawValue.replacingOccurrences(of: "-", with: "_")]))
        }
        return HTML.element("p", [], .text(strings["method_summary"])) + HTML.element("ul", [("class", "status-legend")], HTML.joined(items))
    }

    func downloads(_ result: IndicatorResult?) -> HTML {
        var items: [HTML] = []
        if let result {
            let id = result.indicator.id
            items.append(HTML.element("a", [("href", link(data.downloadPath(id, "csv"))), ("download", nil)], .text(strings["download_csv"])))
            items.append(HTML.element("a", [("href", link(data.downloadPath(id, "xlsx"))), ("download", nil)], .text(strings["download_xlsx"])))
            items.append(HTML.element("a", [("href", link(data.downloadPath(id, "json")))], .text(strings["download_json"])))
        }
        items.append(HTML.element("a", [("href", link(data.archivePath)), ("download", nil)], .text(strings["download_package"])))
        items.append(HTML.element("a", [("href", link(data.workbookPath)), ("download", nil)], .text(strings["download_workbook"])))
        items.append(HTML.element("a", [("href", link(data.packagePath))], .text(strings["download_package_json"])))
        if data.unitsFile != nil {
            items.append(HTML.element("a", [("href", link(data.unitsDownloadPath))], .text(strings["download_units"])))
        }
        return HTML.element("ul", [("class", "downloads")], HTML.joined(items.map { HTML.element("li", [], $0) }))
    }

    /// What an indicator page shows after its own text.
    mutating func indicatorPage(_ result: IndicatorResult, body: String) -> HTML {
        let definition = result.indicator.definition
        var html = HTML.empty
        if result.illustrative { html += blocks.illustrativeNotice() }
        html += HTML.element("div", [("class", "indicator-summary")], blocks.card(result)
            + HTML.element("p", [("class", "status-reason")], blocks.statusReason(result)))
        html += .raw(body)
        var rows: [(String, HTML)] = [
            (strings["measure"], .text(measureName(definition))),
            (strings["direction"], .text(strings["direction_" + definition.direction.rawValue])),
        ]
        if let unit = result.wholeUnit { rows.append((strings["unit"], blocks.unitLink(unit.code, short: false))) }
        if let baseline = result.baseline { rows.append((strings["baseline"], .text(strings.format.period(baseline)))) }
        rows.append((strings["aggregation"], .text(strings["aggregate_" + definition.aggregate.rawValue.replacingOccurrences(of: "-", with: "_")])))
        if let threshold = definition.threshold {
            rows.append((strings["threshold"], .text(blocks.format(result, ofUnit: true).threshold(threshold))))
        }
        if let from = definition.from, let source = data.result(from.text) {
            rows.append((strings["derived_from"], blocks.indicatorLink(source)))
        }
        if let scale = definition.grades {
            rows.append((strings["grades"], .text(scale.grades.map { scale.name(of: $0, language: strings.language) }.joined(separator: ", "))))
        }
        for target in result.targets {
            var text = blocks.format(result).full(target.value)
            if definition.measure == .grade { text = strings["grade_at_least"].replacing(every: "{grade}", with: text) }
            if let rate = target.changePerYear {
                text += " (\(strings.format.numbers.string(rate, decimals: definition.decimals))\(strings["per_year_since"]) \(result.baseline.map(strings.format.period) ?? ""))"
            }
            rows.append((strings["target"] + " " + strings.format.period(target.period), .text(text)))
        }
        if let source = definition.source { rows.append((strings["source"], .text(source))) }
        html += section("dinh-nghia", strings["definition"], facts(rows))
        if let text = definition.targetText, let entry = data.documents.entry(reference: text.document.text) {
            let href = link(entry.page.outputPath) + (text.section.map { "#" + $0.text } ?? "")
            var quote = HTML.empty
            if let words = text.quote { quote = HTML.element("blockquote", [("cite", nil)], HTML.element("p", [], .text(words.text))) }
            html += section("van-ban-dat-chi-tieu", strings["target_text"], quote
                + HTML.element("p", [], HTML.element("a", [("href", href)], .text(entry.page.title))))
        }
        var seriesContent = HTML.empty
        if !result.whole.isEmpty { seriesContent += chart(ChartRequest(kind: .line, indicators: [result]), id: "bieu-do-so-lieu") }
        html += section("so-lieu", strings["series"], seriesContent + blocks.seriesTable(result, id: "bang-so-lieu"))
        if !result.basisChanges.isEmpty {
            let items = result.basisChanges.map { unit -> HTML in
                var text = blocks.unitLink(unit.code, short: false)
                if let end = unit.validTo { text += .text(" – \(strings["ended_on"]) \(strings.format.date(end))") }
                if let start = unit.validFrom { text += .text(" – \(strings["started_on"]) \(strings.format.date(start))") }
                if !unit.successors.isEmpty {
                    text += .text("; \(strings["successors"].lowercased()): ")
                        + HTML.joined(unit.successors.map { blocks.unitLink($0, short: false) }, separator: ", ")
                }
                return HTML.element("li", [], text)
            }
            html += section("thay-doi-don-vi", strings["basis_changes"],
                            HTML.element("p", [], .text(strings["basis_changes_text"])) + HTML.element("ul", [], HTML.joined(items)))
        }
        if !result.units.isEmpty {
            let kind: ChartKind = result.units.count > 1 ? .horizontalBar : .bar
            html += section("don-vi", strings["units_ranking"],
                            chart(ChartRequest(kind: kind, indicators: [result]), id: "bieu-do-don-vi") + blocks.ranking(result, id: "bang-don-vi"))
        }
        html += section("tai-du-lieu", strings["downloads"], downloads(result))
        return html
    }

    func measureName(_ definition: IndicatorDefinition) -> String {
        let name = strings["measure_" + definition.measure.rawValue.replacingOccurrences(of: "-", with: "_")]
        switch definition.measure {
        case .count, .index, .money:
            return ValueFormatter(definition: definition, strings: strings).unitName.map { "\(name) (\($0))" } ?? name
        case .rank: return definition.rankOf.map { "\(name) /\($0)" } ?? name
        default: return name
        }
    }

    /// A unit's page: where it sits, its scorecard, its statuses, its history (see
    /// `DataPages+Unit`), its models and the documents it issued (`DataPages+UnitDocuments`).
    mutating func unitPage(_ unit: OrganisationUnit) -> HTML {
        var html = HTML.empty
        let results = data.indicators.compactMap { data.result($0.id) }
        if results.contains(where: { $0.unit(unit.code)?.series.contains(where: \.illustrative) ?? false }) {
            html += blocks.illustrativeNotice()
        }
        var rows: [(String, HTML)] = [(strings["unit_kind"], .text(strings[unit.kind.stringKey]))]
        if let parent = unit.parent { rows.append((strings["parent_unit"], blocks.unitLink(parent, short: false))) }
        if unit.validFrom != nil || unit.validTo != nil {
            rows.append((strings["validity"], .text([unit.validFrom.map { "\(strings["started_on"]) \(strings.format.date($0))" },
                                                      unit.validTo.map { "\(strings["ended_on"]) \(strings.format.date($0))" }]
                .compactMap { $0 }.joined(separator: ", "))))
        }
        if !unit.successors.isEmpty {
            rows.append((strings["successors"], HTML.joined(unit.successors.map { blocks.unitLink($0, short: false) }, separator: ", ")))
        }
        let predecessors = data.units.predecessors(of: unit.code)
        if !predecessors.isEmpty {
            rows.append((strings["predecessors"], HTML.joined(predecessors.map { blocks.unitLink($0.code, short: false) }, separator: ", ")))
        }
        let children = data.units.children(of: unit.code, language: strings.language)
        if !children.isEmpty {
            rows.append((strings["child_units"], HTML.joined(children.map { blocks.unitLink($0.code, short: false) }, separator: ", ")))
        }
        if let note = unit.note { rows.append((strings["note"], .text(note))) }
        html += facts(rows)
        let statuses = blocks.unitStatuses(unit.code)
        if !statuses.isEmpty {
            html += section("trang-thai", strings["status_counts"], blocks.statusCounts(statuses))
            html += section("ket-qua", strings["scorecard"], blocks.scorecard(unit.code, id: "bang-ket-qua"))
        }
        html += unitHistory(unit)
        let models = data.models.models(ofUnit: unit.code)
        if !models.isEmpty {
            let items = models.map { model in
                HTML.element("li", [], HTML.element("a", [("href", link(model.page.outputPath))], .text(model.title))
                    + .text(" – \(model.definition.year.map(String.init) ?? ""), \(strings[model.definition.status.stringKey].lowercased())"))
            }
            html += section("mo-hinh", strings["models_of_unit"], HTML.element("ul", [], HTML.joined(items)))
        }
        html += issuedDocuments(unit)
        html += CommitmentBlocks(blocks: blocks).unitSection(unit)
        return html
    }
}
