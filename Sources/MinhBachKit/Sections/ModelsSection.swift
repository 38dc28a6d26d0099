import Diagnostics
import Markup
import Search

/// "Dân vận khéo" models (`models_folder`): each page presents one; the section makes the
/// gallery, a page per field, unit, level and year, the Atom feed and the models' images.
struct ModelsSection: PageKind, SectionRenderer {
    let name = "models"

    func folder(in config: SiteConfig) -> String { config.modelsFolder }
    var keys: [String] { ModelDefinition.keys }
    var translationKeys: [String] { ["summary", "image_alt"] }

    func decode(_ fields: inout YAMLFields, config: SiteConfig) -> (any PageFields)? { ModelDefinition.decode(&fields) }

    func translated(_ original: any PageFields, by fields: inout YAMLFields) -> any PageFields {
        guard var model = original as? ModelDefinition else { return original }
        if let summary = fields.string("summary") { model.summary = summary }
        if let alt = fields.string("image_alt") { model.imageAlt = alt }
        return model
    }

    func entryPage(_ resolved: ResolvedPage, site: SiteIndex, layout: SiteRenderer) -> SectionPage? {
        let page = resolved.page
        guard let definition = page.model else { return nil }
        let model = Model(page: page.reference, definition: definition)
        let content = layout.modelPages(site, at: page.outputPath).modelPage(model, body: resolved.bodyHTML).rendered
        return SectionPage(content: HTMLBytes(content), kind: "model", searchKind: .model)
    }

    /// The gallery, a page per facet value, the feed and the models' images; nothing without models.
    func files(site: SiteIndex, introPage: ResolvedPage?, layout: SiteRenderer, into made: inout SectionFiles) {
        let catalog = site.models
        guard !catalog.isEmpty else { return }
        let strings = layout.strings
        var files: [OutputFile] = []
        let galleryTitle = introPage?.page.meta.title ?? strings["models_title"]
        func page(_ path: String, title: String, content: (ModelPages) -> HTML, script: Bool = false) {
            let isGallery = path == catalog.galleryPath
            files.append(layout.generatedPage(path, title: title, kind: "models", content: HTMLBytes(content(layout.modelPages(site, at: path)).rendered),
                                              crumbs: isGallery ? [(galleryTitle, nil)] : [(galleryTitle, catalog.galleryPath), (title, nil)],
                                              description: isGallery ? introPage?.page.description : nil, currentID: introPage?.page.id,
                                              script: script ? layout.assets.outputPaths["static/models.js"] : nil, search: isGallery ? .model : nil))
        }
        page(catalog.galleryPath, title: galleryTitle, content: { $0.gallery(intro: introPage?.bodyHTML ?? "") }, script: true)
        for field in catalog.fields where catalog.models.contains(where: { $0.fieldCode == field.code }) {
            page(catalog.fieldPath(field.code), title: "\(strings["model_field"]): \(field.name(in: strings.language))",
                 content: { $0.facetPage(catalog.models.filter { $0.fieldCode == field.code }) })
        }
        for code in site.data.units.codes where catalog.models.contains(where: { $0.unitCode == code }) {
            page(catalog.unitPath(code), title: site.data.units.unit(code)?.name(in: strings.language) ?? code,
                 content: { $0.facetPage(catalog.models(ofUnit: code)) })
        }
        for level in ModelDefinition.Level.allCases where catalog.models.contains(where: { $0.definition.level == level }) {
            page(catalog.levelPath(level), title: "\(strings["model_level"]): \(strings[level.stringKey])",
                 content: { $0.facetPage(catalog.models.filter { $0.definition.level == level }) })
        }
        for year in catalog.years {
            page(catalog.yearPath(year), title: "\(strings["model_year"]) \(year)",
                 content: { $0.facetPage(catalog.models.filter { $0.definition.year == year }) })
        }
        if let feed = ModelFeed(catalog: catalog, data: site.data, config: layout.config, strings: strings).atom() { files.append(feed) }
        files += layout.modelPages(site, at: catalog.galleryPath).imageFiles(diagnostics: &made.problems)
        made.add(files, by: .section(Message("settings.index.gallery"), setting: "models_folder", config: layout.config))
    }

    /// The gallery, the facet pages and the feed are made from the models' pages: an edit of
    /// one builds the site again.
    func editKeepsSection(from old: ParsedPage, to new: ParsedPage, site: SiteIndex) -> Bool { false }
}
