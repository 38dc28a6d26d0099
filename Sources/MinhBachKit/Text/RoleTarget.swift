/// What a linking role names: `target`, `target#anchor`, or `text <target#anchor>`, as in
/// ``{ref}`gioi-thieu#muc-tieu` `` and ``{doc}`Nghị quyết 25 <25-NQ/TW>` ``.
struct RoleTarget {
    /// The link text written before `<…>`, if any.
    var text: String?
    /// The whole target, `name#anchor`.
    var target: String
    /// What the target names before `#`: a page id, a heading id, a document number.
    var name: String
    var anchor: String?

    init(_ content: String) {
        var target = content.trimmingCharacters(in: .whitespaces)
        if target.hasSuffix(">"), let open = target.lastIndex(of: "<") {
            let label = target[..<open].trimmingCharacters(in: .whitespaces)
            text = label.isEmpty ? nil : label
            target = String(target[target.index(after: open)..<target.index(before: target.endIndex)])
        }
        self.target = target
        if let hash = target.firstIndex(of: "#") {
            name = String(target[..<hash])
            anchor = String(target[target.index(after: hash)...])
        } else {
            name = target
        }
    }
}
