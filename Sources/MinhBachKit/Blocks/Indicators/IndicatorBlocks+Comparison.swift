import Markup

/// How units compared at one period, and wholes made from changing units, are written: in words,
/// beside the value, so that neither rests on a footnote or on colour.
extension IndicatorBlocks {
    /// The units of the indicator with a value, or those of `kind`, compared at one period.
    func comparison(_ result: IndicatorResult, kind: OrganisationUnit.Kind? = nil) -> UnitComparison {
        UnitComparison(result, units: data.units, kind: kind)
    }

    /// "Không có số liệu năm 2025", then "gần nhất: 85,7 (2024)" and, for a unit no longer in
    /// force then, "đơn vị hết hiệu lực ngày 30/06/2025": what a chart's title or table says
    /// where the unit's bar or cell would be.
    /// `withPeriod: false` leaves out the first part, where the period and the absence are said
    /// already (a grid's cell of the category "no value for the compared period").
    static func missingText(_ missing: UnitComparison.Missing, period: ReportingPeriod, formatter: ValueFormatter,
                            units: UnitRegistry, strings: UIStrings, withPeriod: Bool = true) -> String {
        var parts = withPeriod ? [strings["comparison_missing"].replacing(every: "{period}", with: strings.format.period(period))] : []
        if let last = missing.last {
            parts.append(strings["comparison_last"].replacing(every: "{value}", with: formatter.full(last.value))
                .replacing(every: "{period}", with: strings.format.shortPeriod(last.period)))
        }
        if let ended = endedText(missing.code, before: period, units: units, strings: strings) { parts.append(ended) }
        return parts.joined(separator: "; ")
    }

    /// "đơn vị hết hiệu lực ngày 30/06/2025" when the unit is not in force in `period`.
    static func endedText(_ code: String, before period: ReportingPeriod, units: UnitRegistry, strings: UIStrings) -> String? {
        guard let unit = units.unit(code), !unit.exists(in: period), let end = unit.validTo, end < period.lastDay else { return nil }
        return strings["comparison_ended"].replacing(every: "{date}", with: strings.format.date(end))
    }

    /// The value cell of a unit missing from a comparison: the words first, emphasised; its last
    /// value after, with the mark of an illustrative value.
    func missingCell(_ missing: UnitComparison.Missing, period: ReportingPeriod, _ result: IndicatorResult) -> HTML {
        var html = HTML.element("em", [("class", "comparison-missing")],
                                .text(strings["comparison_missing"].replacing(every: "{period}", with: strings.format.period(period))))
        if let last = missing.last {
            let words = strings["comparison_last"].replacing(every: "{period}", with: strings.format.shortPeriod(last.period))
                .components(separatedBy: "{value}")
            html += .text("; " + (words.first ?? "")) + value(last, result, ofUnit: true) + .text(words.dropFirst().joined())
        }
        if let ended = Self.endedText(missing.code, before: period, units: data.units, strings: strings) { html += .text("; " + ended) }
        return html
    }

    /// "Xếp hạng các đơn vị, năm 2025": a comparison's caption names its period.
    func comparisonCaption(_ title: String, _ comparison: UnitComparison) -> String {
        comparison.period.map { "\(title), \(strings.format.period($0))" } ?? title
    }

    /// Beside a value of the whole made from other units than the value before it: "tổng hợp từ
    /// 7/7 đơn vị; năm 2024: 18/18 đơn vị — không cùng các đơn vị …". Nothing otherwise.
    func basisNote(_ result: IndicatorResult, at period: ReportingPeriod) -> HTML {
        guard let change = AggregateBasis.change(at: period, in: result) else { return .empty }
        let text = strings["basis_changed"]
            .replacing(every: "{n}", with: String(change.reporting)).replacing(every: "{m}", with: String(change.expected))
            .replacing(every: "{n0}", with: String(change.previousReporting))
            .replacing(every: "{m0}", with: String(change.previousExpected))
            .replacing(every: "{period}", with: strings.format.period(change.previousPeriod))
        return HTML.element("small", [("class", "basis-change")], .text(text))
    }

    /// A note after a value in the same cell, on a line of its own; nothing for no note.
    func separated(_ note: HTML) -> HTML {
        note == .empty ? .empty : HTML.void("br") + note
    }
}
