/// One copy of each text that many pages repeat. A province's documents name the same issuers,
/// places, signers' titles and recipients thousands of times, and a build keeps every page's
/// fields to its end: kept once, those texts no longer grow with the number of documents.
/// Used on one thread, once the pages' front matter is read.
struct SharedText {
    private var texts: Set<String> = []
    private var lists: Set<[String]> = []

    /// The copy kept of `text`. A text of up to 15 bytes is held inside the string itself, so
    /// it is not worth looking up.
    mutating func callAsFunction(_ text: String) -> String {
        text.utf8.count <= 15 ? text : texts.insert(text).memberAfterInsert
    }

    mutating func callAsFunction(_ text: String?) -> String? { text.map { self($0) } }

    /// The copy kept of `list`, its texts kept once each too.
    mutating func callAsFunction(_ list: [String]) -> [String] {
        list.isEmpty ? list : lists.insert(list.map { self($0) }).memberAfterInsert
    }
}
