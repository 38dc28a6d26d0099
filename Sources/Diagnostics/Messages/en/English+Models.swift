extension English {
    /// The "Dân vận khéo" models: their pages and the fields vocabulary.
    static let models: [String: String] = [
        "models.no-fields-file": "the models need a fields vocabulary, {file}",
        "models.no-fields-file-hint": "a CSV file with the columns code,name, one row per field (lĩnh vực)",
        "models.replicated-by-builder": "a model is replicated by other units, not by the unit that built it",
        "models.unknown-field": "unknown field '{field}'",
        "models.fields-hint": "fields: {fields}",
        "models.image-not-found": "image file '{image}' not found under content/",
        "models.image-not-found-hint": "name a PNG, JPEG or GIF file relative to this page",
        "models.bad-field-code": "'{code}' is not a field code (lowercase letters, digits and hyphens)",
        "models.field-defined-twice": "field '{code}' is already defined",
        "models.field-without-name": "field '{code}' has no name",
        "models.needs-unit": "a model needs 'unit': the code of the unit that built it",
        "models.needs-field": "a model needs 'field': the code of its field (lĩnh vực)",
        "models.needs-year": "a model needs 'year': when it was recognised (or started)",
        "models.implausible-year": "{year} is not a plausible year",
        "models.replicated-by-needs-status": "'replicated_by' is for models whose status is 'nhan-rong'",
        "models.image-needs-alt": "the image needs 'image_alt': what it shows, for readers who cannot see it",
        "models.image-needs-alt-hint": "add a line image_alt: \"…\" describing the picture",
        "models.results-not-a-list": "'results' must be a list of '- label: …' items",
        "models.result-needs-value": "a result needs 'value': a number",
    ]
}
