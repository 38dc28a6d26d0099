import Formatting

/// The kinds of official documents (thể loại văn bản), with their names as printed.
public struct DocumentKind: Sendable, Hashable {
    public let id: String
    /// The name as it is printed in the document's heading, e.g. "Kế hoạch".
    public let name: String
    public let englishName: String

    /// The kinds in the order their indexes list them; their names are the languages' `Words`.
    public static let all: [DocumentKind] = [
        "de-an", "ke-hoach", "chi-thi", "bao-cao", "nghi-quyet", "quyet-dinh", "cong-van", "ket-luan", "quy-dinh",
        "chuong-trinh", "thong-bao", "huong-dan", "to-trinh", "quy-che", "luat", "nghi-dinh", "thong-tu",
    ].map { id in
        DocumentKind(id: id, name: Words.vietnamese.documentKinds[id]!, englishName: Words.english.documentKinds[id]!)
    }

    /// The name in a language of the site: the Vietnamese name, or the English one.
    public func name(in language: String) -> String { language == "vi" ? name : englishName }

    /// By id or by name: `ke-hoach`, `Kế hoạch` and `KẾ HOẠCH` are the same kind.
    public static func named(_ text: String) -> DocumentKind? {
        let id = Slug.make(text)
        return all.first { $0.id == id }
    }
}
