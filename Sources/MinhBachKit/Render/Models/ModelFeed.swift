import Markup

/// An Atom feed of recognised models, newest first. Like the documents' feed it needs the
/// site's address, so it is made only when that is known.
struct ModelFeed {
    let catalog: ModelCatalog
    let data: DataCatalog
    let config: SiteConfig
    let strings: UIStrings

    func atom() -> OutputFile? {
        guard let base = config.baseURL else { return nil }
        let recognised = catalog.models.filter { $0.definition.status.isRecognised && $0.definition.year != nil }
        // A model is dated by the year it was recognised; its page's `date`, when given, is more precise.
        func timestamp(_ model: Model) -> String {
            model.page.meta.date.map { "\($0)T00:00:00Z" } ?? "\(model.definition.year!)-12-31T00:00:00Z"
        }
        let entries = recognised.sorted { (timestamp($0), $0.title) > (timestamp($1), $1.title) }
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(Escape.html(config.language))\">\n"
        xml += "<title>\(Escape.html(strings["models_feed_title"] + " – " + config.title))</title>\n"
        xml += "<id>\(Escape.html(base + catalog.feedPath))</id>\n"
        xml += "<link rel=\"self\" href=\"\(Escape.html(base + catalog.feedPath))\"/>\n"
        xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(Escape.html(base + catalog.galleryPath))\"/>\n"
        xml += "<updated>\(entries.first.map(timestamp) ?? "1970-01-01T00:00:00Z")</updated>\n"
        for model in entries {
            let url = base + model.page.outputPath
            let unit = data.units.unit(model.unitCode)?.name ?? model.unitCode
            xml += "<entry>\n<title>\(Escape.html(model.title))</title>\n"
            xml += "<id>\(Escape.html(url))</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"\(Escape.html(url))\"/>\n"
            xml += "<updated>\(timestamp(model))</updated>\n<author><name>\(Escape.html(unit))</name></author>\n"
            let summary = (model.definition.illustrative ? strings["illustrative"] + ". " : "") + (model.definition.summary ?? "")
            xml += "<summary>\(Escape.html(summary))</summary>\n</entry>\n"
        }
        xml += "</feed>\n"
        return OutputFile(path: catalog.feedPath, text: xml)
    }
}
