/// The kinds of official documents (thể loại văn bản), with their names as printed.
public struct DocumentKind: Sendable, Hashable {
    public let id: String
    /// The name as it is printed in the document's heading, e.g. "Kế hoạch".
    public let name: String
    public let englishName: String

    public static let all: [DocumentKind] = [
        .init(id: "de-an", name: "Đề án", englishName: "Scheme"),
        .init(id: "ke-hoach", name: "Kế hoạch", englishName: "Plan"),
        .init(id: "chi-thi", name: "Chỉ thị", englishName: "Directive"),
        .init(id: "bao-cao", name: "Báo cáo", englishName: "Report"),
        .init(id: "nghi-quyet", name: "Nghị quyết", englishName: "Resolution"),
        .init(id: "quyet-dinh", name: "Quyết định", englishName: "Decision"),
        .init(id: "cong-van", name: "Công văn", englishName: "Official letter"),
        .init(id: "ket-luan", name: "Kết luận", englishName: "Conclusion"),
        .init(id: "quy-dinh", name: "Quy định", englishName: "Regulation"),
        .init(id: "chuong-trinh", name: "Chương trình", englishName: "Programme"),
        .init(id: "thong-bao", name: "Thông báo", englishName: "Notice"),
        .init(id: "huong-dan", name: "Hướng dẫn", englishName: "Guidance"),
        .init(id: "to-trinh", name: "Tờ trình", englishName: "Submission"),
        .init(id: "quy-che", name: "Quy chế", englishName: "Rules"),
        .init(id: "luat", name: "Luật", englishName: "Law"),
        .init(id: "nghi-dinh", name: "Nghị định", englishName: "Decree"),
        .init(id: "thong-tu", name: "Thông tư", englishName: "Circular"),
    ]

    /// The name in a language of the site: the Vietnamese name, or the English one.
    public func name(in language: String) -> String { language == "vi" ? name : englishName }

    /// By id or by name: `ke-hoach`, `Kế hoạch` and `KẾ HOẠCH` are the same kind.
    public static func named(_ text: String) -> DocumentKind? {
        let id = Slug.make(text)
        return all.first { $0.id == id }
    }
}
