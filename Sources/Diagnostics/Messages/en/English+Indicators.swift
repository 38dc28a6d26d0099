extension English {
    /// Indicators, their definitions and targets, data files and their values.
    static let indicators: [String: String] = [
        "indicators.unit-of-other-kind": "indicator '{indicator}' covers units of kind {kinds}, not '{kind}'",
        // Numbers and lists inside messages (`MessageParts`).
        "indicators.number-decimal": "{sign}{whole}.{fraction}",
        "indicators.number-signed": "{sign}{whole}",
        "indicators.join-semicolon": "{first}; {next}",
        "indicators.period-hint": "periods are written 2024, 2024-H1, 2024-Q3, 2024-05 or 2020-2022",
        "indicators.not-a-period": "'{value}' is not a period",

        // The whole catalogue (`DataCatalog`).
        "indicators.no-units-registry": "the site has indicators or data but no units registry '{file}'",
        "indicators.no-units-registry-hint": "add content/{file} with the columns code,name,kind",

        // What definitions and cells refer to (`DataChecker`).
        "indicators.no-indicator": "no indicator '{id}'",
        "indicators.unit-not-in-registry": "no unit '{unit}' in the units registry",
        "indicators.target-unit-not-in-registry": "this target is for unit '{unit}', which is not in the units registry",
        "indicators.rate-target-needs-baseline": "a rate target ('change_per_year') needs the indicator's 'baseline' period",
        "indicators.derived-from-itself": "indicator '{id}' is derived from itself through other indicators",
        "indicators.no-document": "no document '{document}' on the site",
        "indicators.no-section": "document '{document}' has no section '{section}'",
        "indicators.quote-not-in-document": "these words are not in '{document}'",
        "indicators.quote-not-in-section": "these words are not in section '{section}' of '{document}'",
        "indicators.quote-hint": "copy the sentence exactly as the document writes it",
        "indicators.second-value": "a second value for '{indicator}', unit '{unit}', period {period}",
        "indicators.second-value-hint": "the first is at {location}",
        "indicators.unknown-indicator": "unknown indicator '{id}'",
        "indicators.unknown-indicator-hint": "each indicator is a page chi-tieu/<id>.md",
        "indicators.counts-models-not-data": "indicator '{id}' counts the model pages: its values are not given in data files",
        "indicators.derived-not-data": "indicator '{id}' is derived from '{from}': its values are computed, not given",
        "indicators.unknown-unit": "unknown unit '{unit}'",
        "indicators.unknown-unit-hint": "units are listed in the units registry",
        "indicators.unit-ended": "unit '{unit}' ended on {date}: it has no value for {period}",
        "indicators.unit-starts": "unit '{unit}' starts on {date}: it has no value for {period}",
        "indicators.unit-successor-hint": "give the value to its successor: {successors}",
        "indicators.score-outside-grades": "the score {value} is in no grade's range",
        "indicators.grades-hint": "the grades: {grades}",
        "indicators.grade-range": "{name} {from}{below}",
        "indicators.grade-from": "from {value}",
        "indicators.grade-below": " below {value}",
        "indicators.not-a-grade": "'{value}' is not a grade of indicator '{indicator}'",
        "indicators.not-a-grade-hint": "write one of {grades}",
        "indicators.percent-out-of-range": "a percentage of {value} is outside 0 to 100",
        "indicators.percent-hint": "write the share in percent (30,58 for 30,58%)",
        "indicators.rank-out-of-range": "rank {value} is not a whole number from 1 to {max}",
        "indicators.yes-no-value": "a yes-or-no value is 1 (yes) or 0 (no), not {value}",
        "indicators.negative-count": "a count cannot be negative",

        // Numbers as a file writes them (`NumberNotation`).

        // A data file's declaration (`DataFileDeclaration`).
        "indicators.bad-delimiter": "'{value}' is not ',' or ';'",
        "indicators.bad-decimal-mark": "the decimal mark is ',' or '.', not '{value}'",
        "indicators.bad-thousands": "the thousands separator is '.', ',', ' ' or 'none', not '{value}'",
        "indicators.thousands-same-as-decimal": "the thousands separator must differ from the decimal mark",
        "indicators.bad-layout": "'{value}' is not 'tidy' or 'wide'",

        // Data files (`ObservationReader`).
        "indicators.data-file-without-declaration": "this data file has no declaration '{declaration}'",
        "indicators.data-file-without-declaration-hint": "add it with 'decimal: \",\"' and 'thousands: \".\"' (or how the file writes numbers)",
        "indicators.declaration-without-data-file": "this declaration has no data file '{file}'",
        "indicators.column-not-a-period": "column '{column}' is neither a period nor one of {columns}",
        "indicators.unknown-status": "unknown status '{status}'",
        "indicators.unknown-status-hint": "official, estimate, derived or illustrative (chính thức, ước tính, suy ra, minh họa); provisional (sơ bộ) is read as estimate",
        "indicators.derived-needs-note": "a derived value needs a 'note' saying how it is computed",
        "indicators.derived-needs-note-hint": "e.g. \"34,90 = 30,58 + 4,32, from 'giảm 4,32% so với năm 2021'\"",

        // The series (`SeriesBuilder`).
        "indicators.baseline-differs": "the baseline value {given} differs from the data for {period} ({data})",
        "indicators.baseline-differs-hint": "remove 'baseline_value' or correct the data",

        // An indicator's front matter (`IndicatorDefinition`, `GradeScale`).
        "indicators.bad-money-unit": "'{value}' is not 'đồng', 'nghìn đồng', 'triệu đồng' or 'tỷ đồng'",
        "indicators.money-needs-unit": "a money indicator needs 'money_unit' (triệu đồng or tỷ đồng)",
        "indicators.rank-needs-rank-of": "a rank indicator needs 'rank_of': out of how many it ranks",
        "indicators.bad-decimals": "use 0 to 6 digits",
        "indicators.grade-needs-grades": "a grade indicator needs 'grades': its grades, best first",
        "indicators.grade-needs-grades-hint": "grades: [{code: tot, name: Tốt}, {code: kha, name: Khá}]",
        "indicators.grade-direction": "grades are ordered by their list, best first: leave 'direction' out",
        "indicators.grades-only-for-grade": "'grades' is only for 'measure: grade'",
        "indicators.weighted-mean-needs-weight": "'weighted-mean' needs 'weight_by': the indicator whose values weigh",
        "indicators.needs-threshold": "'{aggregate}' needs 'threshold': the value a unit must reach",
        "indicators.share-is-percent": "a share of units is a percentage: write 'measure: percent'",
        "indicators.derive-needs-from": "'derive' needs 'from': the indicator it is derived from",
        "indicators.weight-only-for-weighted-mean": "'weight_by' is only for 'aggregate: weighted-mean'",
        "indicators.targets-not-a-list": "'targets' must be a list of '- period: …' items",
        "indicators.target-not-a-rate": "a {measure} target is a 'value', not a rate",
        "indicators.target-value-and-rate": "a target has 'value' or 'change_per_year', not both",
        "indicators.target-needs-value": "a target needs 'value' or 'change_per_year'",
        "indicators.target-unit-and-kind": "a target is for one unit or for a kind of unit, not both",
        "indicators.bad-yes-no-target": "a yes-no target is 'yes' (có) or 'no' (không), not '{value}'",
        "indicators.target-not-a-grade": "'{value}' is not one of the indicator's grades",
        "indicators.target-grade-hint": "write the lowest grade that meets the target: {grades}",
        "indicators.target-text-needs-document": "'target_text' needs 'document': the id of the scheme's page",
        "indicators.grades-not-a-list": "'grades' must be a list of '- code: …' items, best first",
        "indicators.grades-list-hint": "- {code: kha, name: Khá, name_en: Fair, min: 65, max: 80}",
        "indicators.grade-max-below-min": "'max' ({max}) must be above 'min' ({min})",
        "indicators.grade-declared-twice": "grade '{code}' is declared twice",
    ]
}
