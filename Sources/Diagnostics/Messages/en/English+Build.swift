extension English {
    /// The build's progress lines.
    static let build: [String: String] = [
        "build.no-home-page": "the site has no home page: the content folder '{folder}' has no 'index.md'",
        "build.no-home-page-hint": "write '{folder}/index.md' with a 'title:' in its front matter, or start from a working site with 'minhbach new FOLDER'",
        "build.stage": "[{number}/{total}] {name}… {ms} ms",
        "build.stage.loading": "Loading content and theme",
        "build.stage.parsing": "Parsing {count} pages",
        "build.stage.resolving": "Resolving directives, references and links",
        "build.stage.rendering": "Rendering {count} pages",
        "build.stage.writing": "Writing {count} files",
        "build.stage.rendering-writing": "Rendering and writing {count} pages",
        "build.stage.placing": "Putting the {count} files in place",
        "build.search-reshaped": "Search index changed shape: whole site rebuilt ({count} files written).",
        "build.search-updated.one": "Search index updated in {ms} ms (1 file written).",
        "build.search-updated": "Search index updated in {ms} ms ({count} files written).",
        "build.leftovers.one": "1 leftover of interrupted builds: {names}",
        "build.leftovers": "{count} leftovers of interrupted builds: {names}",
        "build.leftovers.restored": "Put back the output folder from {folder}, left by an interrupted build.",
        "build.leftovers.restored-and-removed": "Put back the output folder from {folder} and removed {leftovers}.",
        "build.leftovers.removed": "Removed {leftovers}.",
    ]
}
