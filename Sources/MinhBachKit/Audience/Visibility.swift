import Diagnostics

/// Who may see one item: a page (front matter `visibility:`), a data file (its `.yml`), a row
/// (a `visibility` column). Read the same way everywhere, so a later kind of file (tasks,
/// progress reports) takes it with one call: `Visibility.decode(&fields)` or
/// `Visibility.read(row, column:)`.
public enum Visibility: String, Sendable, CaseIterable, Equatable {
    case `public`, `internal`

    public static let key = "visibility"

    /// Shown to this audience: public items to everyone, internal ones to the internal build.
    public func isShown(to audience: Audience) -> Bool { self == .public || audience == .internal }

    /// The value as written: `public` or `internal`, or the Vietnamese `công khai`, `nội bộ`
    /// (any case, with or without tone marks); nil for anything else.
    public init?(text: String) {
        switch Slug.make(text) {
        case "public", "cong-khai": self = .public
        case "internal", "noi-bo": self = .internal
        default: return nil
        }
    }

    static let hint = Message("audience.visibility-hint")

    /// The `visibility:` field of a front matter or declaration; `.public` when it is absent,
    /// and a problem at its value when it is anything else.
    public static func decode(_ fields: inout YAMLFields) -> Visibility {
        guard let text = fields.string(key) else { return .public }
        guard let visibility = Visibility(text: text) else {
            fields.reportInvalid(key, Message("audience.bad-visibility", ["value": .text(text)]), hint: hint)
            return .public
        }
        return visibility
    }

    /// A row's `visibility` cell; `fallback` (the file's) when the cell is absent or empty, and a
    /// problem at the cell when it says anything else. An unreadable cell counts as internal:
    /// the build fails anyway, and nothing of doubtful standing is published meanwhile.
    static func read(_ row: CSVFile.Row, column: String = key, fallback: Visibility, diagnostics: inout Diagnostics) -> Visibility {
        guard let text = row[column], !text.isEmpty else { return fallback }
        guard let visibility = Visibility(text: text) else {
            diagnostics.error(at: row.location(column), Message("audience.unknown-visibility", ["value": .text(text)]), hint: hint)
            return .internal
        }
        return visibility
    }
}
