import Markup

/// The overview of the targets: a tile per target, most behind first, and the counts by status.
/// The dashboard, its filter pages and the `{overview}` directive show it the same way.
extension IndicatorBlocks {
    /// The order an official reads in: what is behind first, what cannot be judged last.
    static let urgency: [ProgressStatus] = [.offTrack, .atRisk, .pending, .onTrack, .achieved, .insufficientData, .noTarget]

    /// Most behind first; within a status, the order the indicators are defined in.
    static func byUrgency(_ results: [IndicatorResult]) -> [IndicatorResult] {
        results.enumerated().sorted { a, b in
            let ra = urgency.firstIndex(of: a.element.assessment.status) ?? urgency.count
            let rb = urgency.firstIndex(of: b.element.assessment.status) ?? urgency.count
            return (ra, a.offset) < (rb, b.offset)
        }.map(\.element)
    }

    /// The kinds of the units an indicator has values for, in the registry's order of kinds.
    func unitKinds(_ result: IndicatorResult) -> [OrganisationUnit.Kind] {
        let kinds = Set(result.units.filter { $0.latest != nil }.compactMap { data.units.unit($0.code)?.kind })
        return data.units.kinds.filter(kinds.contains)
    }

    /// One target as a tile: its name, status in symbol and words, latest value and period, target
    /// and a sparkline. Its `data-` attributes are what the dashboard's script filters on.
    func tile(_ result: IndicatorResult, id: String, headingLevel: Int = 3) -> HTML {
        let status = result.assessment.status
        let heading = headingLevel == 2 ? "h2" : headingLevel == 4 ? "h4" : "h3"
        var body = HTML.element(heading, [("class", "target-tile__title")], indicatorLink(result, short: true))
        if let latest = result.latest {
            body += HTML.element("p", [("class", "target-tile__value")], value(latest, result)
                + .text(" ") + HTML.element("span", [("class", "target-tile__period")], .text("(\(strings.format.shortPeriod(latest.period)))")))
        } else {
            body += HTML.element("p", [("class", "target-tile__value target-tile__value--none")], .text(strings["no_data"]))
        }
        // The status and the trend on one line: the tile stays short enough for two rows of
        // tiles to fit the first screen.
        body += HTML.element("p", [("class", "target-tile__status")], ProgressBadge.render(status, strings: strings) + sparkline(result, id: id))
        body += HTML.element("p", [("class", "target-tile__target")], .text(strings["target"] + ": ") + targetText(result))
        let units = result.units.filter { $0.latest != nil }.map(\.code)
        return HTML.element("li", [("class", "target-tile status-border--\(status.rawValue)"), ("data-status", status.rawValue),
                                   ("data-kinds", unitKinds(result).map(\.rawValue).joined(separator: " ")),
                                   ("data-units", units.joined(separator: " "))], body)
    }

    /// The tiles of the targets given, most behind first.
    func tiles(_ results: [IndicatorResult], idPrefix: String, headingLevel: Int = 3) -> HTML {
        let items = Self.byUrgency(results).map { tile($0, id: "\(idPrefix)-\($0.indicator.id)", headingLevel: headingLevel) }
        return HTML.element("ul", [("class", "target-tiles")], HTML.joined(items, separator: "\n")) + .raw("\n")
    }

    /// How many targets have each status, most behind first; a count above zero links to the
    /// page of that status when `statusLinks` (the dashboard's own pages).
    func urgencyCounts(_ statuses: [ProgressStatus], statusLinks: Bool) -> HTML {
        let items = Self.urgency.map { status -> HTML in
            let count = statuses.filter { $0 == status }.count
            var text = ProgressBadge.render(status, strings: strings) + .text(": ") + HTML.element("strong", [], .text(String(count)))
            if statusLinks, count > 0 {
                text = HTML.element("a", [("href", link(data.statusPagePath(status)))], text)
            }
            return HTML.element("li", [("data-count", String(count))], text)
        }
        return HTML.element("ul", [("class", "status-counts status-counts--overview")], HTML.joined(items))
    }

    /// "Số liệu đến năm 2024." for the latest period of the results.
    func asOfLine(_ results: [IndicatorResult]) -> HTML {
        guard let asOf = results.compactMap(\.asOf).max() else { return .empty }
        return HTML.element("p", [("class", "overview-as-of")], .text("\(strings["progress_as_of"]) \(strings.format.period(asOf))."))
    }

    /// The whole overview for a page of prose: as of, the counts, the tiles.
    func overview(_ results: [IndicatorResult], idPrefix: String) -> HTML {
        HTML.element("div", [("class", "overview")], asOfLine(results)
            + urgencyCounts(results.map(\.assessment.status), statusLinks: true) + tiles(results, idPrefix: idPrefix))
    }
}
