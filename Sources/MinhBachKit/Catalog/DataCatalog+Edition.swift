extension DataCatalog {
    /// The catalog as an edition in another language shows it: the same units, values and
    /// results — read, checked and computed once — with the edition's pages of the indicators
    /// and models (translated titles, `short_title`, `unit_label`, `money_unit`, summaries) and
    /// its documents. Only labels change, so this costs a look-up per indicator and model.
    public func edition(pages: [ParsedPage], documents: DocumentCatalog) -> DataCatalog {
        var byID: [String: ParsedPage] = [:]
        for page in pages where (page.indicator != nil || page.model != nil) && byID[page.id] == nil { byID[page.id] = page }
        var edition = self
        edition.documents = documents
        var cited: [String: String] = [:]
        func translated(_ indicator: Indicator) -> Indicator {
            guard let page = byID[indicator.page.id], let definition = page.indicator else { return indicator }
            var indicator = indicator
            let original = indicator.page.contentPath
            if page.source.relativePath != original { cited[original] = page.source.relativePath }
            indicator.page = page.reference
            indicator.definition = definition
            return indicator
        }
        edition.indicators = indicators.map(translated)
        edition.results = results.mapValues { result in
            var result = result
            result.indicator = translated(result.indicator)
            return result
        }
        edition.citedPages = cited
        edition.models = models.edition(pages: byID)
        return edition
    }

    /// The file a value cites, as this edition names it: a count of models cites the
    /// indicator's page, which an English edition has translated.
    public func citedFile(_ observation: Observation) -> String { citedPages[observation.file] ?? observation.file }
}
