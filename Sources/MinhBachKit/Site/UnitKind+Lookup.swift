import Diagnostics

extension [UnitKind] {
    /// The kind whose code is `code`, among the site's kinds (the built-in ones and those
    /// `unit_kinds:` declares in `site.yml`); nil, and an error at `location` with a "did you
    /// mean" and the list of kinds, when there is none. The units registry says the same.
    func kind(_ code: String, at location: SourceLocation, diagnostics: inout Diagnostics) -> UnitKind? {
        if let kind = first(where: { $0.code == code }) { return kind }
        let codes = map(\.code)
        let list = Message("units.declared-kinds", ["kinds": .text(codes.joined(separator: ", "))])
        diagnostics.append(Diagnostic(.error, at: location, Message("units.unknown-kind", ["kind": .text(code)]),
                                      hints: [Suggestion.message(for: code, among: codes), list].compactMap { $0 }))
        return nil
    }
}
