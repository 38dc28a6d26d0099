/// Writes an indicator's values the Vietnamese way, with their unit: `30,58%`, `41.977 hộ`,
/// `13.963,91 tỷ đồng`, `62/63`, `Có`, `Tốt`, `−4,32 điểm %`.
struct ValueFormatter {
    let definition: IndicatorDefinition
    let strings: UIStrings

    /// The value alone, for table cells with the unit in the header.
    func number(_ value: Double) -> String {
        switch definition.measure {
        case .yesNo: value >= 1 ? strings["yes"] : strings["no"]
        case .grade: Grade(rawValue: Int(value.rounded()))?.name ?? VietnameseNumber.format(value, decimals: 0)
        case .rank: VietnameseNumber.format(value, decimals: 0)
        default: VietnameseNumber.format(value, decimals: definition.decimals)
        }
    }

    /// The value with its unit, as a sentence writes it.
    func full(_ value: Double) -> String {
        let text = number(value)
        switch definition.measure {
        case .percent: return definition.derive == .change ? "\(text) \(strings["percent_points"])" : text + "%"
        case .count: return definition.unitLabel.map { "\(text) \($0)" } ?? text
        case .money: return definition.moneyUnit.map { "\(text) \($0)" } ?? text
        case .rank: return definition.rankOf.map { "\(text)/\($0)" } ?? text
        case .index: return definition.unitLabel.map { "\(text) \($0)" } ?? text
        case .yesNo, .grade: return text
        }
    }

    /// A threshold a unit must reach, as a phrase: "≥ 2 mô hình", "Có".
    func threshold(_ value: Double) -> String {
        if definition.measure == .yesNo { return full(value) }
        return (definition.direction == .higher ? "≥ " : "≤ ") + full(value)
    }
}
