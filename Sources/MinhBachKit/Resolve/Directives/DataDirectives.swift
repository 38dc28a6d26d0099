import Diagnostics
import Markdown
import Markup

/// Data in prose: ``{value}`indicator@period/unit` `` and the block directives
/// ```` ```{indicator} id ````, ```` ```{progress} ```` and ```` ```{scorecard} unit ````. Each takes
/// its numbers from the site's data catalog, so text and tables never disagree.
enum DataDirectives {
    static let indicator = DirectiveKind(
        spec: DirectiveSpec(name: "indicator", argument: .required(Message("directive.argument.indicator-id")), body: .none, options: []),
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
        spec: DirectiveSpec(name: "scorecard", argument: .required(Message("directive.argument.unit-code")), body: .none, options: []),
        render: { context, directive in
            guard context.site.data.units.unit(directive.argument) != nil else {
                context.diagnostics.error(at: directive.location, Message("indicators.unit-not-in-registry", ["unit": .text(directive.argument)]),
                                          hint: Suggestion.message(for: directive.argument, among: context.site.data.units.codes))
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
        diagnostics.error(at: location, Message("indicators.no-indicator", ["id": .text(id)]),
                          hint: Suggestion.message(for: id, among: site.data.indicatorIDs) ?? Message("directive.indicators-are-pages"))
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
                diagnostics.error(at: role.location, Message("documents.not-a-period", ["period": .text(periodText)]), hint: Message("indicators.period-hint"))
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
            diagnostics.error(at: role.location, Message("indicators.unit-not-in-registry", ["unit": .text(unit)]),
                              hint: Suggestion.message(for: unit, among: site.data.units.codes))
            return .text(text)
        }
        guard let point = site.data.value(String(id), period: period, unit: unit) else {
            if site.data.withheld.leftOut(indicator: String(id), period: period, unit: unit) {
                warnWithheld(at: role.location, Message("withheld.this-quotes"), text, kind: Message("withheld.kind.value"), .internal,
                             shown: Message("withheld.left-out-here"))
                return .empty
            }
            let named = Message.Value.text(String(id))
            let problem = switch (period, unit) {
            case (nil, nil): Message("directive.no-value", ["id": named])
            case (let period?, nil): Message("directive.no-value-for-period", ["id": named, "period": .text("\(period)")])
            case (nil, let unit?): Message("directive.no-value-for-unit", ["id": named, "unit": .text(unit)])
            case (let period?, let unit?): Message("directive.no-value-for-period-and-unit", ["id": named, "period": .text("\(period)"), "unit": .text(unit)])
            }
            diagnostics.error(at: role.location, problem, hint: Message("directive.value-hint"))
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
