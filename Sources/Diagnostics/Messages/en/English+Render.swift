extension English {
    /// Templates and UI strings of the theme (`Render`).
    static let render: [String: String] = [
        "render.template-error": "template error: {message}",
        "render.missing-template": "the theme has no templates/{name}.mustache",
        "render.template.closes-other-section": "'{tag}' closes no open section; '{open}' is open",
        "render.template.closes-no-section": "'{tag}' closes no open section",
        "render.template.comment-not-closed": "this comment is never closed",
        "render.template.triple-not-closed": "'{{{' must end with '}}}'",
        "render.template.inheritance": "template inheritance and configuration tags are not supported",
        "render.template.section-not-closed": "'{tag}' is never closed",
        "render.template.section-close-hint": "add '{tag}'",
        "render.template.transforms": "'{name}': transforms are not supported",
        "render.template.tag-not-closed": "this tag is not closed by '{end}'",
        "render.template.name-hint": "a name is made of letters, digits and . - _ ?",
        "render.template.delimiters": "a delimiter change is written '{{=<% %>=}}'",
        "render.template.with-hint": "{message} ({hint})",
        "render.ui-string-missing": "missing UI string '{key}' (present in {file})",
        "render.ui-string-extra": "UI string '{key}' is not in {file}",
    ]
}
