import Diagnostics

/// Documents that name their issuer as a unit of the registry (`issuer_unit:`): the link from a
/// document to its unit's page, and the unit page's list of the documents it issued.
extension DataCatalog {
    /// An `issuer_unit:` that is no unit of the registry, at its value with a "did you mean".
    /// Checked here, where both the documents and the registry are known.
    static func issuerUnitProblems(_ documents: DocumentCatalog, units: UnitRegistry, unitsFile: String) -> Diagnostics {
        var diagnostics = Diagnostics()
        for entry in documents.entries {
            guard let code = entry.meta.issuerUnit, units.unit(code.text) == nil else { continue }
            diagnostics.error(at: code.location, Message("bodies.unknown-issuer-unit", ["unit": .text(code.text)]),
                              hint: Suggestion.message(for: code.text, among: units.codes)
                                ?? Message("bodies.issuer-unit-hint", ["file": .text(unitsFile)]))
        }
        return diagnostics
    }

    /// The documents `code` issued, newest first (the order of every list of documents).
    public func documents(issuedBy code: String) -> [DocumentCatalog.Entry] {
        documents.newestFirst.filter { $0.meta.issuerUnit?.text == code }
    }

    /// The page of the unit that issued the document, when it names one of the registry.
    public func issuerUnitPath(of entry: DocumentCatalog.Entry) -> String? {
        guard let code = entry.meta.issuerUnit?.text, units.unit(code) != nil else { return nil }
        return unitPath(code)
    }
}
