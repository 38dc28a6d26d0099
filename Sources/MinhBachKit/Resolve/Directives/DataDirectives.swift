import Diagnostics
import Markdown
import Markup

/// Data in prose: ``{value}`indicator@period/unit` `` and the block directives
/// ```` ```{indicator} id ````, ```` ```{progress} ```` and ```` ```{scorecard} unit ````. Each takes
/// its numbers from the site's data catalog, so text and tables never disagree.
enum DataDirectives {
    static let indicator = DirectiveKind(
        spec: DirectiveSpec(name: "indicator", argument: .required("an indicator id"), body: .none, options: []),
        render: { context, directive in
            guard let result = context.indicatorResult(directive.argument, at: directive.location) else { return .empty }
            context.showsIllustrativeData = context.showsIllustrativeData || result.latest?.illustrative == true
            context.dataDates.merge(context.site.data.dates(of: result))
            return context.dataBlocks.card(result)
        }, readsData: true)

    static let progress = DirectiveKind(
        spec: DirectiveSpec(name: "progress", argument: .optional, body: .none, options: [("indicators", .text)]),
        render: { context, directive in
            let results = context.listedTargets(directive)
            let caption = directive.argument.isEmpty ? context.strings["progress_targets"] : directive.argument
            return context.dataBlocks.progressTable(results, caption: caption, id: context.nextID("tien-do"))
        }, readsData: true)

    static let scorecard = DirectiveKind(
        spec: DirectiveSpec(name: "scorecard", argument: .required("a unit code"), body: .none, options: []),
        render: { context, directive in
            guard context.site.data.units.unit(directive.argument) != nil else {
                context.diagnostics.error(at: directive.location, "no unit '\(directive.argument)' in the units registry",
                                          hint: Suggestion.hint(for: directive.argument, among: context.site.data.units.codes))
                return .empty
            }
            let code = directive.argument
            context.showsIllustrativeData = context.showsIllustrativeData
                || context.site.data.results.values.contains { $0.indicator.definition.measure != .grade && $0.unit(code)?.latest?.illustrative == true }
            context.dataDates.merge(context.site.data.dates(ofUnit: code))
            return context.dataBlocks.scorecard(code, id: context.nextID("ket-qua"))
        }, readsData: true)

    static let kinds = [indicator, progress, scorecard]
}

extension PageRenderContext {
    var dataBlocks: IndicatorBlocks {
        IndicatorBlocks(data: site.data, strings: strings) { href(toSitePath: $0) }
    }

    mutating func indicatorResult(_ id: String, at location: SourceLocation) -> IndicatorResult? {
        if let result = site.data.result(id) { return result }
        if warnsWithheldIndicator(id, at: location) { return nil }
        diagnostics.error(at: location, "no indicator '\(id)'",
                          hint: Suggestion.hint(for: id, among: site.data.indicatorIDs) ?? "indicators are the pages of the indicators folder")
        return nil
    }

    /// ``{value}`ho-ngheo-ty-le` ``: the latest value of the whole; `@2022` a period's; `/tuan-giao`
    /// a unit's. Written the Vietnamese way, marked when illustrative, linked to its indicator.
    mutating func renderValue(_ role: Role) -> HTML {
        let text = role.content.trimmingCharacters(in: .whitespaces)
        var id = Substring(text), period: ReportingPeriod?, unit: String?
        if let slash = id.firstIndex(of: "/") { unit = String(id[id.index(after: slash)...]); id = id[..<slash] }
        if let at = id.firstIndex(of: "@") {
            let periodText = String(id[id.index(after: at)...])
            guard let parsed = ReportingPeriod(periodText) else {
                diagnostics.error(at: role.location, "'\(periodText)' is not a period", hint: ReportingPeriod.hint)
                return .text(text)
            }
            period = parsed
            id = id[..<at]
        }
        if site.withheld.indicator(String(id)) != nil {
            _ = warnsWithheldIndicator(String(id), at: role.location)
            return .empty
        }
        guard let result = indicatorResult(String(id), at: role.location) else { return .text(text) }
        if let unit, site.data.units.unit(unit) == nil {
            diagnostics.error(at: role.location, "no unit '\(unit)' in the units registry",
                              hint: Suggestion.hint(for: unit, among: site.data.units.codes))
            return .text(text)
        }
        guard let point = site.data.value(String(id), period: period, unit: unit) else {
            if site.data.withheld.leftOut(indicator: String(id), period: period, unit: unit) {
                warnWithheld(at: role.location, "this quotes", text, kind: "value", .internal, shown: "it is left out here")
                return .empty
            }
            diagnostics.error(at: role.location, "indicator '\(id)' has no value\(period.map { " for \($0)" } ?? "")\(unit.map { " for unit '\($0)'" } ?? "")",
                              hint: "write {value}`id`, {value}`id@2024` or {value}`id@2024/unit`")
            return .text(text)
        }
        showsIllustrativeData = showsIllustrativeData || point.illustrative
        dataDates.merge(site.data.dates(of: point, in: result))
        let blocks = dataBlocks
        return HTML.element("a", [("class", "data-value"), ("href", href(toSitePath: result.indicator.page.outputPath)),
                                  ("title", "\(result.indicator.title), \(strings.format.period(point.period))")],
                            blocks.value(point, result, ofUnit: unit != nil && unit != result.wholeUnit?.code))
    }

    /// The targets a directive shows: those of its `:indicators:` option, else every target. The
    /// page then notes their illustrative values and their dates.
    mutating func listedTargets(_ directive: Directive) -> [IndicatorResult] {
        var results = site.data.targetResults
        if let list = directive.option("indicators") {
            results = []
            for id in list.value.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                if let result = indicatorResult(id, at: list.valueLocation) { results.append(result) }
            }
        }
        showsIllustrativeData = showsIllustrativeData || results.contains { $0.latest?.illustrative == true }
        results.forEach { dataDates.merge(site.data.dates(of: $0)) }
        return results
    }
}
