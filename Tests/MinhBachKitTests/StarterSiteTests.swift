import Foundation
import MinhBachKit
import Testing
import TestSupport

/// `minhbach new`: the starter site builds with no diagnostic in every kind and language, its
/// menu reaches every section, and a folder with anything in it is refused and left alone.
struct StarterSiteTests {
    /// A starter site written into a fresh empty folder, then built with the repository's theme.
    static func newSite(_ kind: StarterKind = .deAn, _ language: StarterLanguage = .vi) throws
        -> (folder: URL, report: BuildReport, tree: [String: [UInt8]]) {
        let folder = SiteTree.temporaryFolder("starter-\(kind.rawValue)-\(language.rawValue)").appendingPathComponent("moi")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let site = StarterSite(kind: kind, language: language)
        let failure = StarterWriter(folder: folder, shownAs: "moi").write(site)
        #expect(failure == nil, "\(String(describing: failure))")
        let output = folder.appendingPathComponent("site")
        // The CLI's defaults: content/ and site/ in the site's folder. The theme is the repository's
        // until the built-in theme lands (then `buildSite` needs no theme folder).
        let report = buildSite(folder, output: output)
        return (folder, report, SiteTree.read(output))
    }

    static func text(_ tree: [String: [UInt8]], _ path: String) -> String {
        String(decoding: tree[path] ?? [], as: UTF8.self)
    }

    @Test func defaultSiteBuildsWithNoDiagnosticAndEveryPage() throws {
        let (_, report, tree) = try Self.newSite()
        #expect(report.succeeded)
        #expect(report.diagnostics.all.isEmpty, "\(report.diagnostics.all.map(\.description))")
        for page in ["index.html", "gioi-thieu.html", "van-ban/index.html", "van-ban/de-an-01.html", "chi-tieu/index.html",
                     "chi-tieu/ho-so-dung-han.html", "don-vi/index.html", "don-vi/xa-a.html", "mo-hinh/index.html",
                     "mo-hinh/mot-cua-than-thien.html", "mo-hinh/anh/mot-cua-than-thien.png"] {
            #expect(tree[page] != nil, "\(page) is missing")
        }
        let home = Self.text(tree, "index.html")
        // The home page's overview shows the indicator, its value labelled illustrative.
        #expect(home.contains("target-tile__title"))
        #expect(home.contains("chi-tieu/ho-so-dung-han.html"))
        #expect(home.localizedCaseInsensitiveContains("minh họa"))
        #expect(home.contains("Đề án số 01/ĐA-UBND"))
        // Every section is reachable from the menu of every page.
        let menu = regexCaptures(#"<nav class="site-nav"[^>]*>(.*?)</nav>"#, in: home).first ?? ""
        for link in ["chi-tieu/index.html", "don-vi/index.html", "mo-hinh/index.html", "van-ban/index.html", "gioi-thieu.html"] {
            #expect(menu.contains("href=\"\(link)\""), "the menu has no link to \(link)")
        }
        // The indicator quotes the document's target and links to its section.
        let indicator = Self.text(tree, "chi-tieu/ho-so-dung-han.html")
        #expect(indicator.contains("phấn đấu 98% hồ sơ thủ tục hành chính được giải quyết đúng hạn"))
        #expect(indicator.contains("../van-ban/de-an-01.html#i"))
    }

    @Test(arguments: StarterKind.allCases, StarterLanguage.allCases)
    func everyKindAndLanguageBuildsWithNoDiagnostic(kind: StarterKind, language: StarterLanguage) throws {
        let (_, report, tree) = try Self.newSite(kind, language)
        #expect(report.succeeded)
        #expect(report.diagnostics.all.isEmpty, "\(report.diagnostics.all.map(\.description))")
        let document = Self.text(tree, "van-ban/\(kind.rawValue)-01.html")
        #expect(!document.isEmpty)
        let home = Self.text(tree, "index.html")
        #expect(home.contains("<html lang=\"\(language.rawValue)\""))
        let kindName = ["de-an": ("Đề án", "Scheme"), "ke-hoach": ("Kế hoạch", "Plan"), "bao-cao": ("Báo cáo", "Report"),
                        "chi-thi": ("Chỉ thị", "Directive")][kind.rawValue]!
        #expect(home.contains(language == .vi ? kindName.0 : kindName.1 + " No."), "the home page does not name the \(kind.rawValue)")
    }

    @Test func everyTextFileIsCommentedAndEndsItsLastLine() {
        for language in StarterLanguage.allCases {
            for file in StarterSite(language: language).files where file.path.hasSuffix(".yml") || file.path.hasSuffix(".md") {
                let text = String(decoding: file.bytes, as: UTF8.self)
                #expect(text.contains("\n# ") || text.hasPrefix("# "), "\(file.path) (\(language)) has no comment for its editor")
                #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"), "\(file.path) (\(language)) does not end with one line break")
            }
        }
    }

    @Test func nonEmptyFolderIsRefusedAndLeftUntouched() throws {
        let folder = SiteTree.temporaryFolder("starter-refused")
        try Data("ghi chú".utf8).write(to: folder.appendingPathComponent("ghi-chu.txt"))
        let before = SiteTree.read(folder)
        let refusal = StarterWriter(folder: folder, shownAs: "cu").write(StarterSite())
        #expect(refusal?.message == "refusing to write a new site into 'cu': the folder is not empty")
        #expect(refusal?.rendered(in: .vi).contains("không tạo trang mới trong 'cu'") == true)
        #expect(SiteTree.read(folder) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["ghi-chu.txt"])

        let file = folder.appendingPathComponent("ghi-chu.txt")
        #expect(StarterWriter(folder: file, shownAs: "ghi-chu.txt").write(StarterSite())?.message
            == "refusing to write a new site into 'ghi-chu.txt': it is a file, not a folder")
        #expect(SiteTree.read(folder) == before)
    }

    @Test func missingFolderIsMadeWithItsParents() throws {
        let folder = SiteTree.temporaryFolder("starter-nested").appendingPathComponent("a/b")
        #expect(StarterWriter(folder: folder, shownAs: "a/b").write(StarterSite()) == nil)
        #expect(SiteTree.read(folder).keys.sorted() == StarterSite().files.map(\.path).sorted())
    }

    /// The model's picture is a well-formed PNG: signature, header with its size, chunks whose
    /// CRCs check.
    @Test func modelPictureIsAWellFormedPNG() throws {
        let png = try #require(StarterSite().files.first { $0.path.hasSuffix(".png") }).bytes
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var offset = 8
        var types: [String] = []
        func u32(_ at: Int) -> UInt32 { png[at..<at + 4].reduce(0) { $0 << 8 | UInt32($1) } }
        while offset < png.count {
            let length = Int(u32(offset))
            let typed = Array(png[offset + 4..<offset + 8 + length])
            types.append(String(decoding: typed.prefix(4), as: UTF8.self))
            #expect(u32(offset + 8 + length) == crc32(typed), "bad CRC in \(types.last!)")
            offset += 12 + length
        }
        #expect(offset == png.count)
        #expect(types == ["IHDR", "PLTE", "IDAT", "IEND"])
        #expect(u32(16) == 240 && u32(20) == 160)
    }

    func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            c ^= UInt32(byte)
            for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        }
        return c ^ 0xFFFF_FFFF
    }
}
