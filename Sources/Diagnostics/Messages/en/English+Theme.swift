extension English {
    /// The loader (the content and theme folders) and the built-in theme (`minhbach theme export`).
    static let theme: [String: String] = [
        "load.content-folder-missing": "the content folder '{path}' does not exist",
        "load.content-folder-missing-hint": "give another folder with --content",
        "load.theme-folder-missing": "the theme folder '{path}' does not exist",
        "load.theme-folder-missing-hint": "give another folder with --theme",
        "load.broken-link": "this is a symbolic link to a file that does not exist",
        "load.broken-link-to": "this is a symbolic link to a file that does not exist ('{target}')",
        "load.broken-link-hint": "restore the file it points to, or remove the link",
        "load.link-outside-content": "this link leads outside the content folder and is not read",
        "load.link-outside-theme": "this link leads outside the theme folder and is not read",
        "load.cannot-read": "cannot read this file",
        "load.changed-while-building": "this file changed while the site was being built",
        "load.changed-while-building-hint": "build again once the file is saved; the previous site is left as it was",
        "theme.export-not-empty": "the folder '{path}' is not empty; the theme is written only into a new or empty folder",
        "theme.export-not-empty-hint": "give a folder that does not exist yet, e.g. 'minhbach theme export my-theme'",
        "theme.export-not-folder": "'{path}' is a file, not a folder",
        "theme.exported": "Wrote the built-in theme ({count} files) into {path}.",
        "theme.exported-use": "A folder named 'theme' beside 'content' is used by itself; another folder with --theme {path}. Each file there replaces the built-in one of the same name; a file you delete comes from the built-in theme again.",
    ]
}
