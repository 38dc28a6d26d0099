/// Interface strings that depend on the site as well as the theme: the names of the kinds of
/// unit the site declares, and what its targets belong to ("Các chỉ tiêu của kế hoạch").
extension UIStrings {
    public func adapted(to config: SiteConfig, pages: [ParsedPage]) -> UIStrings {
        var strings = self
        for kind in config.unitKinds {
            // In English, a kind the theme names keeps the theme's word unless the site gives
            // an English one; a kind of the site's own is named in whatever words it has.
            let name = language == "vi" ? kind.name : kind.englishName ?? (table[kind.stringKey] == nil ? kind.name : nil)
            if let name { strings.table[kind.stringKey] = name }
        }
        if let template = table["progress_targets_of"] {
            if let programme = programme(config: config, pages: pages) {
                strings.table["progress_targets"] = template.replacing(every: "{programme}", with: programme)
            } else if let plain = table["progress_targets_plain"] {
                strings.table["progress_targets"] = plain
            }
        }
        return strings
    }

    /// `programme_name`, else the name of `programme_kind`, else the kind of the site's
    /// documents when they are all of one kind; nil for none or several ("Các chỉ tiêu").
    func programme(config: SiteConfig, pages: [ParsedPage]) -> String? {
        if let name = config.programmeName { return name }
        let kinds = config.programmeKind.map { [$0] } ?? Array(Set(pages.compactMap { $0.officialDocument?.kind }))
        guard kinds.count == 1 else { return nil }
        return kinds[0].name(in: language).lowercased()
    }
}
