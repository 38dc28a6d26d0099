extension English {
    /// The units registry (`don-vi.csv`) and the kinds of unit.
    static let units: [String: String] = [
        "units.bad-code": "'{code}' is not a unit code (lowercase letters, digits and hyphens)",
        "units.bad-code-hint": "write '{code}'",
        "units.duplicate": "unit '{code}' is already defined on line {line}",
        "units.unknown-kind": "unknown kind of unit '{kind}'",
        "units.declared-kinds": "the kinds of unit are: {kinds}; a site declares others under 'unit_kinds:' in site.yml",
        "units.no-name": "unit '{code}' has no name",
        "units.bad-date": "'{text}' is not a date written YYYY-MM-DD",
        "units.ends-before-start": "unit '{code}' ends ({to}) before it starts ({from})",
        "units.unknown-parent": "unknown parent unit '{code}'",
        "units.own-ancestor": "unit '{code}' is its own ancestor",
        "units.succeeds-itself": "unit '{code}' cannot succeed itself",
        "units.unknown-successor": "unknown successor unit '{code}'",
        "units.ended-without-successors": "unit '{code}' ends on {date} but names no successors",
        "units.ended-without-successors-hint": "name the units that took over its tasks, separated by ';'",
        "units.successors-without-end": "unit '{code}' has successors but no 'valid_to' date",
    ]
}
