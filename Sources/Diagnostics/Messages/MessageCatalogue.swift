/// Every message's template, one catalogue per language (the folders `en` and `vi`), each made
/// of one table per area so that each area's words are read and reviewed together.
/// `MessageCatalogueTests` checks that both languages have the same keys with the same blanks,
/// and that every key the sources use exists.
public enum MessageCatalogue {
    public static func template(_ key: String, in language: MessageLanguage) -> String? {
        switch language {
        case .en: english[key]
        case .vi: vietnamese[key]
        }
    }

    /// Every key of `language`, for the tests.
    public static func keys(of language: MessageLanguage) -> Set<String> {
        Set((language == .en ? english : vietnamese).keys)
    }

    // One area per line, the same areas in both.
    static let englishAreas: [[String: String]] = [
        English.general,
        English.audience,
        English.build,
        English.bodies,
        English.cli,
        English.csv,
        English.directives,
        English.documents,
        English.fences,
        English.indicators,
        English.markdown,
        English.models,
        English.newcomer,
        English.output,
        English.render,
        English.review,
        English.templates,
        English.serve,
        English.settings,
        English.starter,
        English.theme,
        English.units,
        English.commitments,
        English.yaml,
    ]
    static let vietnameseAreas: [[String: String]] = [
        Vietnamese.general,
        Vietnamese.audience,
        Vietnamese.build,
        Vietnamese.bodies,
        Vietnamese.cli,
        Vietnamese.csv,
        Vietnamese.directives,
        Vietnamese.documents,
        Vietnamese.fences,
        Vietnamese.indicators,
        Vietnamese.markdown,
        Vietnamese.models,
        Vietnamese.newcomer,
        Vietnamese.output,
        Vietnamese.render,
        Vietnamese.review,
        Vietnamese.templates,
        Vietnamese.serve,
        Vietnamese.settings,
        Vietnamese.starter,
        Vietnamese.theme,
        Vietnamese.units,
        Vietnamese.commitments,
        Vietnamese.yaml,
    ]
    static let english = merged(englishAreas)
    static let vietnamese = merged(vietnameseAreas)

    /// One table from the areas' tables; a key defined twice is a mistake the tests catch.
    static func merged(_ tables: [[String: String]]) -> [String: String] {
        tables.reduce(into: [:]) { all, table in all.merge(table) { first, _ in first } }
    }

    /// Keys that more than one area of `language` defines (the first area's words win).
    public static func keysDefinedTwice(in language: MessageLanguage) -> [String] {
        let areas = language == .en ? englishAreas : vietnameseAreas
        var seen: Set<String> = [], twice: Set<String> = []
        for key in areas.flatMap(\.keys) where !seen.insert(key).inserted { twice.insert(key) }
        return twice.sorted()
    }
}

/// The English catalogue: one extension per area in `Messages/en`.
enum English {}
/// The Vietnamese catalogue: one extension per area in `Messages/vi`.
enum Vietnamese {}
