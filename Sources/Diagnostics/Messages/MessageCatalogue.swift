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
    static let english: [String: String] = merged(
        English.general,
        English.units,
        English.settings,
        English.newcomer,
    )
    static let vietnamese: [String: String] = merged(
        Vietnamese.general,
        Vietnamese.units,
        Vietnamese.settings,
        Vietnamese.newcomer,
    )

    /// One table from the areas' tables; a key defined twice is a mistake the tests catch.
    static func merged(_ tables: [String: String]...) -> [String: String] {
        tables.reduce(into: [:]) { all, table in all.merge(table) { first, _ in first } }
    }
}

/// The English catalogue: one extension per area in `Messages/en`.
enum English {}
/// The Vietnamese catalogue: one extension per area in `Messages/vi`.
enum Vietnamese {}
