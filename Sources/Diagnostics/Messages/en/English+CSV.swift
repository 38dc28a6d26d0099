extension English {
    /// CSV files read as tables (data files, the units registry, `{csv-table}`), and the numbers
    /// in their cells as the declaration says they are written.
    static let csv: [String: String] = [
        "csv.unclosed-quote": "unclosed quote: the field that starts here never ends",
        "csv.unclosed-quote-hint": "close the field with \" or write a quote inside a field as \"\"",
        "csv.text-after-quote": "unexpected text after the closing quote of field {field}",
        "csv.text-after-quote-hint": "put the whole field inside the quotes",
        "csv.quote-in-unquoted-field": "a quote inside an unquoted field",
        "csv.quote-hint": "quote the whole field and double the inner quote: \"a \"\"b\"\" c\"",
        "csv.too-many-fields": "row has {count} fields, the header has {width}",
        "csv.too-many-fields-hint": "a field that contains '{delimiter}' must be quoted",
        "csv.too-few-fields": "this row has {count} of the header's {width} fields: {missing} missing",
        "csv.too-few-fields-hint": "an empty cell still needs its '{delimiter}' (write '{example}' when the last cells are empty); a value with a line break must be quoted",
        "csv.wrong-delimiter": "the header splits into {count} columns with '{other}' but only 1 with '{delimiter}', the delimiter this file is read with",
        "csv.wrong-delimiter-declaration-hint": "write the line 'delimiter: \"{other}\"' in the declaration '{declaration}'",
        "csv.wrong-delimiter-fixed-hint": "this file's fields are separated by '{delimiter}': save it again as CSV with '{delimiter}'",
        "csv.empty-file": "the file is empty",
        "csv.empty-file-hint": "the first row names the columns",
        "csv.unknown-column": "unknown column '{name}'",
        "csv.columns": "columns: {columns}",
        "csv.column-twice": "column '{name}' is given twice",
        "csv.missing-column": "missing column '{name}'",
        "csv.missing-column-hint": "the header row must name: {columns}",
        "notation.not-a-number": "'{text}' is not a number",
        "notation.thousands-misplaced": "'{text}' has a thousands separator '{thousands}' in the wrong place",
        "notation.thousands-misplaced-hint": "this file declares decimal '{decimal}' and thousands '{thousands}'; check the declaration or the number",
        "notation.percent-hint": "write the number without '%': the indicator's measure says it is a percentage",
        "notation.letters-hint": "write the number alone; units and words go in the 'note' column",
        "notation.decimal-hint": "this file declares '{decimal}' as its decimal mark; write {number}",
        "notation.more-rows": "the same in {count} more rows of this file (lines {lines})",
        "notation.one-more-row": "the same in 1 more row of this file (line {lines})",
    ]
}
