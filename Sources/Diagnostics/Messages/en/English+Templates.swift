extension English {
    /// The theme's templates checked at build start against the views they are given, and the
    /// UI strings they and the code ask for.
    static let templates: [String: String] = [
        "templates.unknown-name": "unknown name '{name}' (not in {views})",
        "templates.no-names-inside": "'{name}': '{part}' is read inside a value that has no names",
        "templates.ui-string-missing": "missing UI string '{key}' for language '{language}' (add it to {file})",
    ]
}
