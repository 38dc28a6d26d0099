import Diagnostics

/// `unit_kinds:` in `site.yml`: kinds of unit beyond the eight built-in ones (a thôn, a tổ dân
/// phố…), or new names for a built-in one. `measured: false` keeps a kind's units out of every
/// indicator that does not name the kind in its own `unit_kinds:` (as the built-in `dang`,
/// `doan-the` and `su-nghiep` are kept out).
///
/// ```yaml
/// unit_kinds:
///   - code: thon
///     name: Thôn, bản
///     name_en: Village
///     local_government: true
///     measured: true
/// ```
extension SiteConfig {
    static let unitKindKeys = ["code", "name", "name_en", "local_government", "measured"]

    /// The built-in kinds (renamed where the site renames them) followed by the site's own, in
    /// the order written. A mistake is an error at its line; the entry is then left out.
    static func decodeUnitKinds(_ fields: inout YAMLFields) -> [UnitKind] {
        var kinds = UnitKind.defaults
        guard let node = fields.node("unit_kinds") else { return kinds }
        guard let items = node.list else {
            fields.diagnostics.error(at: fields.nodeLocation(node), Message("settings.unit-kinds-not-a-list"),
                                     hint: Message("settings.unit-kinds-example"))
            return kinds
        }
        var declared: Set<String> = []
        for item in items {
            var entry = YAMLFields(mapping: item, within: fields)
            defer {
                entry.reportUnknownKeys(known: unitKindKeys)
                fields.diagnostics.append(contentsOf: entry.diagnostics)
            }
            guard let code = entry.string("code", required: true) else { continue }
            let location = entry.node("code").map(entry.nodeLocation) ?? entry.location
            guard Slug.make(code) == code, !code.isEmpty else {
                entry.diagnostics.error(at: location, Message("settings.unit-kind-bad-code", ["code": .text(code)]),
                                        hint: code.isEmpty ? nil : Message("units.bad-code-hint", ["code": .text(Slug.make(code))]))
                continue
            }
            guard declared.insert(code).inserted else {
                entry.diagnostics.error(at: location, Message("settings.unit-kind-twice", ["code": .text(code)]))
                continue
            }
            let builtIn = UnitKind(rawValue: code)
            // A new kind needs a name to be shown by; a built-in one has the theme's.
            let name = entry.string("name", required: builtIn == nil)
            var kind = builtIn ?? UnitKind(code: code)
            kind.name = name ?? kind.name
            kind.englishName = entry.string("name_en") ?? kind.englishName
            kind.isLocalGovernment = entry.bool("local_government") ?? kind.isLocalGovernment
            kind.isMeasuredByDefault = entry.bool("measured") ?? kind.isMeasuredByDefault
            if let index = kinds.firstIndex(of: kind) { kinds[index] = kind } else { kinds.append(kind) }
        }
        return kinds
    }
}
