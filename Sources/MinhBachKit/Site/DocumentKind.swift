import Formatting

/// The kinds of official documents (thể loại văn bản), with their names as printed.
public struct DocumentKind: Sendable, Hashable {
    /// Its place in `all`: every document keeps its kind, and one byte is what three strings were
    /// a sixth of.
    private let number: UInt8

    public var id: String { Self.ids[Int(number)] }
    /// The name as it is printed in the document's heading, e.g. "Kế hoạch".
    public var name: String { Self.names[Int(number)].vietnamese }
    public var englishName: String { Self.names[Int(number)].english }

    private static let ids = [
        "de-an", "ke-hoach", "chi-thi", "bao-cao", "nghi-quyet", "quyet-dinh", "cong-van", "ket-luan", "quy-dinh",
        "chuong-trinh", "thong-bao", "huong-dan", "to-trinh", "quy-che", "luat", "nghi-dinh", "thong-tu",
    ]
    private static let names = ids.map { (vietnamese: Words.vietnamese.documentKinds[$0]!, english: Words.english.documentKinds[$0]!) }

    /// The kinds in the order their indexes list them; their names are the languages' `Words`.
    public static let all = ids.indices.map { DocumentKind(number: UInt8($0)) }

    /// The name in a language of the site: the Vietnamese name, or the English one.
    public func name(in language: String) -> String { language == "vi" ? name : englishName }

    /// By id or by name: `ke-hoach`, `Kế hoạch` and `KẾ HOẠCH` are the same kind.
    public static func named(_ text: String) -> DocumentKind? {
        let id = Slug.make(text)
        return all.first { $0.id == id }
    }
}
