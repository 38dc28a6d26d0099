extension English {
    /// `minhbach new`: the folder refused, what was written, what to do next.
    static let starter: [String: String] = [
        "starter.folder-not-empty": "refusing to write a new site into '{folder}': the folder is not empty",
        "starter.not-a-folder": "refusing to write a new site into '{folder}': it is a file, not a folder",
        "starter.folder-not-empty-hint": "give the name of a new folder (it will be made) or of an empty one; nothing was written",
        "starter.created": "Created a new site ({kind}, {language}) in {folder}: {count} files.",
        "starter.next": "Next:",
        "starter.next-open": "then open http://127.0.0.1:1313/ in a browser; edit the files under content/ and the page reloads by itself.",
        "starter.language-vi": "Vietnamese",
        "starter.language-en": "English",
    ]
}
