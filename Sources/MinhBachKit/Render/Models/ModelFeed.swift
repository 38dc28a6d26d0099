/// An Atom feed of recognised models, newest first. Like the documents' feed it needs the
/// site's address, so it is made only when that is known.
struct ModelFeed {
    let catalog: ModelCatalog
    let data: DataCatalog
    let config: SiteConfig
    let strings: UIStrings

    func atom() -> OutputFile? {
        guard let base = config.baseURL else { return nil }
        // A model is dated by the year it was recognised; its page's `date`, when given, is more precise.
        func timestamp(_ model: Model) -> String {
            model.page.date.map { "\($0)T00:00:00Z" } ?? "\(model.definition.year!)-12-31T00:00:00Z"
        }
        let recognised = catalog.models.filter { $0.definition.status.isRecognised && $0.definition.year != nil }
        let entries = recognised.sorted { (timestamp($0), $0.title) > (timestamp($1), $1.title) }.map { model in
            AtomFeed.Entry(title: model.title, url: base + model.page.outputPath, updated: timestamp(model),
                           author: data.units.unit(model.unitCode)?.name(in: strings.language) ?? model.unitCode,
                           summary: (model.definition.illustrative ? strings["illustrative"] + ". " : "") + (model.definition.summary ?? ""))
        }
        return AtomFeed(language: config.language, title: strings["models_feed_title"] + " – " + config.title,
                        selfURL: base + catalog.feedPath, pageURL: base + catalog.galleryPath, entries: entries).file(at: catalog.feedPath)
    }
}
