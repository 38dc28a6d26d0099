import Charts
import Markup

/// The HTML pieces that show indicators: used by the generated pages and by the directives of
/// any page, so that a number is shown the same way everywhere.
struct IndicatorBlocks {
    let data: DataCatalog
    let strings: UIStrings
    /// A site path made relative to the page being written.
    let link: (String) -> String

    /// How the indicator's values read; `ofUnit`: a unit's values, which for a share of units
    /// are those of the indicator it counts.
    func format(_ result: IndicatorResult, ofUnit: Bool = false) -> ValueFormatter {
        ValueFormatter(definition: ofUnit ? data.unitDefinition(result) : result.indicator.definition, strings: strings)
    }

    func indicatorLink(_ result: IndicatorResult, short: Bool = false) -> HTML {
        let indicator = result.indicator
        return HTML.element("a", [("href", link(indicator.page.outputPath))], .text(short ? indicator.shortTitle : indicator.title))
    }

    func unitLink(_ code: String, short: Bool = true) -> HTML {
        guard let unit = data.units.unit(code) else { return .text(code) }
        return HTML.element("a", [("href", link(data.unitPath(code)))], .text(short ? unit.shortName(in: strings.language) : unit.name(in: strings.language)))
    }

    /// The value with an asterisk when it is illustrative.
    func value(_ point: SeriesPoint, _ result: IndicatorResult, full: Bool = true, ofUnit: Bool = false) -> HTML {
        let formatter = format(result, ofUnit: ofUnit)
        let text = HTML.text(full ? formatter.full(point.value) : formatter.number(point.value))
        return point.illustrative ? text + illustrativeMark : text
    }

    /// "Số liệu đến năm 2022 · Cập nhật lần cuối: 12/01/2023 (theo …)": the foot of every page that
    /// shows data; nothing when the data has no period and cites no dated document.
    static func datesLine(_ dates: DataDates, strings: UIStrings) -> HTML {
        var parts: [HTML] = []
        if let asOf = dates.asOf { parts.append(.text("\(strings["progress_as_of"]) \(strings.format.period(asOf))")) }
        // "Last updated" is the latest date of the sources and definitions, and says so; when it
        // is earlier than the data (newer values have no dated source) it is named for what it is.
        if let updated = dates.updated {
            let time = HTML.element("time", [("datetime", updated.description)], .text(strings.format.knownPart(updated)))
            if dates.updatedIsBeforeData {
                parts.append(.text(strings["latest_dated_source"] + ": ") + time)
            } else {
                parts.append(.text(strings["last_updated"] + ": ") + time + .text(" (\(strings["data_updated_basis"]))"))
            }
        }
        guard !parts.isEmpty else { return .empty }
        return HTML.element("p", [("class", "data-dates")], HTML.joined(parts, separator: " · ")) + .raw("\n")
    }

    var illustrativeMark: HTML {
        HTML.element("abbr", [("class", "illustrative-mark"), ("title", strings["illustrative"])], .text("*"))
    }

    /// "Dữ liệu minh họa." and why; `textKey` names the explanation in the theme's strings.
    func illustrativeNotice(textKey: String = "illustrative_notice") -> HTML {
        HTML.element("p", [("class", "illustrative-notice"), ("role", "note")],
                     HTML.element("strong", [], .text(strings["illustrative"] + ".")) + .text(" " + strings[textKey]))
    }

    func targetText(_ result: IndicatorResult) -> HTML {
        guard let target = result.target else { return .text(strings["no_target"]) }
        var text = format(result).full(target.value)
        if result.indicator.definition.measure == .grade {
            text = strings["grade_at_least"].replacing(every: "{grade}", with: text)
        } else if result.indicator.definition.measure != .yesNo {
            text = (result.indicator.definition.direction == .higher ? "≥ " : "≤ ") + text
        }
        return .text("\(text) (\(strings.format.shortPeriod(target.period)))")
    }

    /// Up, down or flat since the value before, and whether that is better. A rank that falls in
    /// number moves up the ranking: its arrow points up, as its (reversed) chart and sparkline
    /// draw it, and the words say "lên hạng".
    func trend(_ series: [SeriesPoint], definition: IndicatorDefinition) -> HTML {
        guard series.count >= 2 else { return .text("–") }
        let last = series[series.count - 1].value, before = series[series.count - 2].value
        if abs(last - before) < 1e-9 { return .text("→ " + strings["trend_flat"]) }
        let rose = last > before
        let better = rose == (definition.direction == .higher)
        let rank = definition.measure == .rank
        let up = rank ? !rose : rose
        let word = rank ? strings[up ? "trend_rank_up" : "trend_rank_down"] : strings[rose ? "trend_up" : "trend_down"]
        return HTML.element("span", [("class", better ? "trend trend--better" : "trend trend--worse")],
                            .text("\(up ? "↗" : "↘") \(word) (\(strings[better ? "trend_better" : "trend_worse"]))"))
    }

    /// The status of a series in a table cell: its badge, or with no target its trend in words.
    func statusCell(_ assessment: ProgressAssessment, series: [SeriesPoint], definition: IndicatorDefinition) -> HTML {
        guard assessment.status == .noTarget, series.count >= 2 else { return ProgressBadge.render(assessment.status, strings: strings) }
        return trend(series, definition: definition)
    }

    /// Why the status is what it is; with no target, which way the values went since the period
    /// before and which way counts as better: "So với năm 2020 (25/63): ↗ lên hạng (tốt lên).
    /// Càng thấp càng tốt."
    func statusReason(_ result: IndicatorResult) -> HTML {
        let definition = result.indicator.definition
        var html = HTML.text(ProgressBadge.reason(result.assessment, strings: strings, format: format(result)))
        if result.assessment.status == .noTarget, result.whole.count >= 2 {
            let before = result.whole[result.whole.count - 2]
            let parts = strings["trend_since"].components(separatedBy: "{trend}")
            let lead = parts[0].replacing(every: "{period}", with: strings.format.period(before.period))
                .replacing(every: "{value}", with: format(result).full(before.value))
            html += .text(" " + lead) + trend(result.whole, definition: definition) + .text((parts.count > 1 ? parts[1] : "")
                + " " + strings["direction_" + definition.direction.rawValue] + ".")
        }
        return html
    }

    /// One indicator as a card: latest value, target, status and the date it is as of.
    func card(_ result: IndicatorResult) -> HTML {
        var body = HTML.element("p", [("class", "indicator-card__title")], HTML.element("strong", [], indicatorLink(result)))
        if let latest = result.latest {
            body += HTML.element("p", [("class", "indicator-card__value")], value(latest, result))
            body += withheldNote(result)
            body += HTML.element("p", [("class", "indicator-card__period")],
                                 .text("\(strings["progress_as_of"]): \(strings.format.period(latest.period))"))
            let basis = basisNote(result, at: latest.period)
            if basis != .empty { body += HTML.element("p", [], basis) }
        } else {
            body += HTML.element("p", [("class", "indicator-card__value")], .text(strings["no_data"]))
        }
        body += HTML.element("p", [], .text(strings["target"] + ": ") + targetText(result))
        body += HTML.element("p", [], ProgressBadge.render(result.assessment.status, strings: strings))
        return HTML.element("div", [("class", "indicator-card status-border--\(result.assessment.status.rawValue)")], body)
    }

    /// Every indicator given: latest value, period, target, status, trend.
    func progressTable(_ results: [IndicatorResult], caption: String, id: String) -> HTML {
        let rows = results.map { result -> [HTML] in
            [indicatorLink(result),
             result.latest.map { value($0, result) + separated(basisNote(result, at: $0.period)) } ?? .text(strings["no_data"]),
             .text(result.latest.map { strings.format.shortPeriod($0.period) } ?? "–"),
             targetText(result),
             ProgressBadge.render(result.assessment.status, strings: strings),
             sparkline(result, id: "\(id)-\(result.indicator.id)") + trend(result.whole, definition: result.indicator.definition)]
        }
        return DataTable(caption: .text(caption),
                         header: [[strings["indicator"], strings["latest_value"], strings["period"], strings["target"],
                                   strings["status"], strings["trend"]].map { HTML.text($0) }],
                         rows: rows, numericColumns: [1], extraClass: "progress-table").render(captionID: id)
    }

    /// The whole's values as a word-sized line, for a table cell; nothing under two values.
    func sparkline(_ result: IndicatorResult, id: String) -> HTML {
        guard result.whole.count >= 2 else { return .empty }
        let (chart, _) = IndicatorCharts(data: data, strings: strings)
            .draw(ChartRequest(kind: .sparkline, indicators: [result], title: result.indicator.shortTitle), id: id)
        return ChartFigure.inline(chart) + .text(" ")
    }

    /// How many indicators have each status.
    func statusCounts(_ statuses: [ProgressStatus]) -> HTML {
        let items = ProgressStatus.allCases.map { status in
            HTML.element("li", [], ProgressBadge.render(status, strings: strings)
                + .text(": ") + HTML.element("strong", [], .text(String(statuses.filter { $0 == status }.count))))
        }
        return HTML.element("ul", [("class", "status-counts")], HTML.joined(items))
    }

    /// Where a value comes from: its document, its file and row, its note.
    func provenance(_ point: SeriesPoint, _ result: IndicatorResult) -> HTML {
        var parts: [HTML] = []
        switch point.origin {
        case .observed(let observation):
            if let source = observation.source { parts.append(.text(source)) }
            if let document = observation.document, case let target = RoleTarget(document.text),
               let entry = data.documents.entry(reference: target.name) {
                let href = link(entry.page.outputPath) + (target.anchor.map { "#" + $0 } ?? "")
                parts.append(HTML.element("a", [("href", href)], .text(entry.page.title)))
            }
            if let note = observation.note { parts.append(.text(note)) }
            // An illustrative value carries its asterisk already.
            if observation.status != .official, observation.status != .illustrative {
                parts.append(.text(strings[observation.status.stringKey]))
            }
            parts.append(HTML.element("span", [("class", "provenance")], sourceFile(data.citedFile(observation))
                                      + .text(", \(strings["source_row"]) \(observation.location.line)")))
        case .aggregated(let reporting, let expected):
            parts.append(.text(strings["aggregated_from"].replacing(every: "{n}", with: String(reporting))
                .replacing(every: "{m}", with: String(expected))))
        case .derived(let sources):
            parts.append(.text(strings["derived_from"] + " ") + HTML.joined(sources.map {
                sourceFile(data.citedFile($0)) + .text(", \(strings["source_row"]) \($0.location.line)")
            }, separator: "; "))
        case .baseline:
            parts.append(.text(result.indicator.page.sourcePath))
        }
        return HTML.joined(parts, separator: "; ")
    }

    /// A data file's name, a link to it where the downloads publish it (`DataDownloads.publishedSources`).
    func sourceFile(_ path: String) -> HTML {
        data.sourceFiles.contains(path) ? HTML.element("a", [("href", link(path))], .text(path)) : .text(path)
    }

    /// The whole's values by period, with the target of each period and where each comes from.
    func seriesTable(_ result: IndicatorResult, id: String) -> HTML {
        var periods = Set(result.whole.map(\.period))
        periods.formUnion(result.targets.map(\.period))
        let rows = periods.sorted().map { period -> [HTML] in
            let point = result.whole.first { $0.period == period }
            let target = result.targets.first { $0.period == period }
            return [.text(strings.format.shortPeriod(period)), point.map { value($0, result) + separated(basisNote(result, at: period)) } ?? .text("–"),
                    target.map { .text(format(result).full($0.value)) } ?? .text(""),
                    point.map { provenance($0, result) } ?? .empty]
        }
        let unitName = result.wholeUnit.map { " – " + $0.name(in: strings.language) } ?? ""
        return DataTable(caption: .text(strings["series"] + unitName),
                         header: [[strings["period"], strings["value"], strings["target"], strings["source"]].map { HTML.text($0) }],
                         rows: rows, numericColumns: [1, 2], extraClass: "series-table").render(captionID: id)
    }

    /// The units compared at one period (see `UnitComparison`), best first with their rank and
    /// status; then the units without a value for that period, unranked, each with its last value
    /// and that value's period.
    func ranking(_ result: IndicatorResult, id: String) -> HTML {
        let comparison = comparison(result)
        var rows = comparison.ranked.map { entry -> [HTML] in
            [.text(String(entry.rank)), unitLink(entry.code, short: false), value(entry.point, result, ofUnit: true),
             .text(strings.format.shortPeriod(entry.point.period)),
             statusCell(entry.progress.assessment, series: entry.progress.series, definition: data.unitDefinition(result))]
        }
        if let period = comparison.period {
            rows += comparison.missing.map { entry -> [HTML] in
                [.text("–"), unitLink(entry.code, short: false), missingCell(entry, period: period, result),
                 .text(entry.last.map { strings.format.shortPeriod($0.period) } ?? ""),
                 entry.progress.map { statusCell($0.assessment, series: $0.series, definition: data.unitDefinition(result)) } ?? .empty]
            }
        }
        let table = DataTable(caption: .text(comparisonCaption(strings["units_ranking"], comparison)),
                              header: [[strings["rank"], strings["unit"], strings["value"], strings["period"], strings["status"]].map { HTML.text($0) }],
                              rows: rows, numericColumns: [0, 2], extraClass: "ranking-table").render(captionID: id)
        guard let period = comparison.period, !comparison.missing.isEmpty else { return table }
        return HTML.element("p", [("class", "comparison-note")],
                            .text(strings["comparison_period_note"].replacing(every: "{period}", with: strings.format.period(period))))
            + .raw("\n") + table
    }

    /// One unit across every indicator it has values for: its latest value, and its rank among
    /// the units of its kind compared at one period — none when it has no value for that period.
    func scorecard(_ code: String, id: String) -> HTML {
        guard let unit = data.units.unit(code) else { return .empty }
        var rows: [[HTML]] = []
        for result in data.indicators.compactMap({ data.result($0.id) }) {
            guard let progress = result.unit(code), let latest = progress.latest,
                  result.indicator.definition.measure != .grade else { continue }
            var rank = HTML.text("–")
            let period = data.peers.latestPeriod(result, kind: unit.kind)
            if let period, let entry = data.peers.rank(of: progress, result, kind: unit.kind, period: period) {
                rank = .text("\(entry.rank)/\(entry.count)")
            } else if let period {
                rank = HTML.element("em", [("class", "comparison-missing")], .text(
                    strings["comparison_missing"].replacing(every: "{period}", with: strings.format.period(period))))
            }
            rows.append([indicatorLink(result), value(latest, result, ofUnit: true), .text(strings.format.shortPeriod(latest.period)),
                         rank, statusCell(progress.assessment, series: progress.series, definition: data.unitDefinition(result))])
        }
        return DataTable(caption: .text("\(strings["scorecard"]) – \(unit.name(in: strings.language))"),
                         header: [[strings["indicator"], strings["value"], strings["period"], strings["rank_among_peers"],
                                   strings["status"]].map { HTML.text($0) }],
                         rows: rows, numericColumns: [1, 3], extraClass: "scorecard").render(captionID: id)
    }

    /// The statuses of one unit's indicators.
    func unitStatuses(_ code: String) -> [ProgressStatus] {
        data.indicators.compactMap { data.result($0.id)?.unit(code) }.map(\.assessment.status)
    }
}
