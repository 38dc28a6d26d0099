import Charts
import Formatting
import Markup

/// The page where a reader sets two to five units side by side on one indicator. Without
/// JavaScript it says so and links each indicator's table of units and ranking; with it, the
/// theme's `compare.js` shows a form and draws the chosen units' series from a data file that
/// the page loads with `<script src>` — a `fetch` is refused from `file://`, a script is not.
/// The data file holds only what the indicator pages already publish: each unit's values, as
/// numbers and as the pages write them.
struct UnitComparePage {
    let data: DataCatalog
    let strings: UIStrings
    /// A site path made relative to the compare page.
    let link: (String) -> String
    /// The most units the form lets a reader choose: more lines than this no longer read.
    static let most = 5

    static func pagePath(_ data: DataCatalog) -> String { data.unitsFolder + "/so-sanh.html" }
    static func dataPath(_ data: DataCatalog) -> String { data.unitsFolder + "/so-sanh-du-lieu.js" }

    /// The indicators with a value for some unit, in their order.
    var results: [IndicatorResult] {
        data.indicators.compactMap { data.result($0.id) }.filter { result in result.units.contains { !$0.series.isEmpty } }
    }

    /// The units with a value for some indicator, in the registry's order.
    var units: [OrganisationUnit] {
        let results = results
        return data.units.units.filter { unit in results.contains { !($0.unit(unit.code)?.series.isEmpty ?? true) } }
    }

    func content() -> HTML {
        let results = results, units = units
        var html = HTML.empty
        // The values it draws are marked (*) but the page says why, as every page with them does.
        if results.contains(where: { $0.units.contains { $0.series.contains(where: \.illustrative) } }) {
            html += IndicatorBlocks(data: data, strings: strings, link: link).illustrativeNotice()
        }
        html += HTML.element("p", [], .text(strings["compare_intro"].replacing(every: "{n}", with: String(Self.most)))) + .raw("\n")
        html += HTML.element("p", [("class", "unit-compare__nojs")], .text(strings["compare_without_js"])) + .raw("\n")
        html += form(results, units) + .raw("\n")
        html += HTML.element("div", [("class", "unit-compare__result"), ("id", "so-sanh-ket-qua")], .empty) + .raw("\n")
        let items = results.map { result in
            HTML.element("li", [], HTML.element("a", [("href", link(result.indicator.page.outputPath) + "#don-vi")], .text(result.indicator.title)))
        }
        html += HTML.element("section", [("aria-labelledby", "theo-chi-tieu")], .raw("\n")
            + HTML.element("h2", [("id", "theo-chi-tieu")], .text(strings["compare_by_indicator"])) + .raw("\n")
            + HTML.element("ul", [("class", "unit-compare__links")], HTML.joined(items)) + .raw("\n")) + .raw("\n")
        // Run as the page is read, before the deferred `compare.js`.
        html += HTML.element("script", [("src", link(Self.dataPath(data)))], .empty) + .raw("\n")
        return html
    }

    /// The form, hidden until the script shows it: the indicator, then the units by kind.
    func form(_ results: [IndicatorResult], _ units: [OrganisationUnit]) -> HTML {
        let options = results.map { HTML.element("option", [("value", $0.indicator.id)], .text($0.indicator.title)) }
        var body = HTML.element("p", [], HTML.element("label", [("for", "so-sanh-chi-tieu")], .text(strings["indicator"]))
            + .text(" ") + HTML.element("select", [("id", "so-sanh-chi-tieu")], HTML.joined(options)))
        for kind in data.units.kinds {
            let members = units.filter { $0.kind == kind }
            guard !members.isEmpty else { continue }
            let boxes = members.map { unit in
                let id = "so-sanh-" + unit.code
                return HTML.element("li", [], HTML.void("input", [("type", "checkbox"), ("id", id), ("value", unit.code)])
                    + .text(" ") + HTML.element("label", [("for", id)], .text(unit.shortName(in: strings.language))))
            }
            body += HTML.element("fieldset", [], HTML.element("legend", [], .text(strings[kind.stringKey]))
                + HTML.element("ul", [("class", "unit-compare__units")], HTML.joined(boxes)))
        }
        body += HTML.element("p", [("class", "unit-compare__status"), ("role", "status")], .empty)
        return HTML.element("form", [("class", "unit-compare"), ("hidden", ""), ("data-most", String(Self.most)),
                                     ("data-choose", strings["compare_choose"]), ("data-chosen", strings["compare_chosen"]),
                                     ("data-full", strings["compare_full"]), ("data-period", strings["period"]),
                                     ("data-none", strings["compare_no_value"])], body)
    }

    /// `window.__minhbachCompare = {...};`: the units and, per indicator, each unit's values by period.
    func dataFile() -> OutputFile {
        let results = results, units = units
        var out = Array("// Generated by MinhBạch: the units' values of the indicator pages, for the compare page.\nwindow.__minhbachCompare = ".utf8)
        func string(_ text: String) { JSONText.append(text, to: &out) }
        func raw(_ text: String) { out.append(contentsOf: text.utf8) }
        raw("{\"units\":[")
        for (index, unit) in units.enumerated() {
            raw(index == 0 ? "\n{\"code\":" : ",\n{\"code\":"); string(unit.code)
            raw(",\"name\":"); string(unit.shortName(in: strings.language))
            raw(",\"url\":"); string(link(data.unitPath(unit.code)))
            raw("}")
        }
        raw("],\n\"indicators\":[")
        for (index, result) in results.enumerated() {
            let definition = data.unitDefinition(result)
            let formatter = ValueFormatter(definition: definition, strings: strings)
            let periods = Set(result.units.flatMap { $0.series.map(\.period) }).sorted()
            raw(index == 0 ? "\n{\"id\":" : ",\n{\"id\":"); string(result.indicator.id)
            raw(",\"title\":"); string(result.indicator.title)
            raw(",\"url\":"); string(link(result.indicator.page.outputPath))
            raw(",\"line\":" + (definition.measure != .grade && definition.measure != .yesNo ? "true" : "false"))
            raw(",\"reversed\":" + (definition.measure == .rank ? "true" : "false"))
            raw(",\"periods\":[")
            for (number, period) in periods.enumerated() {
                if number > 0 { raw(",") }
                string(strings.format.shortPeriod(period))
            }
            raw("],\"values\":{")
            var first = true
            for unit in units {
                guard let series = result.unit(unit.code)?.series, !series.isEmpty else { continue }
                raw(first ? "" : ","); first = false
                string(unit.code); raw(":[")
                for (number, period) in periods.enumerated() {
                    if number > 0 { raw(",") }
                    guard let point = series.first(where: { $0.period == period }) else { raw("null"); continue }
                    raw("[" + JSONWriter.number(point.value) + ",")
                    string(formatter.full(point.value) + (point.illustrative ? "*" : ""))
                    raw("]")
                }
                raw("]")
            }
            raw("}}")
        }
        raw("]};\n")
        return OutputFile(path: Self.dataPath(data), bytes: out)
    }
}
