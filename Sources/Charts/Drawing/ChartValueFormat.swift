import Formatting

/// How a chart writes its values: in labels compactly (`13,96 nghìn tỷ đồng`), in its data
/// table in full (`13.963,91`), on its axis with the decimals the tick step needs.
public struct ChartValueFormat: Sendable {
    public var decimals: Int
    /// Written after the number: `"%"`, `" hộ"`, `" tỷ đồng"` (with its own leading space).
    public var suffix: String
    /// Written before: `"hạng "`.
    public var prefix: String
    public var numbers: NumberFormat
    /// Values that stand for words (a grade's number stands for "Khá"): written as the word,
    /// never as the number; ticks between them stay blank.
    public var names: [Double: String] = [:]

    public init(decimals: Int = 0, prefix: String = "", suffix: String = "", numbers: NumberFormat = .vietnamese) {
        self.decimals = decimals
        self.prefix = prefix
        self.suffix = suffix
        self.numbers = numbers
    }

    /// For labels and sentences: large numbers compact, with the unit.
    public func label(_ value: Double) -> String {
        if !names.isEmpty { return names[value] ?? "" }
        let number = abs(value) >= 10_000 ? numbers.compact(value) : numbers.string(value, decimals: decimals)
        return prefix + number + suffix
    }

    /// For the data table, whose header names the unit: the number in full.
    public func exact(_ value: Double) -> String { names.isEmpty ? numbers.string(value, decimals: decimals) : names[value] ?? "" }

    /// The number a table cell (and so the chart's CSV) carries: none for a value that stands
    /// for a word, so that the CSV writes "Khá", not 3.
    public func tableNumber(_ value: Double) -> Double? { names.isEmpty ? value : nil }

    /// For an axis tick: compact when the axis reaches a hundred thousand; `%` kept, other units
    /// are named once in the legend or the table.
    func tick(_ value: Double, scale: NiceScale) -> String {
        if !names.isEmpty { return names[value] ?? "" }
        let largest = max(abs(scale.lower), abs(scale.upper))
        let number = largest >= 100_000 ? numbers.compact(value, decimals: 2) : numbers.string(value, decimals: scale.decimals)
        return suffix == "%" ? number + "%" : number
    }
}
