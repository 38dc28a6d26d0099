/// The kind of official document a new site follows: it sets the document's `kind:`, its
/// number and sections, and the words of the home page ("tiến độ thực hiện đề án …").
public enum StarterKind: String, Sendable, CaseIterable {
    case deAn = "de-an"
    case keHoach = "ke-hoach"
    case baoCao = "bao-cao"
    case chiThi = "chi-thi"
}
