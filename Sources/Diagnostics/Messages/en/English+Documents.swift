extension English {
    /// Official documents: their front matter, numbers, relations and section numbering.
    static let documents: [String: String] = [
        "documents.number-twice": "two documents have the number '{number}': this one and {other}",
        "documents.number-twice-hint": "a number must name one document; correct one of them",
        "documents.unknown-relation-target": "'{relation}' names '{target}', which is not a document of the site",
        "documents.unknown-relation-target-hint": "name a document by its file name (without .md) or its number, or add a record of it to {folder}/",
        "documents.related-to-itself": "a document cannot be related to itself",
        "documents.unknown-kind": "unknown kind of document '{kind}'",
        "documents.kinds-hint": "known kinds: {kinds}",
        "documents.number-with-spaces": "a number and code has no spaces, e.g. '27-KH/BDVTU-BCSD'",
        "documents.bad-system": "'{system}' is neither 'state' nor 'party'",
        "documents.bad-system-hint": "party documents carry ĐẢNG CỘNG SẢN VIỆT NAM; state ones the national title",
        "documents.not-a-date": "'{date}' is not a date",
        "documents.date-hint": "write YYYY-MM-DD, or YYYY-MM / YYYY when the day or month is left blank",
        "documents.unknown-status": "unknown status '{status}'",
        "documents.statuses-hint": "one of: {statuses}",
        "documents.not-a-period": "'{period}' is not a period",
        "documents.period-hint": "write 2023, 2023-2025, 2023- (no end), 2021-H1 or 2024-Q3",
        "documents.numbering-skips": "section '{section}' follows '{previous}': the numbering skips or repeats",
        "documents.numbering-skips-at-start": "section '{section}' follows the start of its section: the numbering skips or repeats",
        "documents.numbering-skips-hint": "check that no heading was lost, or that this heading is numbered as printed",
    ]
}
