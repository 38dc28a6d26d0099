import Charts
import Formatting

/// Writes an indicator's values in the page's language, with their unit: `30,58%`, `41.977 hộ`,
/// `13.963,91 tỷ đồng`, `62/63`, `Có`, `Tốt`, `−4,32 điểm %` · `41,977 households`,
/// `13,963.91 billion dong`.
struct ValueFormatter {
    let definition: IndicatorDefinition
    let strings: UIStrings

    /// The value alone, for table cells with the unit in the header.
    func number(_ value: Double) -> String {
        switch definition.measure {
        case .yesNo: value >= 1 ? strings["yes"] : strings["no"]
        case .grade: gradeName(value) ?? strings.format.numbers.string(value, decimals: 0)
        case .rank: strings.format.numbers.string(value, decimals: 0)
        default: strings.format.numbers.string(value, decimals: definition.decimals)
        }
    }

    /// The value with its unit, as a sentence writes it.
    func full(_ value: Double) -> String { number(value) + suffix }

    /// A change of the value, as a sentence writes it: a percentage changes by points
    /// (−4,32 điểm %), not by percent.
    func change(_ value: Double) -> String {
        guard definition.measure == .percent, definition.derive != .change else { return full(value) }
        return strings.format.numbers.string(value, decimals: definition.decimals) + " " + strings["percent_points"]
    }

    /// What follows the number: `%`, ` điểm %`, ` hộ`, ` tỷ đồng`, `/63`, or nothing.
    var suffix: String {
        switch definition.measure {
        case .percent: definition.derive == .change ? " " + strings["percent_points"] : "%"
        case .count, .index, .money: unitName.map { " " + $0 } ?? ""
        case .rank: definition.rankOf.map { "/\($0)" } ?? ""
        case .yesNo, .grade: ""
        }
    }

    /// The unit of a count, an index or money, in the page's language: `hộ`, `tỷ đồng` ·
    /// `households` (the translation's `unit_label`), `billion dong` (LocaleFormat's table).
    var unitName: String? {
        switch definition.measure {
        case .count, .index: definition.unitLabel
        case .money: definition.moneyUnit.map(strings.format.moneyUnit)
        default: nil
        }
    }

    /// The name of the grade a value stands for, in the page's language.
    func gradeName(_ value: Double) -> String? {
        guard let scale = definition.grades, let grade = scale.grade(for: value) else { return nil }
        return scale.name(of: grade, language: strings.language)
    }

    /// How a chart writes these values: the same decimals and unit; a grade by its name.
    var chartFormat: ChartValueFormat {
        var format = ChartValueFormat(decimals: definition.decimals, suffix: suffix, numbers: strings.format.numbers)
        if let scale = definition.grades, definition.measure == .grade {
            format.names = Dictionary(scale.grades.map { (scale.value(of: $0), scale.name(of: $0, language: strings.language)) },
                                      uniquingKeysWith: { a, _ in a })
        }
        return format
    }

    /// A threshold a unit must reach, as a phrase: "≥ 2 mô hình", "Có".
    func threshold(_ value: Double) -> String {
        if definition.measure == .yesNo { return full(value) }
        return (definition.direction == .higher ? "≥ " : "≤ ") + full(value)
    }
}
