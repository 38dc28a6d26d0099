import Diagnostics

extension YAMLFields {
    /// A value from a fixed list (`measure: percent`, `status: nhan-rong`); anything else is
    /// reported at the value, with the nearest name as a hint.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type, required: Bool = false) -> T?
        where T.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        if let value = T(rawValue: text) { return value }
        let names = T.allCases.map(\.rawValue)
        reportInvalid(key, Message("yaml.not-one-of", ["value": .text(text), "choices": .text(names.joined(separator: ", "))]),
                      hint: Suggestion.message(for: text, among: names))
        return nil
    }
}
