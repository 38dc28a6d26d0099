extension English {
    /// What a new site is warned about: an indicator whose whole cannot have a value, a section
    /// no reader can reach.
    static let newcomer: [String: String] = [
        "newcomer.no-whole-value": "indicator '{indicator}' has values by unit but no way to make the value of the whole ('{whole}'): the whole shows no data",
        "newcomer.no-whole-value-hint": "say how the units make the whole with 'aggregate:' in this front matter: sum, mean, weighted-mean (with 'weight_by'), share or count (with 'threshold'); or give the whole's values in rows for unit '{whole}'",
        "newcomer.unreachable-section": "no menu entry or page links to {section} ({path}): readers cannot reach it",
        "newcomer.unreachable-hidden-hint": "remove 'menu: false' here, or link to '{link}' from another page",
        "newcomer.unreachable-section-hint": "keep the menu in the theme's layout, or link to '{link}' from another page",
        "newcomer.unreachable-menu-hint": "keep the menu in the theme's layout: it lists {section}",
    ]
}
