import Diagnostics

extension YAMLFields {
    /// A value that has the right type but not an allowed value, said in the reader's language:
    /// `invalid 'baseline': '2024-13' is not a period`. (`reportInvalid(_:_:hint:)` says it in
    /// English only.)
    mutating func reportInvalid(_ key: String, because problem: Message, hint: Message? = nil) {
        let at = node(key).map(nodeLocation) ?? location
        diagnostics.error(at: at, Message("indicators.invalid-field", ["key": .text(key), "problem": .message(problem)]), hint: hint)
    }
}
