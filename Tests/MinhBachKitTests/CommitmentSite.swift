import Diagnostics
@testable import MinhBachKit

/// A tiny commitments site built in memory: a units registry of `so-nganh` under the province
/// `tinh-thu`, one document (`ke-hoach-mau`, with the heading `iii-1`), and the files of
/// `nhiem-vu/` given by name. For the rules' tests, without a whole site build.
struct CommitmentSite {
    /// A registry row: `code,valid_from,valid_to,successors`.
    struct Unit {
        var code: String
        var validFrom = ""
        var validTo = ""
        var successors = ""
    }

    static let document = """
        ---
        kind: ke-hoach
        number: 05-KH/UBND
        issuer: Ủy ban nhân dân tỉnh Thử
        date: 2023-02-01
        subject: thực hiện công tác dân vận chính quyền năm 2023
        ---

        ### III. TỔ CHỨC THỰC HIỆN

        Các sở, ngành báo cáo kết quả năm gửi Sở Nội vụ chậm nhất ngày 15/01/2024.

        """

    static let taskHeader = "id,section,quote,task,task_en,type,lead,support,to,due,due_rule,repeat,note\n"
    static let progressHeader = "task,unit,status,done_on,evidence,note\n"

    var units: [Unit]
    /// `nhiem-vu/<name>` → text.
    var files: [String: String]

    func catalog(audience: Audience = .public) -> (catalog: CommitmentCatalog, registry: Diagnostics) {
        var registryDiagnostics = Diagnostics()
        let registry = "code,name,short_name,kind,parent,valid_from,valid_to,successors\ntinh-thu,Tỉnh Thử,Thử,tinh,,,,\n"
            + units.map { "\($0.code),Sở \($0.code),\($0.code),so-nganh,tinh-thu,\($0.validFrom),\($0.validTo),\($0.successors)\n" }.joined()
        let registryFile = SourceFile(displayPath: "content/don-vi.csv", relativePath: "don-vi.csv", bytes: Array(registry.utf8))
        let unitRegistry = UnitRegistry.read(registryFile, diagnostics: &registryDiagnostics)
        var pageDiagnostics = Diagnostics()
        let documentFile = SourceFile(displayPath: "content/van-ban/ke-hoach-mau.md", relativePath: "van-ban/ke-hoach-mau.md",
                                      bytes: Array(Self.document.utf8))
        let page = PageParser(config: SiteConfig(), kinds: SiteSections.all).parse(documentFile, diagnostics: &pageDiagnostics)
        let pages = page.map { [$0] } ?? []
        registryDiagnostics.append(contentsOf: pageDiagnostics)
        let documents = DocumentCatalog(pages: pages, folder: "van-ban", scansMentions: false)
        let sources = files.keys.sorted().map { name in
            SourceFile(displayPath: "content/nhiem-vu/\(name)", relativePath: "nhiem-vu/\(name)", bytes: Array(files[name]!.utf8))
        }
        return (CommitmentCatalog(files: sources, units: unitRegistry, documents: documents, pages: pages, audience: audience),
                registryDiagnostics)
    }

    /// A tasks file's two files: its declaration (with `extra` lines) and its rows.
    static func tasks(_ name: String, rows: [String], extra: String = "") -> [String: String] {
        ["\(name).yml": "kind: tasks\ndocument: ke-hoach-mau\n" + extra,
         "\(name).csv": taskHeader + rows.map { $0 + "\n" }.joined()]
    }

    /// A progress file's two files.
    static func progress(_ name: String, asOf: String, rows: [String]) -> [String: String] {
        ["\(name).yml": "kind: progress\nas_of: \(asOf)\n", "\(name).csv": progressHeader + rows.map { $0 + "\n" }.joined()]
    }
}

extension Dictionary where Key == String, Value == String {
    static func + (left: Self, right: Self) -> Self { left.merging(right) { $1 } }
}
