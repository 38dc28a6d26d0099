import Charts
import Markup

/// The history on a unit's page: a chart per indicator (the unit against its target and its
/// peers' median), its rank among its peers in each period, and its yearly classification.
extension DataPages {
    /// Indicators whose unit values a line can show: a grade or a yes/no is a fact of its year,
    /// and goes in the yearly table instead. (A share of units shows, per unit, the values of the
    /// indicator it counts.)
    func isCharted(_ result: IndicatorResult) -> Bool {
        let measure = data.unitDefinition(result).measure
        return measure != .grade && measure != .yesNo
    }

    /// "So sánh các đơn vị" as a paragraph, when some unit has a value to compare.
    func compareLink() -> HTML {
        guard data.indicators.contains(where: { data.result($0.id)?.units.contains { !$0.series.isEmpty } ?? false }) else { return .empty }
        return HTML.element("p", [("class", "unit-compare-link")],
                            HTML.element("a", [("href", link(UnitComparePage.pagePath(data)))], .text(strings["compare_units_link"]))) + .raw("\n")
    }

    /// The results with values for the unit, in the indicators' order. A share of units whose
    /// counted indicator is among them is left out: its unit values are that indicator's, shown once.
    func results(of unit: OrganisationUnit) -> [IndicatorResult] {
        func has(_ result: IndicatorResult?) -> Bool { !(result?.unit(unit.code)?.series.isEmpty ?? true) }
        return data.indicators.compactMap { data.result($0.id) }.filter { result in
            has(result) && !(result.indicator.definition.threshold != nil && has(result.indicator.definition.from.flatMap { data.result($0.text) }))
        }
    }

    /// The sections of the unit's history; nothing for a unit without values.
    mutating func unitHistory(_ unit: OrganisationUnit) -> HTML {
        let results = results(of: unit)
        var html = HTML.empty
        let charted = results.filter(isCharted)
        if !charted.isEmpty {
            let history = UnitHistoryChart(data: data, strings: strings)
            var figures = HTML.element("p", [], .text(strings["unit_history_intro"].replacingOccurrences(
                of: "{median}", with: history.medianName(unit).lowercased()))) + compareLink()
            for result in charted {
                guard let (chart, illustrative) = history.draw(result, unit: unit, id: "bieu-do-" + result.indicator.id) else { continue }
                // Every unit's value for the indicator stays on its page, ranked.
                figures += place(chart, illustrative: illustrative) + HTML.element("p", [("class", "unit-history__more")], HTML.element(
                    "a", [("href", link(result.indicator.page.outputPath) + "#don-vi")],
                    .text("\(strings["units_ranking"]): \(result.indicator.shortTitle)")))
            }
            html += section("dien-bien", strings["unit_history"], figures)
            html += section("thu-hang", strings["rank_history"], rankHistory(unit, charted))
        }
        // Classifications first: the yearly grade is what a unit is known by.
        let yearly = results.filter { !isCharted($0) && data.unitDefinition($0).measure == .grade }
            + results.filter { !isCharted($0) && data.unitDefinition($0).measure != .grade }
        if !yearly.isEmpty { html += section("xep-loai", strings["yearly_results"], yearlyTable(unit, yearly)) }
        return html
    }

    /// The unit's rank among the units of its kind, in each period it has a value for, each
    /// period compared on its own (see `UnitComparison`): "3/10".
    func rankHistory(_ unit: OrganisationUnit, _ results: [IndicatorResult]) -> HTML {
        let periods = Set(results.flatMap { $0.unit(unit.code)?.series.map(\.period) ?? [] }).sorted()
        let rows = results.map { result -> [HTML] in
            let own = result.unit(unit.code)
            return [blocks.indicatorLink(result, short: true)] + periods.map { period -> HTML in
                guard let own, let entry = data.peers.rank(of: own, result, kind: unit.kind, period: period) else { return .text("–") }
                return .text("\(entry.rank)/\(entry.count)")
            }
        }
        let caption = strings["rank_history"] + " – " + unit.name(in: strings.language)
        return HTML.element("p", [], .text(strings["rank_history_note"].replacingOccurrences(
                of: "{kind}", with: strings[unit.kind.stringKey].lowercased())))
            + DataTable(caption: .text(caption),
                        header: [[HTML.text(strings["indicator"])] + periods.map { HTML.text(strings.format.shortPeriod($0)) }],
                        rows: rows, numericColumns: Set(1...max(periods.count, 1)), extraClass: "rank-history").render(captionID: "bang-thu-hang")
    }

    /// Grades (by their declared names) and yes/no answers, a row per indicator, a column per
    /// period: the unit's yearly classification as a strip.
    func yearlyTable(_ unit: OrganisationUnit, _ results: [IndicatorResult]) -> HTML {
        let periods = Set(results.flatMap { $0.unit(unit.code)?.series.map(\.period) ?? [] }).sorted()
        let rows = results.map { result -> [HTML] in
            let series = result.unit(unit.code)?.series ?? []
            return [blocks.indicatorLink(result, short: true)] + periods.map { period -> HTML in
                series.first { $0.period == period }.map { blocks.value($0, result, ofUnit: true) } ?? .text("–")
            }
        }
        return DataTable(caption: .text(strings["yearly_results"] + " – " + unit.name(in: strings.language)),
                         header: [[HTML.text(strings["indicator"])] + periods.map { HTML.text(strings.format.shortPeriod($0)) }],
                         rows: rows, extraClass: "yearly-strip").render(captionID: "bang-xep-loai")
    }
}
